import { SETTLED_STATES, isOverdue } from '../../../domain/case-machine.js';
import {
  median,
  resolveStatsPeriod,
  round2,
  statsWeeks,
  type CaseStats,
  type DepartmentStats,
  type SatisfactionStats,
  type StatsQuery,
} from '../../../domain/stats.js';
import { isWithinArea } from '../world/areas.js';
import { categorySeed, departmentSeed } from '../world/case-categories.js';
import type { CaseRecord } from '../world/cases.js';
import { localize } from '../world/text.js';
import { caseFacts } from './case-facts.js';

const DAY_MS = 86_400_000;

export interface StatsEnv {
  now: Date;
  /** The area used when the query names none. */
  rootId: string;
  locale?: string;
}

/** `cases.stats`: the figures `CaseStats` defines, in one pass over the backend's cases. */
export function computeCaseStats(records: readonly CaseRecord[], query: StatsQuery, env: StatsEnv): CaseStats {
  const { from, to } = resolveStatsPeriod(query, env.now);
  const areaId = query.areaId ?? env.rootId;
  const [start, end] = [from.getTime(), to.getTime()];
  const within = (iso: string | null | undefined, a = start, b = end) => {
    if (iso == null) return false;
    const at = Date.parse(iso);
    return at >= a && at < b;
  };
  const cases = records.filter((r) => isWithinArea(r.location.areaId, areaId));
  const facts = new Map(cases.map((r) => [r, caseFacts(r)]));
  const onTime = (r: CaseRecord) => {
    const settled = facts.get(r)!.settledAt;
    return settled !== null && Date.parse(settled) <= Date.parse(r.dueAt);
  };
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;
  const rate = (part: number, whole: number) => (whole ? round2(part / whole) : null);
  const mid = (values: number[]) => {
    const m = median(values);
    return m === null ? null : round2(m);
  };

  const reported = cases.filter((r) => within(r.createdAt));
  const closed = cases.filter((r) => r.status === 'closed' && within(r.closedAt));
  const overdue = cases.filter((r) => isOverdue(r, env.now));
  const isLate = new Set(overdue);
  const urges = cases.flatMap((r) => facts.get(r)!.urges.filter((u) => within(u.at)));

  const categories = new Map<string, { reported: number; closed: number; overdueNow: number }>();
  const bump = (code: string, key: 'reported' | 'closed' | 'overdueNow') => {
    const row = categories.get(code) ?? { reported: 0, closed: 0, overdueNow: 0 };
    row[key]++;
    categories.set(code, row);
  };
  for (const r of reported) bump(r.categoryCode, 'reported');
  for (const r of closed) bump(r.categoryCode, 'closed');
  for (const r of overdue) bump(r.categoryCode, 'overdueNow');

  const departmentIds = new Set<string>([...cases.flatMap((r) => (r.department ? [r.department.id] : [])), ...urges.map((u) => u.departmentId)]);
  const byDepartment: DepartmentStats[] = [];
  for (const id of departmentIds) {
    const ours = cases.filter((r) => r.department?.id === id);
    const handled = ours.filter((r) => within(facts.get(r)!.settledAt));
    const rated = handled.filter((r) => r.rating != null);
    const row: DepartmentStats = {
      departmentId: id,
      departmentName: departmentName(id, ours[0]?.department?.name, env.locale),
      handled: handled.length,
      onTimeRate: rate(handled.filter(onTime).length, handled.length),
      medianDaysToHandle: mid(handled.map((r) => days(r.createdAt, facts.get(r)!.settledAt!))),
      satisfaction: rated.length ? round2(rated.reduce((sum, r) => sum + r.rating!, 0) / rated.length) : null,
      rated: rated.length,
      urged: urges.filter((u) => u.departmentId === id).length,
      overdueNow: ours.filter((r) => isLate.has(r)).length,
    };
    if (row.handled || row.urged || row.overdueNow) byDepartment.push(row);
  }
  byDepartment.sort((a, b) => b.handled - a.handled || b.urged - a.urged || a.departmentId.localeCompare(b.departmentId));

  return {
    areaId,
    from: from.toISOString(),
    to: to.toISOString(),
    reported: reported.length,
    closed: closed.length,
    onTimeRate: rate(closed.filter(onTime).length, closed.length),
    medianDaysToClose: mid(closed.map((r) => days(r.createdAt, r.closedAt!))),
    overdueNow: overdue.length,
    urged: urges.length,
    escalatedNow: cases.filter((r) => !SETTLED_STATES.has(r.status) && facts.get(r)!.escalationLevel !== 'community').length,
    satisfaction: satisfaction(closed.flatMap((r) => (r.rating == null ? [] : [r.rating]))),
    byCategory: [...categories]
      .map(([code, row]) => ({ categoryCode: code, categoryName: categoryName(code, cases, env.locale), ...row }))
      .sort((a, b) => b.reported - a.reported || b.closed - a.closed || a.categoryCode.localeCompare(b.categoryCode)),
    byDepartment,
    weekly: statsWeeks(from, to).map((week) => ({
      weekStart: week.key,
      reported: reported.filter((r) => within(r.createdAt, week.start.getTime(), week.end.getTime())).length,
      closed: closed.filter((r) => within(r.closedAt, week.start.getTime(), week.end.getTime())).length,
    })),
  };
}

export function satisfaction(ratings: readonly number[]): SatisfactionStats {
  return {
    average: ratings.length ? round2(ratings.reduce((a, b) => a + b, 0) / ratings.length) : null,
    count: ratings.length,
    distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: ratings.filter((r) => r === rating).length })),
  };
}

function categoryName(code: string, cases: readonly CaseRecord[], locale?: string): string {
  const seed = categorySeed(code);
  return seed ? localize(seed.name, locale) : (cases.find((r) => r.categoryCode === code)?.categoryName ?? code);
}

function departmentName(id: string, stored: string | undefined, locale?: string): string {
  const seed = departmentSeed(id);
  return seed ? localize(seed.name, locale) : (stored ?? id);
}
