import type { MemoryContext } from '../context.js';
import { generateCases, type CaseRecord, type SeededCases } from '../world/cases.js';
import { cityDay } from '../../../domain/reference-numbers.js';

/**
 * One adapter's cases: the shared seeded cases (read-only) with this adapter's changes layered
 * on top. A seeded case is copied before its first change, so other adapters never see it.
 */
export class CaseStore {
  readonly seeded: SeededCases;
  private changed = new Map<string, CaseRecord>();
  private createdIds: string[] = [];
  private byNumber = new Map<string, string>();
  /** `all()` as of the last change (a list walks it on every query: 10,000 map lookups less each time). */
  private current?: CaseRecord[];

  constructor(ctx: MemoryContext) {
    this.seeded = ctx.world('cases', () => generateCases(ctx.rng('cases'), ctx.areas, ctx.sizes.cases, ctx.epoch));
    ctx.persistent(
      'cases',
      () => ({ records: [...this.changed.values()], created: this.createdIds }),
      (data) => this.load(data),
    );
  }

  /** By id or by public number; undefined when unknown. */
  find(idOrNumber: string): CaseRecord | undefined {
    const id = this.byNumber.get(idOrNumber) ?? this.seeded.byNumber.get(idOrNumber)?.id ?? idOrNumber;
    return this.changed.get(id) ?? this.seeded.byId.get(id);
  }

  /** A record this adapter may change (copied from the seed on first use). */
  mutable(id: string): CaseRecord {
    let record = this.changed.get(id);
    if (!record) {
      const seeded = this.seeded.byId.get(id);
      if (!seeded) throw new Error(`No case ${id}`);
      record = structuredClone(seeded);
      this.changed.set(id, record);
      this.current = undefined;
    }
    return record;
  }

  /** Every case, newest first (a new array each call; the records are the store's). */
  all(): CaseRecord[] {
    this.current ??= this.list();
    return this.current.slice();
  }

  private list(): CaseRecord[] {
    const records = this.changed.size ? this.seeded.list.map((r) => this.changed.get(r.id) ?? r) : [...this.seeded.list];
    if (this.createdIds.length === 0) return records;
    records.push(...this.createdIds.map((id) => this.changed.get(id)!));
    return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  nextId(): string {
    return `case-${String(this.seeded.list.length + this.createdIds.length + 1).padStart(4, '0')}`;
  }

  /** The next public-number sequence for the Shanghai day of `date`. */
  nextSequence(date: Date): number {
    const day = cityDay(date);
    let last = this.seeded.lastSequence.get(day) ?? 0;
    for (const number of this.byNumber.keys()) {
      if (number.includes(`-${day}-`)) last = Math.max(last, Number(number.slice(-4)));
    }
    return last + 1;
  }

  add(record: CaseRecord): void {
    this.changed.set(record.id, record);
    this.createdIds.push(record.id);
    this.byNumber.set(record.publicNumber, record.id);
    this.current = undefined;
  }

  private load(data: unknown): void {
    const saved = data as { records?: CaseRecord[]; created?: string[] } | null;
    if (!saved || !Array.isArray(saved.records) || !Array.isArray(saved.created)) return;
    this.changed = new Map(saved.records.map((r) => [r.id, r]));
    this.createdIds = saved.created.filter((id) => this.changed.has(id));
    this.byNumber = new Map(this.createdIds.map((id) => [this.changed.get(id)!.publicNumber, id]));
    this.current = undefined;
  }
}
