import { addLoggedHours } from '../../../domain/hour-log.js';
import type { HourLog, HourLogInput, RevealField, Team, VolunteerSort } from '../../../domain/volunteers.js';
import { idNumber } from '../names.js';
import { baseOrder, overlayOrder } from '../world/volunteer-order.js';
import { roundHours, type VolunteerWorld } from '../world/volunteers.js';

/** A volunteer who joined through this adapter. */
export interface AddedRow {
  name: string;
  phone: string;
  idNumber: string;
  teams: number[];
  skills: number;
  availability: number;
  areaId: string;
  areaName: string;
  party: boolean;
  /** Days since 1970-01-01. */
  joined: number;
}

export interface RevealAudit {
  volunteerId: string;
  field: RevealField;
  userId: string | null;
  at: string;
}

/**
 * The names of the rows in one sort order, lowercased and joined by NAME_SEPARATOR, with where each starts: a text
 * search is then `indexOf` over one string (native, no warm-up) instead of a test per row, about 1 ms at 200,000.
 */
export interface NameIndex {
  text: string;
  /** `starts[k]` is where the name of `order[k]` begins; one more entry for the end. */
  starts: Int32Array;
}

/** Between two names in a NameIndex; a search text containing it cannot use the index. */
export const NAME_SEPARATOR = '\u0000';

// Keyed by the order itself: a seeded order (shared by every adapter of a world) shares its index, and an
// adapter's own order is replaced whenever its rows change, so an index never goes stale.
const nameIndexes = new WeakMap<Int32Array, NameIndex>();

interface Saved {
  added: AddedRow[];
  extraTeams: Array<[number, number[]]>;
  hours: Array<[number, number, number]>;
  logs: HourLog[];
  audit: RevealAudit[];
  references: Array<[string, number]>;
}

/**
 * One adapter's view of the volunteers: the shared seeded rows (never written) plus this adapter's
 * changes — people who joined, teams joined later, hours logged, reveals audited. Rows are numbered
 * seeded first (0 … world.count - 1), then added ones.
 */
export class VolunteerRows {
  readonly added: AddedRow[] = [];
  /** Teams a seeded volunteer joined later. */
  readonly extraTeams = new Map<number, number[]>();
  /** Hours logged here, on top of the seeded figures. */
  readonly hours = new Map<number, { year: number; total: number }>();
  readonly logs: HourLog[] = [];
  readonly audit: RevealAudit[] = [];
  /** Receipts issued per day, for reference numbers. */
  readonly references = new Map<string, number>();
  private orders = new Map<VolunteerSort, Int32Array>();

  constructor(readonly world: VolunteerWorld) {}

  get count(): number {
    return this.world.count + this.added.length;
  }

  /** Whether this adapter has rows or hours the seeded order does not know about. */
  private get changed(): boolean {
    return this.added.length > 0 || this.hours.size > 0;
  }

  id(i: number): string {
    return `v-${String(i + 1).padStart(6, '0')}`;
  }

  /** The row of a volunteer id, or -1. */
  indexOf(id: string): number {
    const match = /^v-(\d{6,})$/.exec(id);
    if (!match) return -1;
    const i = Number(match[1]) - 1;
    return i >= 0 && i < this.count && this.id(i) === id ? i : -1;
  }

  name(i: number): string {
    return i < this.world.count ? this.world.names[i]! : this.row(i).name;
  }

  phone(i: number): string {
    return i < this.world.count ? this.world.phones[i]! : this.row(i).phone;
  }

  idNumber(i: number): string {
    return i < this.world.count ? idNumber(this.world.idRng.fork(`id:${i}`)) : this.row(i).idNumber;
  }

  teams(i: number): number[] {
    if (i >= this.world.count) return this.row(i).teams;
    const out: number[] = [];
    if (this.world.team1[i]! >= 0) out.push(this.world.team1[i]!);
    if (this.world.team2[i]! >= 0) out.push(this.world.team2[i]!);
    return [...out, ...(this.extraTeams.get(i) ?? [])];
  }

  skills(i: number): number {
    return i < this.world.count ? this.world.skills[i]! : this.row(i).skills;
  }

  availability(i: number): number {
    return i < this.world.count ? this.world.availability[i]! : this.row(i).availability;
  }

  areaId(i: number): string {
    return i < this.world.count ? this.world.places[this.world.place[i]!]!.id : this.row(i).areaId;
  }

  areaName(i: number): string {
    return i < this.world.count ? this.world.places[this.world.place[i]!]!.label : this.row(i).areaName;
  }

  party(i: number): boolean {
    return i < this.world.count ? this.world.party[i] === 1 : this.row(i).party;
  }

  joined(i: number): number {
    return i < this.world.count ? this.world.joined[i]! : this.row(i).joined;
  }

  hoursYear(i: number): number {
    const base = i < this.world.count ? this.world.hoursYear[i]! : 0;
    return roundHours(base + (this.hours.get(i)?.year ?? 0));
  }

  hoursTotal(i: number): number {
    const base = i < this.world.count ? this.world.hoursTotal[i]! : 0;
    return roundHours(base + (this.hours.get(i)?.total ?? 0));
  }

  /** Rows in `sort` order; the seeded order until this adapter adds rows or hours. */
  order(sort: VolunteerSort): Int32Array {
    if (!this.changed) return baseOrder(this.world, sort);
    let order = this.orders.get(sort);
    if (!order) {
      order = overlayOrder(this.world, sort, {
        count: this.count,
        name: (i) => this.name(i),
        hoursYear: (i) => this.hoursYear(i),
        joined: (i) => this.joined(i),
      });
      this.orders.set(sort, order);
    }
    return order;
  }

  /** The names in `sort` order for a text search (made on first use per order). */
  nameIndex(sort: VolunteerSort): NameIndex {
    const order = this.order(sort);
    let index = nameIndexes.get(order);
    if (!index) {
      const names: string[] = new Array(order.length);
      const starts = new Int32Array(order.length + 1);
      let at = 0;
      for (let k = 0; k < order.length; k++) {
        names[k] = this.name(order[k]!).toLowerCase();
        starts[k] = at;
        at += names[k]!.length + 1;
      }
      starts[order.length] = at;
      index = { text: names.join(NAME_SEPARATOR), starts };
      nameIndexes.set(order, index);
    }
    return index;
  }

  /**
   * Rows, in `sort` order, whose lowercased name contains `text` (lowercase, without NAME_SEPARATOR) and that
   * pass `test` (the other filters).
   */
  findByName(sort: VolunteerSort, text: string, test: ((i: number) => boolean) | null): number[] {
    const order = this.order(sort);
    const { text: names, starts } = this.nameIndex(sort);
    const found: number[] = [];
    let k = 0;
    for (let at = names.indexOf(text); at !== -1; at = names.indexOf(text, starts[k + 1])) {
      k = rowAt(starts, at, k);
      const i = order[k]!;
      if (!test || test(i)) found.push(i);
    }
    return found;
  }

  /** The first row with this phone number, or -1. */
  findByPhone(phone: string): number {
    const seeded = this.world.phones.indexOf(phone);
    if (seeded !== -1) return seeded;
    const added = this.added.findIndex((row) => row.phone === phone);
    return added === -1 ? -1 : this.world.count + added;
  }

  /** Teams with member counts and hours as this adapter's rows say. */
  teamTotals(): Team[] {
    const teams = this.world.teams.map((team) => ({ ...team }));
    // Only rows this adapter touched can differ from the seeded totals.
    const touched = new Set<number>([...this.extraTeams.keys(), ...this.hours.keys()]);
    for (let i = this.world.count; i < this.count; i++) touched.add(i);
    for (const i of touched) {
      const seeded = i < this.world.count ? [this.world.team1[i]!, this.world.team2[i]!].filter((t) => t >= 0) : [];
      const seededHours = i < this.world.count ? this.world.hoursYear[i]! : 0;
      for (const t of seeded) teams[t]!.hoursThisYear -= seededHours;
      for (const t of this.teams(i)) {
        if (!seeded.includes(t)) teams[t]!.memberCount++;
        teams[t]!.hoursThisYear += this.hoursYear(i);
      }
    }
    for (const team of teams) team.hoursThisYear = roundHours(Math.max(0, team.hoursThisYear));
    return teams;
  }

  addRow(row: AddedRow): number {
    this.added.push(row);
    this.orders.clear();
    return this.count - 1;
  }

  addTeam(i: number, team: number): void {
    if (this.teams(i).includes(team)) return;
    if (i >= this.world.count) this.row(i).teams.push(team);
    else this.extraTeams.set(i, [...(this.extraTeams.get(i) ?? []), team]);
  }

  /** One more log of hours on the day `input.date`, `today` being the city's. */
  addHours(i: number, input: Pick<HourLogInput, 'date' | 'hours'>, today: string): void {
    this.hours.set(i, addLoggedHours(this.hours.get(i) ?? { year: 0, total: 0 }, input, today));
    this.orders.clear();
  }

  /** The next receipt's sequence of the city day `date` (`2026-11-27`): 1 for its first join. */
  nextReference(date: string): number {
    const n = (this.references.get(date) ?? 0) + 1;
    this.references.set(date, n);
    return n;
  }

  toJSON(): Saved {
    return {
      added: this.added,
      extraTeams: [...this.extraTeams],
      hours: [...this.hours].map(([i, h]) => [i, h.year, h.total]),
      logs: this.logs,
      audit: this.audit,
      references: [...this.references],
    };
  }

  load(data: unknown): void {
    const saved = data as Partial<Saved> | null;
    if (!saved || typeof saved !== 'object') return;
    this.added.splice(0, Infinity, ...(saved.added ?? []));
    this.extraTeams.clear();
    for (const [i, teams] of saved.extraTeams ?? []) this.extraTeams.set(i, teams);
    this.hours.clear();
    for (const [i, year, total] of saved.hours ?? []) this.hours.set(i, { year, total });
    this.logs.splice(0, Infinity, ...(saved.logs ?? []));
    this.audit.splice(0, Infinity, ...(saved.audit ?? []));
    this.references.clear();
    for (const [date, n] of saved.references ?? []) this.references.set(date, n);
    this.orders.clear();
  }

  private row(i: number): AddedRow {
    const row = this.added[i - this.world.count];
    if (!row) throw new RangeError(`No volunteer row ${i}`);
    return row;
  }
}

/** The k (from `low` on) whose name holds offset `at`: the last start at or before it. */
function rowAt(starts: Int32Array, at: number, low: number): number {
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
