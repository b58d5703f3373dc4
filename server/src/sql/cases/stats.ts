import { median, resolveStatsPeriod, round2, statsWeeks, type CaseStats, type DepartmentStats, type StatsQuery } from '../../../../src/domain/stats.js';
import type { SqlRunner, SqlValue } from '../db.js';
import type { Names } from './catalogue.js';
import { withinAreaWhere, type Where } from './filters.js';

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

/**
 * `cases.stats` as SQL aggregates over the cases located in the area: the figures `CaseStats`
 * (src/domain/stats.ts) defines, exactly as the memory adapter's case-stats computes them. Medians
 * are taken here from the durations SQL selects (portable SQL has no median).
 */
export async function caseStats(db: SqlRunner, query: StatsQuery, env: StatsEnv): Promise<CaseStats> {
  const { from, to } = resolveStatsPeriod(query, env.now);
  const areaId = query.areaId ?? env.rootId;
  const [start, end, now] = [from.toISOString(), to.toISOString(), env.now.toISOString()];
  // Every case lies within the root: no need to ask.
  const area: Where = areaId === env.rootId ? { sql: '1 = 1', params: [] } : withinAreaWhere(areaId);
  const reportedIn = 'c.created_at >= ? AND c.created_at < ?';
  const closedIn = "c.status = 'closed' AND c.closed_at >= ? AND c.closed_at < ?";
  const handledIn = 'c.settled_at >= ? AND c.settled_at < ?';
  const onTime = 'c.settled_at IS NOT NULL AND c.settled_at <= c.due_at';
  const overdue = 'c.settled = 0 AND c.due_at < ?';
  const sum = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const all = <T>(sql: string, params: SqlValue[]) => db.all<T>(sql, [...params, ...area.params]);

  const [totals] = await all<Record<string, unknown>>(
    `SELECT ${sum(reportedIn)} AS reported, ${sum(closedIn)} AS closed, ${sum(`${closedIn} AND ${onTime}`)} AS on_time,
            ${sum(overdue)} AS overdue, ${sum('c.settled = 0 AND c.escalation_rank > 0')} AS escalated
       FROM cases c WHERE ${area.sql}`,
    [start, end, start, end, start, end, now],
  );
  const ratings = await all<{ rating: number; n: number }>(
    `SELECT c.rating, COUNT(*) AS n FROM cases c WHERE ${closedIn} AND c.rating IS NOT NULL AND ${area.sql} GROUP BY c.rating`,
    [start, end],
  );
  const closedTimes = await all<{ created_at: string; closed_at: string }>(
    `SELECT c.created_at, c.closed_at FROM cases c WHERE ${closedIn} AND ${area.sql}`,
    [start, end],
  );
  const categories = await all<{ code: string; name: string; reported: number; closed: number; overdue: number }>(
    `SELECT c.category_code AS code, MIN(c.category_name) AS name, ${sum(reportedIn)} AS reported, ${sum(closedIn)} AS closed, ${sum(overdue)} AS overdue
       FROM cases c WHERE ${area.sql} GROUP BY c.category_code`,
    [start, end, start, end, now],
  );
  const urges = await all<{ department_id: string; n: number }>(
    `SELECT COALESCE(e.department_id, c.department_id) AS department_id, COUNT(*) AS n
       FROM case_events e JOIN cases c ON c.id = e.case_id
      WHERE e.action = 'urge' AND e.at >= ? AND e.at < ? AND COALESCE(e.department_id, c.department_id) IS NOT NULL AND ${area.sql}
      GROUP BY COALESCE(e.department_id, c.department_id)`,
    [start, end],
  );
  const departments = await all<{ id: string; name: string; handled: number; on_time: number; rated: number; rating_sum: number | null; overdue: number }>(
    `SELECT c.department_id AS id, MIN(c.department_name) AS name, ${sum(handledIn)} AS handled, ${sum(`${handledIn} AND ${onTime}`)} AS on_time,
            ${sum(`${handledIn} AND c.rating IS NOT NULL`)} AS rated, SUM(CASE WHEN ${handledIn} THEN c.rating END) AS rating_sum, ${sum(overdue)} AS overdue
       FROM cases c WHERE c.department_id IS NOT NULL AND ${area.sql} GROUP BY c.department_id`,
    [start, end, start, end, start, end, start, end, now],
  );
  const handledTimes = await all<{ department_id: string; created_at: string; settled_at: string }>(
    `SELECT c.department_id, c.created_at, c.settled_at FROM cases c WHERE c.department_id IS NOT NULL AND ${handledIn} AND ${area.sql}`,
    [start, end],
  );
  const weeks = statsWeeks(from, to);
  const [weekly] = weeks.length
    ? await all<Record<string, unknown>>(
        `SELECT ${weeks.map((_, i) => `${sum('c.created_at >= ? AND c.created_at < ?')} AS r${i}, ${sum("c.status = 'closed' AND c.closed_at >= ? AND c.closed_at < ?")} AS c${i}`).join(', ')}
           FROM cases c WHERE ${area.sql}`,
        weeks.flatMap((w) => {
          const [a, b] = [w.start.toISOString(), w.end.toISOString()];
          return [a, b, a, b];
        }),
      )
    : [{}];

  const closed = count(totals!.closed);
  const distribution = [1, 2, 3, 4, 5].map((rating) => ({ rating, count: count(ratings.find((r) => Number(r.rating) === rating)?.n) }));
  const ratingCount = distribution.reduce((n, d) => n + d.count, 0);
  const ratingSum = distribution.reduce((n, d) => n + d.rating * d.count, 0);

  const urgedBy = new Map(urges.map((u) => [u.department_id, count(u.n)]));
  const rowsById = new Map(departments.map((d) => [d.id, d]));
  const byDepartment: DepartmentStats[] = [];
  for (const id of new Set([...rowsById.keys(), ...urgedBy.keys()])) {
    const d = rowsById.get(id);
    const handled = count(d?.handled);
    const rated = count(d?.rated);
    const row: DepartmentStats = {
      departmentId: id,
      departmentName: env.names.department(id, d?.name, env.locale),
      handled,
      onTimeRate: rate(count(d?.on_time), handled),
      medianDaysToHandle: mid(handledTimes.filter((h) => h.department_id === id).map((h) => days(h.created_at, h.settled_at))),
      satisfaction: rated ? round2(count(d?.rating_sum) / rated) : null,
      rated,
      urged: urgedBy.get(id) ?? 0,
      overdueNow: count(d?.overdue),
    };
    if (row.handled || row.urged || row.overdueNow) byDepartment.push(row);
  }
  byDepartment.sort((a, b) => b.handled - a.handled || b.urged - a.urged || a.departmentId.localeCompare(b.departmentId));

  return {
    areaId,
    from: start,
    to: end,
    reported: count(totals!.reported),
    closed,
    onTimeRate: rate(count(totals!.on_time), closed),
    medianDaysToClose: mid(closedTimes.map((r) => days(r.created_at, r.closed_at))),
    overdueNow: count(totals!.overdue),
    urged: [...urgedBy.values()].reduce((a, b) => a + b, 0),
    escalatedNow: count(totals!.escalated),
    satisfaction: { average: ratingCount ? round2(ratingSum / ratingCount) : null, count: ratingCount, distribution },
    byCategory: categories
      .map((c) => ({ categoryCode: c.code, categoryName: env.names.category(c.code, c.name, env.locale), reported: count(c.reported), closed: count(c.closed), overdueNow: count(c.overdue) }))
      .filter((c) => c.reported || c.closed || c.overdueNow)
      .sort((a, b) => b.reported - a.reported || b.closed - a.closed || a.categoryCode.localeCompare(b.categoryCode)),
    byDepartment,
    weekly: weeks.map((week, i) => ({ weekStart: week.key, reported: count(weekly![`r${i}`]), closed: count(weekly![`c${i}`]) })),
  };
}
