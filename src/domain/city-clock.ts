/**
 * The city keeps China Standard Time (UTC+8, no daylight saving): "today", "this year" and the day
 * in reference numbers are its, whatever the browser's or server's time zone.
 */
const CITY_OFFSET_MS = 8 * 3_600_000;

/** `2026-11-03`: the calendar day of `instant` in the city. */
export function cityDate(instant: Date = new Date()): string {
  return new Date(instant.getTime() + CITY_OFFSET_MS).toISOString().slice(0, 10);
}
