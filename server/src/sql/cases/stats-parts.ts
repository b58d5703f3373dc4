import { round2 } from '../../../../src/domain/stats.js';
import type { SqlRunner, SqlValue } from '../db.js';
import type { Where } from './filters.js';

const DAY_MS = 86_400_000;

/** A city week of the period, cut to it (ISO instants). */
export interface Week {
  key: string;
  start: string;
  end: string;
}

export interface DepartmentFigures {
  handled: number;
  onTime: number;
  rated: number;
  ratingSum: number;
  urged: number;
  /** Days from report to settled of the handled cases, when read directly (a roll-up has spans instead). */
  days: number[];
}

/** The period figures of one part of a period: summed over parts, then shaped into CaseStats. */
export interface Figures {
  categories: Map<string, { reported: number; closed: number }>;
  closed: number;
  closedOnTime: number;
  /** How many closed cases were rated 1 … 5. */
  ratings: number[];
  departments: Map<string, DepartmentFigures>;
  /** Per week of the period, in order. */
  weekly: Array<{ reported: number; closed: number }>;
  /** Days from report to close of the closed cases, when read directly. */
  closeDays: number[];
}

export function emptyFigures(weeks: number): Figures {
  return {
    categories: new Map(),
    closed: 0,
    closedOnTime: 0,
    ratings: [0, 0, 0, 0, 0],
    departments: new Map(),
    weekly: Array.from({ length: weeks }, () => ({ reported: 0, closed: 0 })),
    closeDays: [],
  };
}

function department(f: Figures, id: string): DepartmentFigures {
  let d = f.departments.get(id);
  if (!d) f.departments.set(id, (d = { handled: 0, onTime: 0, rated: 0, ratingSum: 0, urged: 0, days: [] }));
  return d;
}

function categoryOf(f: Figures, code: string) {
  let c = f.categories.get(code);
  if (!c) f.categories.set(code, (c = { reported: 0, closed: 0 }));
  return c;
}

/** The week of the period an instant falls in. */
const weekIndex = (weeks: readonly Week[], at: string) => weeks.findIndex((w) => at >= w.start && at < w.end);

export function mergeFigures(parts: readonly Figures[]): Figures {
  const out = emptyFigures(parts[0]!.weekly.length);
  for (const p of parts) {
    for (const [code, c] of p.categories) {
      const into = categoryOf(out, code);
      into.reported += c.reported;
      into.closed += c.closed;
    }
    out.closed += p.closed;
    out.closedOnTime += p.closedOnTime;
    p.ratings.forEach((n, i) => (out.ratings[i]! += n));
    for (const [id, d] of p.departments) {
      const into = department(out, id);
      into.handled += d.handled;
      into.onTime += d.onTime;
      into.rated += d.rated;
      into.ratingSum += d.ratingSum;
      into.urged += d.urged;
      into.days.push(...d.days);
    }
    p.weekly.forEach((w, i) => {
      out.weekly[i]!.reported += w.reported;
      out.weekly[i]!.closed += w.closed;
    });
    out.closeDays.push(...p.closeDays);
  }
  return out;
}

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;
const ON_TIME = 'c.settled_at IS NOT NULL AND c.settled_at <= c.due_at';

/**
 * The figures of [start, end) read from the cases located in the area: each query one index range that
 * covers it (reported by `created_at`, closed by `closed_at`, handled by `settled_at`). For a small area,
 * or the part days at the ends of a rolled-up period.
 */
export async function directFigures(db: SqlRunner, area: Where, start: string, end: string, weeks: readonly Week[]): Promise<Figures> {
  const f = emptyFigures(weeks.length);
  const all = <T>(sql: string, params: SqlValue[]) => db.all<T>(sql, [...params, ...area.params]);
  const reported = await all<{ code: string; created_at: string }>(
    `SELECT c.category_code AS code, c.created_at FROM cases c WHERE c.created_at >= ? AND c.created_at < ? AND ${area.sql}`,
    [start, end],
  );
  for (const r of reported) {
    categoryOf(f, r.code).reported += 1;
    f.weekly[weekIndex(weeks, r.created_at)]!.reported += 1;
  }
  const closed = await all<{ code: string; rating: number | null; on_time: number; created_at: string; closed_at: string }>(
    `SELECT c.category_code AS code, c.rating, CASE WHEN ${ON_TIME} THEN 1 ELSE 0 END AS on_time, c.created_at, c.closed_at
       FROM cases c WHERE c.closed_at >= ? AND c.closed_at < ? AND c.status = 'closed' AND ${area.sql}`,
    [start, end],
  );
  for (const r of closed) {
    categoryOf(f, r.code).closed += 1;
    f.closed += 1;
    f.closedOnTime += Number(r.on_time);
    if (r.rating !== null) f.ratings[Number(r.rating) - 1]! += 1;
    f.weekly[weekIndex(weeks, r.closed_at)]!.closed += 1;
    f.closeDays.push(days(r.created_at, r.closed_at));
  }
  const handled = await all<{ department_id: string; on_time: number; rating: number | null; created_at: string; settled_at: string }>(
    `SELECT c.department_id, CASE WHEN ${ON_TIME} THEN 1 ELSE 0 END AS on_time, c.rating, c.created_at, c.settled_at
       FROM cases c WHERE c.settled_at >= ? AND c.settled_at < ? AND c.department_id IS NOT NULL AND ${area.sql}`,
    [start, end],
  );
  for (const h of handled) {
    const d = department(f, h.department_id);
    d.handled += 1;
    d.onTime += Number(h.on_time);
    if (h.rating !== null) {
      d.rated += 1;
      d.ratingSum += Number(h.rating);
    }
    d.days.push(days(h.created_at, h.settled_at));
  }
  // An urge names the department it urged; one that does not urged the case's department.
  const urges = await all<{ department_id: string | null; n: number }>(
    `SELECT COALESCE(e.department_id, c.department_id) AS department_id, COUNT(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id
      WHERE e.action = 'urge' AND e.at >= ? AND e.at < ? AND ${area.sql} GROUP BY COALESCE(e.department_id, c.department_id)`,
    [start, end],
  );
  for (const u of urges) if (u.department_id !== null) department(f, u.department_id).urged += Number(u.n);
  return f;
}

/** The figures of the whole city days [start, end) of a rolled-up area, from `case_rollup`. */
export async function rollupFigures(db: SqlRunner, areaId: string, start: string, end: string, weeks: readonly Week[]): Promise<Figures> {
  const f = emptyFigures(weeks.length);
  const rows = await db.all<Record<string, number | string>>(
    `SELECT kind, code, SUM(reported) AS reported, SUM(closed) AS closed, SUM(on_time) AS on_time, SUM(r1) AS r1, SUM(r2) AS r2, SUM(r3) AS r3,
            SUM(r4) AS r4, SUM(r5) AS r5, SUM(handled) AS handled, SUM(rated) AS rated, SUM(rating_sum) AS rating_sum, SUM(urged) AS urged
       FROM case_rollup WHERE area_id = ? AND day >= ? AND day < ? GROUP BY kind, code`,
    [areaId, start, end],
  );
  const n = (v: unknown) => Number(v ?? 0);
  for (const r of rows) {
    if (r.kind === 'c') {
      const c = categoryOf(f, String(r.code));
      c.reported += n(r.reported);
      c.closed += n(r.closed);
      f.closed += n(r.closed);
      f.closedOnTime += n(r.on_time);
      for (let i = 0; i < 5; i++) f.ratings[i]! += n(r[`r${i + 1}`]);
    } else {
      const d = department(f, String(r.code));
      d.handled += n(r.handled);
      d.onTime += n(r.on_time);
      d.rated += n(r.rated);
      d.ratingSum += n(r.rating_sum);
      d.urged += n(r.urged);
    }
  }
  const byDay = await db.all<{ day: string; reported: number; closed: number }>(
    "SELECT day, SUM(reported) AS reported, SUM(closed) AS closed FROM case_rollup WHERE area_id = ? AND day >= ? AND day < ? AND kind = 'c' GROUP BY day",
    [areaId, start, end],
  );
  for (const d of byDay) {
    const w = f.weekly[weekIndex(weeks, d.day)]!;
    w.reported += n(d.reported);
    w.closed += n(d.closed);
  }
  return f;
}

/**
 * The exact median, in days, of `n` spans of one kind in [start, end): the middle one or two, found by
 * walking the spans' index in duration order (the count comes from the roll-up, so nothing is sorted).
 */
export async function spanMedian(db: SqlRunner, areaId: string, kind: string, start: string, end: string, n: number): Promise<number | null> {
  if (n === 0) return null;
  const rows = await db.all<{ span_ms: number }>(
    'SELECT span_ms FROM case_spans WHERE area_id = ? AND kind = ? AND at >= ? AND at < ? ORDER BY span_ms LIMIT ? OFFSET ?',
    [areaId, kind, start, end, n % 2 ? 1 : 2, n % 2 ? (n - 1) / 2 : n / 2 - 1],
  );
  const values = rows.map((r) => Number(r.span_ms) / DAY_MS);
  const m = values.length === 2 ? (values[0]! + values[1]!) / 2 : values[0]!;
  return round2(m);
}

/**
 * Figures of now, whatever the period: open cases past their due date (by category and department) and those
 * escalated; a rolled-up area's from its open cases (`case_open`), a smaller one's from its cases.
 */
export async function nowFigures(db: SqlRunner, area: Where, now: string, rolledArea: string | null) {
  const overdue = rolledArea
    ? await db.all<{ code: string; department_id: string | null; n: number }>(
        'SELECT o.category_code AS code, o.department_id, COUNT(*) AS n FROM case_open o WHERE o.area_id = ? AND o.due_at < ? GROUP BY o.category_code, o.department_id',
        [rolledArea, now],
      )
    : await db.all<{ code: string; department_id: string | null; n: number }>(
        `SELECT c.category_code AS code, c.department_id, COUNT(*) AS n FROM cases c WHERE c.settled = 0 AND c.due_at < ? AND ${area.sql}
          GROUP BY c.category_code, c.department_id`,
        [now, ...area.params],
      );
  const [escalated] = rolledArea
    ? await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM case_open o WHERE o.area_id = ? AND o.escalated = 1', [rolledArea])
    : await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM cases c WHERE c.settled = 0 AND c.escalation_rank > 0 AND ${area.sql}`, area.params);
  const overdueByCategory = new Map<string, number>();
  const overdueByDepartment = new Map<string, number>();
  for (const r of overdue) {
    overdueByCategory.set(r.code, (overdueByCategory.get(r.code) ?? 0) + Number(r.n));
    if (r.department_id) overdueByDepartment.set(r.department_id, (overdueByDepartment.get(r.department_id) ?? 0) + Number(r.n));
  }
  return { overdue: overdue.reduce((n, r) => n + Number(r.n), 0), escalated: Number(escalated?.n ?? 0), overdueByCategory, overdueByDepartment };
}
