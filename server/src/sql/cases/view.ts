import { ESCALATION_LEVELS, type AnswerValue, type CaseLocation, type CaseState, type CaseSummary, type CaseUrge, type GridCase, type Photo, type Reporter, type TimelineEvent, type Urgency } from '../../../../src/domain/cases.js';
import { maskName, maskPhone } from '../../../../src/domain/masking.js';
import { hasPermission, type Role, type Session } from '../../../../src/domain/session.js';
import { placeholders, type SqlRunner } from '../db.js';
import type { Names } from './catalogue.js';

/** One row of `cases`. */
export interface CaseRow {
  id: string;
  public_number: string;
  category_code: string;
  category_name: string;
  status: CaseState;
  settled: number;
  urgency: Urgency;
  description: string;
  area_id: string;
  location: string;
  created_at: string;
  updated_at: string;
  due_at: string;
  followers: number;
  department_id: string | null;
  department_name: string | null;
  escalation_rank: number;
  settled_at: string | null;
  closed_at: string | null;
  rating: number | null;
  answers: string;
  reporter_anonymous: number;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_id: string | null;
  event_count: number;
  photo_count: number;
}

interface EventRow {
  id: string;
  at: string;
  action: TimelineEvent['action'];
  from_state: CaseState | null;
  to_state: CaseState;
  actor_name: string;
  actor_role: Role;
  note: string | null;
  department_id: string | null;
  department_name: string | null;
  rating: number | null;
  escalation_level: TimelineEvent['escalationLevel'] | null;
  photo_ids: string | null;
}

/** Every urge of these cases, oldest first, with the department it urged (the case's when the event names none). */
export async function urgesOf(db: SqlRunner, rows: ReadonlyArray<Pick<CaseRow, 'id' | 'department_id'>>): Promise<Map<string, CaseUrge[]>> {
  const out = new Map<string, CaseUrge[]>(rows.map((r) => [r.id, []]));
  if (rows.length === 0) return out;
  const departments = new Map(rows.map((r) => [r.id, r.department_id]));
  const events = await db.all<{ case_id: string; at: string; department_id: string | null }>(
    `SELECT e.case_id, e.at, e.department_id FROM case_events e WHERE e.case_id IN (${placeholders(rows.length)}) AND e.action = 'urge' ORDER BY e.case_id, e.seq`,
    rows.map((r) => r.id),
  );
  for (const e of events) {
    const department = e.department_id ?? departments.get(e.case_id) ?? null;
    if (department) out.get(e.case_id)!.push({ at: e.at, departmentId: department });
  }
  return out;
}

/** What lists and "similar cases" show, in the caller's language. */
export function toSummary(row: CaseRow, urges: readonly CaseUrge[], names: Names, locale?: string): CaseSummary {
  return {
    id: row.id,
    publicNumber: row.public_number,
    categoryCode: row.category_code,
    categoryName: names.category(row.category_code, row.category_name, locale),
    status: row.status,
    urgency: row.urgency,
    description: row.description,
    location: JSON.parse(row.location) as CaseLocation,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dueAt: row.due_at,
    followers: row.followers,
    department: row.department_id ? { id: row.department_id, name: names.department(row.department_id, row.department_name, locale) } : null,
    escalationLevel: ESCALATION_LEVELS[row.escalation_rank]!,
    urges: urges.map((u) => ({ ...u })),
    settledAt: row.settled_at,
    closedAt: row.closed_at,
    rating: row.rating,
  };
}

export async function summaries(db: SqlRunner, rows: readonly CaseRow[], names: Names, locale?: string): Promise<CaseSummary[]> {
  const urges = await urgesOf(db, rows);
  return rows.map((r) => toSummary(r, urges.get(r.id)!, names, locale));
}

/** Reported it or follows it. Anonymous visitors have no identity, so nothing is theirs. */
export async function isMine(db: SqlRunner, row: CaseRow, session: Session): Promise<boolean> {
  const user = session.userId;
  if (user === null) return false;
  if (row.reporter_id === user) return true;
  return (await db.get('SELECT 1 AS one FROM case_followers WHERE case_id = ? AND user_id = ?', [row.id, user])) !== undefined;
}

/**
 * The full case as this session may see it, as the memory adapter shows it: the phone masked unless
 * the session may see all cases (staff), the name too unless it is staff or the reporter.
 */
export async function toGridCase(db: SqlRunner, row: CaseRow, session: Session, names: Names, locale?: string): Promise<GridCase> {
  const [events, photoRows, urges, mine] = await Promise.all([
    db.all<EventRow>('SELECT * FROM case_events WHERE case_id = ? ORDER BY seq', [row.id]),
    db.all<Photo>('SELECT id, url, name, kind FROM case_photos WHERE case_id = ? ORDER BY seq', [row.id]),
    urgesOf(db, [row]),
    isMine(db, row, session),
  ]);
  const photos = photoRows.map((p) => ({ id: p.id, url: p.url, name: p.name, kind: p.kind }));
  const photoById = new Map(photos.map((p) => [p.id, p]));
  const staff = hasPermission(session, 'case:view-all');
  const own = session.userId !== null && row.reporter_id === session.userId;
  const reporter: Reporter = { anonymous: row.reporter_anonymous === 1 };
  if (row.reporter_name !== null) reporter.name = staff || own ? row.reporter_name : maskName(row.reporter_name);
  if (row.reporter_phone !== null) reporter.phone = staff ? row.reporter_phone : maskPhone(row.reporter_phone);
  const summary = toSummary(row, urges.get(row.id)!, names, locale);
  return {
    ...summary,
    department: summary.department ?? null,
    closedAt: row.closed_at,
    rating: row.rating,
    answers: JSON.parse(row.answers) as Record<string, AnswerValue>,
    reporter,
    photos,
    timeline: events.map((e) => toEvent(e, photoById, names, locale)),
    mine,
  };
}

function toEvent(e: EventRow, photos: ReadonlyMap<string, Photo>, names: Names, locale?: string): TimelineEvent {
  const event: TimelineEvent = { id: e.id, at: e.at, action: e.action, fromState: e.from_state, toState: e.to_state, actor: { name: e.actor_name, role: e.actor_role } };
  if (e.note !== null) event.note = e.note;
  if (e.department_id !== null) event.department = { id: e.department_id, name: names.department(e.department_id, e.department_name, locale) };
  if (e.rating !== null) event.rating = e.rating;
  if (e.photo_ids !== null) event.photos = (JSON.parse(e.photo_ids) as string[]).flatMap((id) => (photos.has(id) ? [{ ...photos.get(id)! }] : []));
  if (e.escalation_level !== null) event.escalationLevel = e.escalation_level;
  return event;
}
