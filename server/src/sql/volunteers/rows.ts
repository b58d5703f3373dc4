import { AVAILABILITY, SKILLS, type Volunteer } from '../../../../src/domain/volunteers.js';
import { placeholders, type SqlRunner } from '../db.js';

const DAY_MS = 86_400_000;

/** A volunteers row as the API reads it: never the clear contact columns. */
export interface VolunteerRow {
  row_no: number;
  id: string;
  name: string;
  phone_masked: string;
  id_number_masked: string;
  skills: number;
  availability: number;
  area_id: string;
  area_name: string;
  party: number;
  joined_day: number;
  hours_year: number;
  hours_total: number;
  name_rank: number;
  hours_year_neg: number;
  joined_day_neg: number;
}

/** The columns of `VolunteerRow`, for `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v`. */
export const VOLUNTEER_COLUMNS = [
  'row_no',
  'id',
  'name',
  'phone_masked',
  'id_number_masked',
  'skills',
  'availability',
  'area_id',
  'area_name',
  'party',
  'joined_day',
  'hours_year',
  'hours_total',
  'name_rank',
  'hours_year_neg',
  'joined_day_neg',
]
  .map((c) => `v.${c}`)
  .join(', ');

/** Bits of `mask` as the values of `all`, in their order. */
export function fromMask<T extends string>(all: readonly T[], mask: number): T[] {
  return all.filter((_, b) => mask & (1 << b));
}

/** Rows as the contract's Volunteer (contact details masked), with their teams in the order they joined them. */
export async function toVolunteers(db: SqlRunner, rows: readonly VolunteerRow[]): Promise<Volunteer[]> {
  const teams = new Map<number, string[]>();
  if (rows.length > 0) {
    const members = await db.all<{ row_no: number; team_id: string }>(
      `SELECT row_no, team_id FROM team_members WHERE row_no IN (${placeholders(rows.length)}) ORDER BY row_no, seq`,
      rows.map((r) => r.row_no),
    );
    for (const m of members) teams.set(m.row_no, [...(teams.get(m.row_no) ?? []), m.team_id]);
  }
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    teamIds: teams.get(r.row_no) ?? [],
    skills: fromMask(SKILLS, r.skills),
    availability: fromMask(AVAILABILITY, r.availability),
    areaId: r.area_id,
    areaName: r.area_name,
    hoursThisYear: r.hours_year,
    hoursTotal: r.hours_total,
    partyMember: r.party === 1,
    phone: r.phone_masked,
    idNumber: r.id_number_masked,
    joinedAt: new Date(r.joined_day * DAY_MS).toISOString().slice(0, 10),
  }));
}

/** One row by volunteer id, or undefined. */
export async function findRow(db: SqlRunner, id: string): Promise<VolunteerRow | undefined> {
  return db.get<VolunteerRow>(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE v.id = ?`, [id]);
}
