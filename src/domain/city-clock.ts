/**
 * The city clock: the one source of "now" for widgets, the memory backend and its seeded world.
 *
 * The city keeps China Standard Time (UTC+8, no daylight saving): "today", "this year" and the day
 * in reference numbers are its, whatever the browser's or server's time zone. Nothing else reads the
 * wall clock, so tests freeze time with `setCityClock(frozenClock(…))` and the demo is current on any date.
 */
export interface CityClock {
  now(): Date;
}

/**
 * The city's time zone: the one constant for the city's calendar day (below), opening hours
 * (`schedules.ts`), the memory backend's seeded schedules and `Intl` formatting in city time.
 */
export const CITY_TIME_ZONE = 'Asia/Shanghai';

/** {@link CITY_TIME_ZONE}'s offset from UTC: China Standard Time is UTC+8 all year (no daylight saving). */
const CITY_OFFSET_MS = 8 * 3_600_000;

/** The same offset as ISO 8601 writes it, for a city wall-clock time: `2026-11-03T08:30:00${CITY_UTC_OFFSET}`. */
export const CITY_UTC_OFFSET = '+08:00';

/** The machine's clock. */
export const systemClock: CityClock = { now: () => new Date() };

/** A clock that always answers `instant` (tests, reproducible demos). */
export function frozenClock(instant: Date | string | number): CityClock {
  const at = new Date(instant).getTime();
  if (Number.isNaN(at)) throw new RangeError(`frozenClock: not a date: ${String(instant)}`);
  return { now: () => new Date(at) };
}

let current: CityClock = systemClock;

/** Replaces the clock every widget and the memory backend read (a portal's server time, a test's frozen time). */
export function setCityClock(clock: CityClock): void {
  current = clock;
}

/** The clock in use. */
export function cityClock(): CityClock {
  return current;
}

/** Now, by the city clock. */
export function cityNow(): Date {
  return current.now();
}

/** `2026-11-03`: the calendar day of `instant` in the city. */
export function cityDate(instant: Date = cityNow()): string {
  return new Date(instant.getTime() + CITY_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a city calendar day (`2026-11-03`) begins: its midnight, city time. */
export function cityMidnight(day: string): Date {
  return new Date(`${day}T00:00:00${CITY_UTC_OFFSET}`);
}

/** Midnight, city time, of the city day that contains `instant`. */
export function startOfCityDay(instant: Date = cityNow()): Date {
  return cityMidnight(cityDate(instant));
}

/** The city's day of the week of `instant`: 0 for Monday … 6 for Sunday. */
export function cityWeekday(instant: Date = cityNow()): number {
  return (new Date(instant.getTime() + CITY_OFFSET_MS).getUTCDay() + 6) % 7;
}

/** The city's calendar year of `instant`. */
export function cityYear(instant: Date = cityNow()): number {
  return Number(cityDate(instant).slice(0, 4));
}

/** The start of the city hour that contains `instant`. */
export function startOfCityHour(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 3_600_000) * 3_600_000);
}
