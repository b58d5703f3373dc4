import { cityDate } from '../../../domain/city-clock.js';

/**
 * The seeded world is generated once and shared by every adapter, so it cannot depend on
 * `ctx.now()` (each adapter may have its own clock). Seeded dates are laid out relative to
 * this fixed instant instead: seeded cases and demands fall in the 60 days before it.
 */
export const SEED_EPOCH = new Date('2026-11-20T00:00:00+08:00');

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** `2026-11-03` for the calendar day of `date` in Asia/Shanghai. */
export const shanghaiDate = cityDate;

/** `20261103`, the day part of public and reference numbers. */
export function shanghaiDay(date: Date): string {
  return shanghaiDate(date).replaceAll('-', '');
}

/** `GC-20261103-0042`: prefix, Shanghai calendar day, 4-digit sequence of that day. */
export function referenceNumber(prefix: string, date: Date, sequence: number): string {
  return `${prefix}-${shanghaiDay(date)}-${String(sequence).padStart(4, '0')}`;
}
