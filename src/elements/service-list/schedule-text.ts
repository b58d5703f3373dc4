import { CITY_TIME_ZONE } from '../../domain/city-clock.js';
import { safeTimeZone } from '../../domain/schedules.js';
import { WEEKDAYS, type Schedule, type Weekday } from '../../domain/services.js';
import { dateTimeFormat } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';

/** Words that differ by locale beyond what Intl gives. */
interface ScheduleWords {
  daily: string;
  /** Joins the first and last day of a run: "至" / "–". */
  through: string;
  /** Joins separate days or runs: "、" / ", ". */
  list: string;
  /** After a closing time past midnight: "（次日）" / " (next day)". */
  nextDay: string;
}

const WORDS: Record<Locale, ScheduleWords> = {
  'zh-CN': { daily: '每天', through: '至', list: '、', nextDay: '（次日）' },
  en: { daily: 'Daily', through: '–', list: ', ', nextDay: ' (next day)' },
};

/** A Monday, so WEEKDAYS[i] is this date plus i days (noon UTC: the same day everywhere). */
const MONDAY = Date.UTC(2024, 0, 1, 12);

/** "周一" / "Mon", from Intl. */
export function weekdayName(day: Weekday, locale: Locale): string {
  const date = new Date(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000);
  return dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date);
}

/** "周一至周五", "周六、周日", "每天" / "Mon–Fri", "Sat, Sun", "Daily". */
export function daysText(days: readonly Weekday[], locale: Locale): string {
  const words = WORDS[locale];
  const indexes = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);
  if (indexes.length === 7) return words.daily;
  const runs: number[][] = [];
  for (const i of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  }
  const name = (i: number) => weekdayName(WEEKDAYS[i]!, locale);
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${name(run[0]!)}${words.through}${name(run[run.length - 1]!)}`] : run.map(name)))
    .join(words.list);
}

/** "08:30–17:30", or "18:00–02:00（次日）" when it closes after midnight. */
export function hoursText(schedule: Schedule, locale: Locale): string {
  const pastMidnight = schedule.closesAt < schedule.opensAt;
  return `${schedule.opensAt}–${schedule.closesAt}${pastMidnight ? WORDS[locale].nextDay : ''}`;
}

/** One schedule as a line: "周一至周五 08:30–17:30" / "Mon–Fri 08:30–17:30". */
export function scheduleText(schedule: Schedule, locale: Locale): string {
  return `${daysText(schedule.byDay, locale)} ${hoursText(schedule, locale)}`;
}

/**
 * When the state next changes, for "closes 17:30" / "opens Mon 08:30": the time alone when it is
 * the same local day as `now`, else the weekday and time. In the schedule's zone, not the browser's.
 */
export function changeTimeText(change: Date, now: Date, locale: Locale, timeZone = CITY_TIME_ZONE): string {
  const zone = safeTimeZone(timeZone);
  const day = dateTimeFormat(locale, { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = dateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(change);
  if (day.format(change) === day.format(now)) return time;
  const weekday = dateTimeFormat(locale, { timeZone: zone, weekday: 'short' }).format(change);
  return `${weekday} ${time}`;
}
