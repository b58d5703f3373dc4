/**
 * Opening hours: is a place open at an instant, and when does that change. Pure (no DOM, no clock):
 * the instant is an argument, so the service list, the memory backend and the tests all agree.
 *
 * Weekdays and clock times are read in the schedule's IANA time zone through `Intl`, never in the
 * browser's; a zone this engine does not know (or none) means the city's, {@link CITY_TIME_ZONE}.
 */
import { CITY_TIME_ZONE } from './city-clock.js';
import type { Schedule, Weekday } from './services.js';

/**
 * A weekly opening, in `timeZone` (default: the city's): `weeklyOpening(['MO', 'TU'], '08:30', '17:30')`.
 * `closesAt` earlier than `opensAt` closes after midnight.
 */
export function weeklyOpening(
  byDay: readonly Weekday[],
  opensAt: string,
  closesAt: string,
  options: { timeZone?: string; note?: string } = {},
): Schedule {
  return {
    byDay: [...byDay],
    opensAt,
    closesAt,
    timezone: options.timeZone ?? CITY_TIME_ZONE,
    ...(options.note ? { note: options.note } : {}),
  };
}

/** Whether a place is open at an instant, and when that changes. */
export interface OpenState {
  open: boolean;
  /** When it next opens (if closed) or closes (if open); null when it never does (no schedules). */
  nextChange: Date | null;
}

const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const MINUTE_MS = 60_000;
const DAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const WEEKDAY_INDEX: Record<Weekday, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };

const clocks = new Map<string, Intl.DateTimeFormat>();
const known = new Map<string, boolean>();

/**
 * `timeZone` when this engine knows it, else the city's zone: a catalogue is for one city, so an
 * unknown zone from a backend (or none) means {@link CITY_TIME_ZONE}.
 */
export function safeTimeZone(timeZone: string | undefined = CITY_TIME_ZONE): string {
  let ok = known.get(timeZone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(timeZone, ok);
  }
  return ok ? timeZone : CITY_TIME_ZONE;
}

/** A formatter that reads weekday and 24-hour time in `timeZone` (cached: building one is slow). */
function clock(timeZone: string): Intl.DateTimeFormat {
  const zone = safeTimeZone(timeZone);
  let format = clocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(zone, format);
  }
  return format;
}

/**
 * Minutes since Monday 00:00 of the local week in `timeZone` (default: the city's). The browser's
 * own zone never matters: the weekday and time are read through Intl in that zone.
 */
export function localWeekMinute(now: Date, timeZone: string = CITY_TIME_ZONE): number {
  const parts = clock(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = DAY_INDEX[part('weekday')] ?? 0;
  // Some engines print midnight as "24" even with h23.
  const hour = Number(part('hour')) % 24;
  return day * DAY_MINUTES + hour * 60 + Number(part('minute'));
}

function toMinutes(clockTime: string): number {
  const [h, m] = clockTime.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * Length of one opening in minutes. `closesAt` before `opensAt` closes after midnight on the
 * next day; `23:59` means the end of the day (the schema has no `24:00`).
 */
function openMinutes(schedule: Schedule): number {
  const opens = toMinutes(schedule.opensAt);
  const closes = schedule.closesAt === '23:59' ? DAY_MINUTES : toMinutes(schedule.closesAt);
  return closes > opens ? closes - opens : closes + DAY_MINUTES - opens;
}

type Interval = [start: number, end: number];

/** Openings as absolute times (ms) from last week to next week, around `now`. */
function intervals(schedule: Schedule, now: Date): Interval[] {
  const nowMs = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  // Within one week minutes map to instants one to one in a zone without daylight saving, such as
  // the city's (China Standard Time).
  const weekStart = nowMs - localWeekMinute(now, schedule.timezone) * MINUTE_MS;
  const length = openMinutes(schedule) * MINUTE_MS;
  const opens = toMinutes(schedule.opensAt);
  const out: Interval[] = [];
  for (let week = -1; week <= 1; week++) {
    for (const day of schedule.byDay) {
      const start = weekStart + (week * WEEK_MINUTES + WEEKDAY_INDEX[day] * DAY_MINUTES + opens) * MINUTE_MS;
      if (length > 0) out.push([start, start + length]);
    }
  }
  return out;
}

/** Sorted, with touching or overlapping openings joined (e.g. two schedules back to back). */
function merge(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Is it open at `now`, and when does that change? Pure: depends only on its arguments.
 * Handles several schedules (e.g. a lunch and a dinner window), openings past midnight
 * (18:00–02:00 is open at 01:00 the next day) and closed days.
 */
export function openingState(schedules: readonly Schedule[], now: Date): OpenState {
  const merged = merge(schedules.flatMap((s) => intervals(s, now)));
  const t = now.getTime();
  for (const [start, end] of merged) {
    if (start <= t && t < end) return { open: true, nextChange: new Date(end) };
    if (start > t) return { open: false, nextChange: new Date(start) };
  }
  return { open: false, nextChange: null };
}
