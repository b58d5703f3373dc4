import type { AreaLevel } from '../../../../src/domain/areas.js';
import { startOfCityDay } from '../../../../src/domain/city-clock.js';
import { SETTLED_STATES } from '../../../../src/domain/case-machine.js';
import type { CaseLocation, CaseState } from '../../../../src/domain/cases.js';
import type { SqlRunner, SqlValue } from '../db.js';
import { insertRows } from './batch.js';

/**
 * The statistics' roll-ups (tables `case_rollup` and `case_spans`), kept by the write that changes a case,
 * so `cases.stats` for a big area reads a few rows per day instead of every case. Areas at these levels have
 * them; a smaller area's statistics read its cases directly (few).
 */
export const ROLLUP_LEVELS: ReadonlySet<AreaLevel> = new Set<AreaLevel>(['city', 'district', 'street', 'community']);

/** The counters of one roll-up row: a category's (`kind` 'c') or a department's (`kind` 'd') on one city day. */
export const ROLLUP_COUNTS = ['reported', 'closed', 'on_time', 'r1', 'r2', 'r3', 'r4', 'r5', 'handled', 'rated', 'rating_sum', 'urged'] as const;
export type RollupCount = (typeof ROLLUP_COUNTS)[number];

/** What a case's current state adds to the roll-ups: the columns of its case row the figures read. */
export interface RollupFacts {
  id: string;
  location: string;
  category_code: string;
  status: CaseState;
  escalation_rank: number;
  created_at: string;
  closed_at: string | null;
  settled_at: string | null;
  due_at: string;
  department_id: string | null;
  rating: number | null;
}

interface Delta {
  area: string;
  day: string;
  kind: 'c' | 'd';
  code: string;
  counts: Partial<Record<RollupCount, number>>;
}

/** An open case in an area, for the figures of now. */
type Open = [area: string, caseId: string, dueAt: string, escalated: number, category: string, department: string | null];

const OPEN_COLUMNS = ['area_id', 'case_id', 'due_at', 'escalated', 'category_code', 'department_id'];

function openRows(f: RollupFacts, areas: readonly string[]): Open[] {
  if (SETTLED_STATES.has(f.status)) return [];
  return areas.map((area) => [area, f.id, f.due_at, f.escalation_rank > 0 ? 1 : 0, f.category_code, f.department_id]);
}

/** A span a median is taken over: report to close (`kind` 'close') or to settled (`kind` the department). */
type Span = [area: string, kind: string, spanMs: number, at: string, caseId: string];

/** The city midnight (ISO) of the day an instant falls in: the roll-ups' day key. */
export const dayOf = (at: string): string => startOfCityDay(new Date(at)).toISOString();

function rollupAreas(location: string): string[] {
  return (JSON.parse(location) as CaseLocation).areaPath.filter((a) => ROLLUP_LEVELS.has(a.level)).map((a) => a.id);
}

/** `onTime` of case-stats: settled by the due date. */
const onTime = (f: RollupFacts) => (f.settled_at !== null && f.settled_at <= f.due_at ? 1 : 0);

function contributions(f: RollupFacts, areas: readonly string[]): { deltas: Delta[]; spans: Span[] } {
  const deltas: Delta[] = [];
  const spans: Span[] = [];
  for (const area of areas) {
    deltas.push({ area, day: dayOf(f.created_at), kind: 'c', code: f.category_code, counts: { reported: 1 } });
    if (f.status === 'closed' && f.closed_at) {
      const counts: Delta['counts'] = { closed: 1, on_time: onTime(f) };
      if (f.rating !== null) counts[`r${f.rating}` as RollupCount] = 1;
      deltas.push({ area, day: dayOf(f.closed_at), kind: 'c', code: f.category_code, counts });
      spans.push([area, 'close', Date.parse(f.closed_at) - Date.parse(f.created_at), f.closed_at, f.id]);
    }
    if (f.settled_at && f.department_id) {
      const rated = f.rating !== null ? 1 : 0;
      deltas.push({ area, day: dayOf(f.settled_at), kind: 'd', code: f.department_id, counts: { handled: 1, on_time: onTime(f), rated, rating_sum: f.rating ?? 0 } });
      spans.push([area, `d:${f.department_id}`, Date.parse(f.settled_at) - Date.parse(f.created_at), f.settled_at, f.id]);
    }
  }
  return { deltas, spans };
}

const keyOf = (d: Delta) => `${d.area}|${d.day}|${d.kind}|${d.code}`;

/** Adds deltas (signed) into `case_rollup`, one upsert per row key, in key order (two writers lock rows in the same order). */
async function upsert(tx: SqlRunner, deltas: readonly Delta[], sign: Map<Delta, number>): Promise<void> {
  const merged = new Map<string, Delta>();
  for (const d of deltas) {
    const key = keyOf(d);
    const into = merged.get(key) ?? { ...d, counts: {} };
    for (const [name, n] of Object.entries(d.counts)) into.counts[name as RollupCount] = (into.counts[name as RollupCount] ?? 0) + n * sign.get(d)!;
    merged.set(key, into);
  }
  const rows = [...merged.entries()].filter(([, d]) => Object.values(d.counts).some((n) => n !== 0)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const columns = ['area_id', 'day', 'kind', 'code', ...ROLLUP_COUNTS];
  const update = ROLLUP_COUNTS.map((c) => `${c} = case_rollup.${c} + excluded.${c}`).join(', ');
  for (const [, d] of rows) {
    await tx.run(
      `INSERT INTO case_rollup (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT (area_id, day, kind, code) DO UPDATE SET ${update}`,
      [d.area, d.day, d.kind, d.code, ...ROLLUP_COUNTS.map((c) => d.counts[c] ?? 0)],
    );
  }
}

/** A case changed from `before` (null: it is new) to `after`: its roll-up rows and spans follow. */
export async function rollupChange(tx: SqlRunner, before: RollupFacts | null, after: RollupFacts): Promise<void> {
  const areas = rollupAreas(after.location);
  const old = before ? contributions(before, areas) : { deltas: [], spans: [] };
  const now = contributions(after, areas);
  const sign = new Map<Delta, number>([...old.deltas.map((d) => [d, -1] as const), ...now.deltas.map((d) => [d, 1] as const)]);
  await upsert(tx, [...old.deltas, ...now.deltas], sign);
  if (JSON.stringify(old.spans) !== JSON.stringify(now.spans)) {
    if (before) await tx.run('DELETE FROM case_spans WHERE case_id = ?', [after.id]);
    await insertRows(tx, 'case_spans', ['area_id', 'kind', 'span_ms', 'at', 'case_id'], now.spans);
  }
  const [wasOpen, isOpen] = [before ? openRows(before, areas) : [], openRows(after, areas)];
  if (JSON.stringify(wasOpen) !== JSON.stringify(isOpen)) {
    if (wasOpen.length) await tx.run('DELETE FROM case_open WHERE case_id = ?', [after.id]);
    await insertRows(tx, 'case_open', OPEN_COLUMNS, isOpen);
  }
}

/** An urge of a department on a case: one more on that department's day. */
export async function rollupUrge(tx: SqlRunner, location: string, departmentId: string, at: string): Promise<void> {
  const deltas = rollupAreas(location).map((area): Delta => ({ area, day: dayOf(at), kind: 'd', code: departmentId, counts: { urged: 1 } }));
  await upsert(tx, deltas, new Map(deltas.map((d) => [d, 1])));
}

/**
 * The roll-ups of many cases at once (the seed): summed in memory, then inserted in batches.
 * `urges` are each case's urges (department and instant).
 */
export async function seedRollups(tx: SqlRunner, cases: ReadonlyArray<{ facts: RollupFacts; urges: ReadonlyArray<{ departmentId: string; at: string }> }>): Promise<void> {
  const sums = new Map<string, Delta>();
  const add = (d: Delta) => {
    const key = keyOf(d);
    const into = sums.get(key) ?? { ...d, counts: {} };
    for (const [name, n] of Object.entries(d.counts)) into.counts[name as RollupCount] = (into.counts[name as RollupCount] ?? 0) + n;
    sums.set(key, into);
  };
  const spans: Span[] = [];
  const open: Open[] = [];
  for (const { facts, urges } of cases) {
    const areas = rollupAreas(facts.location);
    open.push(...openRows(facts, areas));
    const c = contributions(facts, areas);
    c.deltas.forEach(add);
    spans.push(...c.spans);
    for (const u of urges) for (const area of areas) add({ area, day: dayOf(u.at), kind: 'd', code: u.departmentId, counts: { urged: 1 } });
  }
  const rows: SqlValue[][] = [...sums.values()].map((d) => [d.area, d.day, d.kind, d.code, ...ROLLUP_COUNTS.map((c) => d.counts[c] ?? 0)]);
  await insertRows(tx, 'case_rollup', ['area_id', 'day', 'kind', 'code', ...ROLLUP_COUNTS], rows);
  await insertRows(tx, 'case_spans', ['area_id', 'kind', 'span_ms', 'at', 'case_id'], spans);
  await insertRows(tx, 'case_open', OPEN_COLUMNS, open);
}
