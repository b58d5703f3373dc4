import * as z from 'zod/mini';
import { cityDate, cityMidnight, cityWeekday, startOfCityDay } from './city-clock.js';
import { Id, IsoDate, IsoDateTime } from './common.js';
import { fieldErrorsFrom, hasErrors, type FieldErrors } from './field-errors.js';
import { DemandStatus } from './services.js';
import { TeamKind } from './volunteers.js';

/**
 * Aggregates for `cases.stats`, `volunteers.stats` and `services.stats`: computed by the backend for an
 * area and a period, never by paging a list into the browser. The figures are defined here, once, for
 * every backend; times are instants, and days, weeks and months are the city's (CITY_TIME_ZONE).
 */

/** A period relative to the city clock: the last 7, 30 or 90 whole city days, today included. */
export const STATS_PERIODS = ['week', 'month', 'quarter'] as const;
export const StatsPeriod = z.enum(STATS_PERIODS);
export type StatsPeriod = z.infer<typeof StatsPeriod>;
export const STATS_PERIOD_DAYS: Readonly<Record<StatsPeriod, number>> = { week: 7, month: 30, quarter: 90 };

/** The longest custom period, in days. */
export const MAX_STATS_DAYS = 366;

/**
 * What to aggregate: an area (default: the whole city) and a period, either relative (`period`,
 * default `month`) or custom (`from`, inclusive, and `to`, exclusive, default the end of today). Not both.
 */
export const StatsQuery = z.object({
  areaId: z.optional(Id),
  period: z.optional(StatsPeriod),
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

const DAY_MS = 86_400_000;

/** The problems of a stats query, as field errors (empty when it is fine). */
export function statsQueryErrors(query: unknown, now: Date): FieldErrors {
  const errors = fieldErrorsFrom(StatsQuery, query);
  if (hasErrors(errors)) return errors;
  const q = query as StatsQuery;
  if (q.period && (q.from || q.to)) return { period: { code: 'invalid' } };
  if (q.to && !q.from) return { from: { code: 'required' } };
  if (q.from) {
    const { from, to } = resolveStatsPeriod(q, now);
    if (from.getTime() >= to.getTime()) return { to: { code: 'invalid' } };
    if (to.getTime() - from.getTime() > MAX_STATS_DAYS * DAY_MS) return { from: { code: 'invalid' } };
  }
  return {};
}

/**
 * The instants a (valid) stats query covers: [from, to). A relative period, and a custom one without
 * `to`, end at the end of today (the next city midnight), so what happens now is in it.
 */
export function resolveStatsPeriod(query: StatsQuery, now: Date): { from: Date; to: Date } {
  const endOfToday = startOfCityDay(new Date(now.getTime() + DAY_MS));
  if (query.from) return { from: new Date(query.from), to: query.to ? new Date(query.to) : endOfToday };
  const days = STATS_PERIOD_DAYS[query.period ?? 'month'];
  return { from: startOfCityDay(new Date(now.getTime() - (days - 1) * DAY_MS)), to: endOfToday };
}

/** One bucket of a period: a city week (Monday first) or month, cut to the period. */
export interface StatsBucket {
  /** `2026-11-23` (the Monday) for weeks, `2026-11` for months. */
  key: string;
  start: Date;
  end: Date;
}

/** The city weeks (Monday 00:00 to Monday 00:00) that overlap [from, to), each cut to it. */
export function statsWeeks(from: Date, to: Date): StatsBucket[] {
  const day = startOfCityDay(from);
  const weekday = cityWeekday(day);
  const buckets: StatsBucket[] = [];
  for (let start = day.getTime() - weekday * DAY_MS; start < to.getTime(); start += 7 * DAY_MS) {
    buckets.push({
      key: cityDate(new Date(start)),
      start: new Date(Math.max(start, from.getTime())),
      end: new Date(Math.min(start + 7 * DAY_MS, to.getTime())),
    });
  }
  return buckets;
}

/** The city months that overlap [from, to), each cut to it. */
export function statsMonths(from: Date, to: Date): StatsBucket[] {
  const buckets: StatsBucket[] = [];
  let [year, month] = cityDate(from).slice(0, 7).split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const start = cityMidnight(`${key}-01`).getTime();
    if (start >= to.getTime()) break;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    const end = cityMidnight(`${year}-${String(month).padStart(2, '0')}-01`).getTime();
    buckets.push({ key, start: new Date(Math.max(start, from.getTime())), end: new Date(Math.min(end, to.getTime())) });
  }
  return buckets;
}

/** The median of some numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Figures are sent rounded to two decimals (rates, days, averages, hours). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const Count = z.number().check(z.int(), z.gte(0));
const Share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const Days = z.nullable(z.number().check(z.gte(0)));
const Average = z.nullable(z.number().check(z.gte(1), z.lte(5)));
const Hours = z.number().check(z.gte(0));

/** The area and the instants [from, to) the figures are for, as the backend resolved the query. */
const Window = { areaId: Id, from: IsoDateTime, to: IsoDateTime };

export const RatingCount = z.object({ rating: z.number().check(z.int(), z.gte(1), z.lte(5)), count: Count });
export type RatingCount = z.infer<typeof RatingCount>;

/** Ratings: their average (null for none), how many, and how many of each, 1 to 5 (always five entries). */
export const SatisfactionStats = z.object({ average: Average, count: Count, distribution: z.array(RatingCount).check(z.length(5)) });
export type SatisfactionStats = z.infer<typeof SatisfactionStats>;

export const CategoryStats = z.object({
  categoryCode: z.string(),
  categoryName: z.string(),
  reported: Count,
  closed: Count,
  overdueNow: Count,
});
export type CategoryStats = z.infer<typeof CategoryStats>;

/**
 * One department's row of the league table, over the cases dispatched to it (their current department):
 * `handled` settled in the period (`settledAt` in it); `onTimeRate` of those, settled by their due date;
 * `medianDaysToHandle` from report to settled; `satisfaction` the average rating of those rated (`rated`);
 * `urged` urges of it in the period; `overdueNow` its cases overdue now.
 */
export const DepartmentStats = z.object({
  departmentId: Id,
  departmentName: z.string(),
  handled: Count,
  onTimeRate: Share,
  medianDaysToHandle: Days,
  satisfaction: Average,
  rated: Count,
  urged: Count,
  overdueNow: Count,
});
export type DepartmentStats = z.infer<typeof DepartmentStats>;

export const WeekStats = z.object({ weekStart: IsoDate, reported: Count, closed: Count });
export type WeekStats = z.infer<typeof WeekStats>;

/**
 * How the loop is doing in an area (cases located in it or below) over a period:
 * - `reported`: created in the period; `closed`: closed in the period (`closedAt` in it, and still closed);
 * - `onTimeRate`: of the closed ones, the share settled (`settledAt`) by their due date; null for none;
 * - `medianDaysToClose`: of the closed ones, report to close, in days;
 * - `overdueNow`: open cases past their due date at the backend's now, whatever the period;
 * - `urged`: urges in the period; `escalatedNow`: open cases supervised above community level now;
 * - `satisfaction`: the ratings of the cases closed in the period;
 * - `byCategory` (categories with any figure, most reported first), `byDepartment` (departments with
 *   any figure, most handled first), `weekly` (every city week of the period, oldest first).
 * Rates, days and averages are rounded to two decimals.
 */
export const CaseStats = z.object({
  ...Window,
  reported: Count,
  closed: Count,
  onTimeRate: Share,
  medianDaysToClose: Days,
  overdueNow: Count,
  urged: Count,
  escalatedNow: Count,
  satisfaction: SatisfactionStats,
  byCategory: z.array(CategoryStats),
  byDepartment: z.array(DepartmentStats),
  weekly: z.array(WeekStats),
});
export type CaseStats = z.infer<typeof CaseStats>;

/** A team's service hours in the period, from its members living in the area. */
export const TeamHours = z.object({ teamId: Id, teamName: z.string(), kind: TeamKind, members: Count, hours: Hours });
export type TeamHours = z.infer<typeof TeamHours>;

export const MonthHours = z.object({ month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)), hours: Hours });
export type MonthHours = z.infer<typeof MonthHours>;

/**
 * Volunteer service in an area (volunteers living in it or below) over a period: `volunteers` and
 * `partyMembers` registered there; `hours` served in the period (each volunteer once); `byTeam` the
 * same hours per team (a volunteer in two teams counts in both; teams with members there, most hours
 * first); `byMonth` per city month of the period, oldest first. Hours are rounded to two decimals.
 */
export const VolunteerStats = z.object({
  ...Window,
  volunteers: Count,
  partyMembers: Count,
  hours: Hours,
  byTeam: z.array(TeamHours),
  byMonth: z.array(MonthHours),
});
export type VolunteerStats = z.infer<typeof VolunteerStats>;

export const BranchCount = z.object({ termId: Id, termName: z.string(), count: Count });
export type BranchCount = z.infer<typeof BranchCount>;

export const DemandStatusCount = z.object({ status: DemandStatus, count: Count });
export type DemandStatusCount = z.infer<typeof DemandStatusCount>;

/**
 * Services in an area over a period: `requests` made in the period for services and resources located
 * in the area, and per top-level taxonomy branch (`requestsByBranch`, most first); demands posted in the
 * period in the area (`demandsPosted`), how many of those were taken up (claimed, matched or done),
 * the share, and the count per status (always four entries).
 */
export const ServiceStats = z.object({
  ...Window,
  requests: Count,
  requestsByBranch: z.array(BranchCount),
  demandsPosted: Count,
  demandsTakenUp: Count,
  takeUpRate: Share,
  demandsByStatus: z.array(DemandStatusCount).check(z.length(4)),
});
export type ServiceStats = z.infer<typeof ServiceStats>;
