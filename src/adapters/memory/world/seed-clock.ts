import { cityDate, startOfCityHour } from '../../../domain/city-clock.js';
import { cityDay, referenceNumber } from '../../../domain/reference-numbers.js';

/**
 * Seeded dates are laid out relative to the adapter's epoch: the start of the city hour in which it
 * was created, by its clock (or the epoch saved with persisted changes). So the demo's cases are hours
 * and days old on any date, and every adapter created in the same hour shares one generated world.
 */
export function seedEpoch(now: Date): Date {
  return startOfCityHour(now);
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** `2026-11-03` for the calendar day of `date` in the city (CITY_TIME_ZONE). */
export const shanghaiDate = cityDate;

/** `20261103`, the day part of public and reference numbers (said once, in src/domain/reference-numbers.ts). */
export const shanghaiDay = cityDay;

export { referenceNumber };
