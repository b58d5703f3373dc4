import { median, resolveStatsPeriod, round2, statsWeeks, type CaseStats, type CategoryStats, type DepartmentStats, type StatsQuery } from '../../../../src/domain/stats.js';
import type { SqlRunner, SqlValue } from '../db.js';
import type { Names } from './catalogue.js';
import { withinAreaWhere } from './filters.js';

const DAY_MS = 86_400_000;

export interface StatsEnv {
  now: Date;
  rootId: string;
  names: Names;
  locale?: string;
}

const count = (value: unknown): number => Number(value ?? 0);
const rate = (part: number, whole: number) => (whole ? round2(part / whole) : null);
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;
const mid = (values: number[]) => {
  const m = median(values);
  return m === null ? null : round2(m);
};
const sum = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
const ON_TIME = 'c.settled_at IS NOT NULL AND c.settled_at <= c.due_at';

/**
 * `cases.stats` as SQL aggregates over the cases located in the area: the figures `CaseStats`
 * (src/domain/stats.ts) defines, as the memory adapter's case-stats computes them. Each query reads
 * one index range that covers it (reported by `created_at`, closed by `closed_at`, handled by
 * `settled_at`, overdue and escalated among the open cases), never the whole table. Medians are taken
 * here from the durations SQL selects (portable SQL has no median).
 */
export async function caseStats(db: SqlRunner, query: StatsQuery, env: StatsEnv): Promise<CaseStats> {
  const { from, to } = resolveStatsPeriod(query, env.now);
  const areaId = query.areaId ?? env.rootId;
  const [start, end, now] = [from.toISOString(), to.toISOString(), env.now.toISOString()];
  const area = withinAreaWhere(areaId, env.rootId);
  const all = <T>(sql: string, params: SqlValue[]) => db.all<T>(sql, [...params, ...area.params]);
  const weeks = statsWeeks(from, to).map((w) => ({ key: w.key, start: w.start.toISOString(), end: w.end.toISOString() }));
  const perWeek = (column: string) => weeks.map((_, i) => `${sum(`${column} >= ? AND ${column} < ?`)} AS w${i}`).join(', ');
  const weekParams = weeks.flatMap((w) => [w.start, w.end]);

  const reported = await all<Record<string, unknown>>(
    `SELECT c.category_code AS code, COUNT(*) AS n${weeks.length ? `, ${perWeek('c.created_at')}` : ''}
       FROM cases c WHERE c.created_at >= ? AND c.created_at < ? AND ${area.sql} GROUP BY c.category_code`,
    [...weekParams, start, end],
  );
  // Closed and handled cases are read row by row (their medians need every duration) from indexes that
  // cover them, and counted from those rows: a second, grouped scan of the same range would cost as much.
  const closed = await all<{ code: string; rating: number | null; on_time: number; created_at: string; closed_at: string }>(
    `SELECT c.category_code AS code, c.rating, CASE WHEN ${ON_TIME} THEN 1 ELSE 0 END AS on_time, c.created_at, c.closed_at
       FROM cases c WHERE c.closed_at >= ? AND c.closed_at < ? AND c.status = 'closed' AND ${area.sql}`,
    [start, end],
  );
  const overdue = await all<{ code: string; department_id: string | null; n: number }>(
    `SELECT c.category_code AS code, c.department_id, COUNT(*) AS n FROM cases c WHERE c.settled = 0 AND c.due_at < ? AND ${area.sql}
      GROUP BY c.category_code, c.department_id`,
    [now],
  );
  const [escalated] = await all<{ n: number }>(`SELECT COUNT(*) AS n FROM cases c WHERE c.settled = 0 AND c.escalation_rank > 0 AND ${area.sql}`, []);
  const handled = await all<{ department_id: string; on_time: number; rating: number | null; created_at: string; settled_at: string }>(
    `SELECT c.department_id, CASE WHEN ${ON_TIME} THEN 1 ELSE 0 END AS on_time, c.rating, c.created_at, c.settled_at
       FROM cases c WHERE c.settled_at >= ? AND c.settled_at < ? AND c.department_id IS NOT NULL AND ${area.sql}`,
    [start, end],
  );
  // An urge names the department it urged; one that does not urged the case's department.
  const urgedIn = "e.action = 'urge' AND e.at >= ? AND e.at < ?";
  const urges = area.sql === '1 = 1'
    ? await db.all<{ department_id: string | null; n: number }>(`SELECT e.department_id, COUNT(*) AS n FROM case_events e WHERE ${urgedIn} GROUP BY e.department_id`, [start, end])
    : await all<{ department_id: string | null; n: number }>(
        `SELECT e.department_id, COUNT(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id WHERE ${urgedIn} AND ${area.sql} GROUP BY e.department_id`,
        [start, end],
      );
  if (urges.some((u) => u.department_id === null)) {
    urges.push(
      ...(await all<{ department_id: string; n: number }>(
        `SELECT c.department_id, COUNT(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id
          WHERE ${urgedIn} AND e.department_id IS NULL AND c.department_id IS NOT NULL AND ${area.sql} GROUP BY c.department_id`,
        [start, end],
      )),
    );
  }

  // By category: every category with a figure.
  const categories = new Map<string, CategoryStats>();
  const category = (code: string) => {
    let row = categories.get(code);
    if (!row) categories.set(code, (row = { categoryCode: code, categoryName: env.names.category(code, code, env.locale), reported: 0, closed: 0, overdueNow: 0 }));
    return row;
  };
  for (const r of reported) category(String(r.code)).reported += count(r.n);
  for (const r of closed) category(r.code).closed += 1;
  for (const r of overdue) category(r.code).overdueNow += count(r.n);

  const distribution = [1, 2, 3, 4, 5].map((rating) => ({
    rating,
    count: closed.filter((r) => r.rating !== null && Number(r.rating) === rating).length,
  }));
  const ratingCount = distribution.reduce((n, d) => n + d.count, 0);
  const ratingSum = distribution.reduce((n, d) => n + d.rating * d.count, 0);

  // By department: the current department of cases handled in the period or overdue now, and every department urged.
  const urgedBy = new Map<string, number>();
  for (const u of urges) if (u.department_id !== null) urgedBy.set(u.department_id, (urgedBy.get(u.department_id) ?? 0) + count(u.n));
  const handledBy = new Map<string, Array<(typeof handled)[number]>>();
  for (const h of handled) {
    const ours = handledBy.get(h.department_id);
    if (ours) ours.push(h);
    else handledBy.set(h.department_id, [h]);
  }
  const overdueBy = new Map<string, number>();
  for (const r of overdue) if (r.department_id) overdueBy.set(r.department_id, (overdueBy.get(r.department_id) ?? 0) + count(r.n));
  const byDepartment: DepartmentStats[] = [...new Set([...handledBy.keys(), ...urgedBy.keys(), ...overdueBy.keys()])].map((id) => {
    const ours = handledBy.get(id) ?? [];
    const rated = ours.filter((h) => h.rating !== null);
    return {
      departmentId: id,
      departmentName: env.names.department(id, null, env.locale),
      handled: ours.length,
      onTimeRate: rate(ours.filter((h) => Number(h.on_time) === 1).length, ours.length),
      medianDaysToHandle: mid(ours.map((h) => days(h.created_at, h.settled_at))),
      satisfaction: rated.length ? round2(rated.reduce((n, h) => n + Number(h.rating), 0) / rated.length) : null,
      rated: rated.length,
      urged: urgedBy.get(id) ?? 0,
      overdueNow: overdueBy.get(id) ?? 0,
    };
  });
  byDepartment.sort((a, b) => b.handled - a.handled || b.urged - a.urged || a.departmentId.localeCompare(b.departmentId));

  const weekly = (rows: Array<Record<string, unknown>>, i: number) => rows.reduce((n, r) => n + count(r[`w${i}`]), 0);
  return {
    areaId,
    from: start,
    to: end,
    reported: reported.reduce((n, r) => n + count(r.n), 0),
    closed: closed.length,
    onTimeRate: rate(closed.filter((r) => Number(r.on_time) === 1).length, closed.length),
    medianDaysToClose: mid(closed.map((r) => days(r.created_at, r.closed_at))),
    overdueNow: overdue.reduce((n, r) => n + count(r.n), 0),
    urged: [...urgedBy.values()].reduce((a, b) => a + b, 0),
    escalatedNow: count(escalated?.n),
    satisfaction: { average: ratingCount ? round2(ratingSum / ratingCount) : null, count: ratingCount, distribution },
    byCategory: [...categories.values()].sort((a, b) => b.reported - a.reported || b.closed - a.closed || a.categoryCode.localeCompare(b.categoryCode)),
    byDepartment,
    weekly: weeks.map((week, i) => ({
      weekStart: week.key,
      reported: weekly(reported, i),
      closed: closed.filter((r) => r.closed_at >= week.start && r.closed_at < week.end).length,
    })),
  };
}
