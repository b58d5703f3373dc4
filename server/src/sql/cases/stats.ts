import type { AreaLevel } from '../../../../src/domain/areas.js';
import { startOfCityDay } from '../../../../src/domain/city-clock.js';
import { median, resolveStatsPeriod, round2, statsWeeks, type CaseStats, type CategoryStats, type DepartmentStats, type StatsQuery } from '../../../../src/domain/stats.js';
import type { SqlRunner } from '../db.js';
import type { Names } from './catalogue.js';
import { withinAreaWhere } from './filters.js';
import { ROLLUP_LEVELS } from './rollup.js';
import { directFigures, emptyFigures, mergeFigures, nowFigures, rollupFigures, spanMedian, type Figures, type Week } from './stats-parts.js';

const DAY_MS = 86_400_000;

export interface StatsEnv {
  now: Date;
  rootId: string;
  names: Names;
  locale?: string;
}

const rate = (part: number, whole: number) => (whole ? round2(part / whole) : null);
const mid = (values: number[]) => {
  const m = median(values);
  return m === null ? null : round2(m);
};

/**
 * `cases.stats`: the figures `CaseStats` (src/domain/stats.ts) defines, as the memory adapter's case-stats
 * computes them. For a community or bigger area the whole city days of the period come from the roll-ups
 * (rollup.ts) and the part days at its ends, if any, from the cases; medians walk the spans in duration
 * order from the count. A smaller area's cases are read directly. "Now" figures read the open cases.
 */
export async function caseStats(db: SqlRunner, query: StatsQuery, env: StatsEnv): Promise<CaseStats> {
  const { from, to } = resolveStatsPeriod(query, env.now);
  const areaId = query.areaId ?? env.rootId;
  const [start, end] = [from.toISOString(), to.toISOString()];
  const area = withinAreaWhere(areaId, env.rootId);
  const weeks: Week[] = statsWeeks(from, to).map((w) => ({ key: w.key, start: w.start.toISOString(), end: w.end.toISOString() }));
  const level = (await db.get<{ level: AreaLevel }>('SELECT level FROM areas WHERE id = ?', [areaId]))?.level;
  // The whole city days of the period: from its first midnight to its last.
  const firstDay = startOfCityDay(from).getTime() === from.getTime() ? from : startOfCityDay(new Date(from.getTime() + DAY_MS));
  const lastDay = startOfCityDay(to);
  const rolled = level !== undefined && ROLLUP_LEVELS.has(level) && firstDay.getTime() < lastDay.getTime();

  let figures: Figures;
  if (!rolled) figures = await directFigures(db, area, start, end, weeks);
  else {
    const [a, b] = [firstDay.toISOString(), lastDay.toISOString()];
    figures = mergeFigures([
      a > start ? await directFigures(db, area, start, a, weeks) : emptyFigures(weeks.length),
      await rollupFigures(db, areaId, a, b, weeks),
      end > b ? await directFigures(db, area, b, end, weeks) : emptyFigures(weeks.length),
    ]);
  }
  const spanned = rolled ? (kind: string, n: number) => spanMedian(db, areaId, kind, start, end, n) : null;
  const now = await nowFigures(db, area, env.now.toISOString(), level !== undefined && ROLLUP_LEVELS.has(level) ? areaId : null);

  const categories = new Map<string, CategoryStats>();
  const category = (code: string) => {
    let row = categories.get(code);
    if (!row) categories.set(code, (row = { categoryCode: code, categoryName: env.names.category(code, code, env.locale), reported: 0, closed: 0, overdueNow: 0 }));
    return row;
  };
  for (const [code, c] of figures.categories) {
    if (c.reported) category(code).reported += c.reported;
    if (c.closed) category(code).closed += c.closed;
  }
  for (const [code, n] of now.overdueByCategory) category(code).overdueNow += n;

  const ratingCount = figures.ratings.reduce((n, c) => n + c, 0);
  const ratingSum = figures.ratings.reduce((n, c, i) => n + (i + 1) * c, 0);

  // By department: the current department of cases handled in the period or overdue now, and every department urged.
  const ids = new Set([...[...figures.departments].filter(([, d]) => d.handled || d.urged).map(([id]) => id), ...now.overdueByDepartment.keys()]);
  const byDepartment: DepartmentStats[] = [];
  for (const id of ids) {
    const d = figures.departments.get(id) ?? { handled: 0, onTime: 0, rated: 0, ratingSum: 0, urged: 0, days: [] };
    byDepartment.push({
      departmentId: id,
      departmentName: env.names.department(id, null, env.locale),
      handled: d.handled,
      onTimeRate: rate(d.onTime, d.handled),
      medianDaysToHandle: spanned ? await spanned(`d:${id}`, d.handled) : mid(d.days),
      satisfaction: d.rated ? round2(d.ratingSum / d.rated) : null,
      rated: d.rated,
      urged: d.urged,
      overdueNow: now.overdueByDepartment.get(id) ?? 0,
    });
  }
  byDepartment.sort((a, b) => b.handled - a.handled || b.urged - a.urged || a.departmentId.localeCompare(b.departmentId));

  return {
    areaId,
    from: start,
    to: end,
    reported: [...figures.categories.values()].reduce((n, c) => n + c.reported, 0),
    closed: figures.closed,
    onTimeRate: rate(figures.closedOnTime, figures.closed),
    medianDaysToClose: spanned ? await spanned('close', figures.closed) : mid(figures.closeDays),
    overdueNow: now.overdue,
    urged: [...figures.departments.values()].reduce((n, d) => n + d.urged, 0),
    escalatedNow: now.escalated,
    satisfaction: {
      average: ratingCount ? round2(ratingSum / ratingCount) : null,
      count: ratingCount,
      distribution: figures.ratings.map((count, i) => ({ rating: i + 1, count })),
    },
    byCategory: [...categories.values()].sort((a, b) => b.reported - a.reported || b.closed - a.closed || a.categoryCode.localeCompare(b.categoryCode)),
    byDepartment,
    weekly: weeks.map((week, i) => ({ weekStart: week.key, reported: figures.weekly[i]!.reported, closed: figures.weekly[i]!.closed })),
  };
}
