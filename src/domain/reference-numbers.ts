import { cityDate } from './city-clock.js';

/** The prefix of a volunteer's join receipt: `ZY-20261127-0001`. */
export const JOIN_REFERENCE_PREFIX = 'ZY';

/** The prefix of a service or resource request's receipt: `FW-20261127-0001`. */
export const REQUEST_REFERENCE_PREFIX = 'FW';

/** The prefix of a posted demand's receipt: `XQ-20261127-0001`. */
export const DEMAND_REFERENCE_PREFIX = 'XQ';

/** `20261103`, the day part of public and reference numbers: the city's calendar day of `date`. */
export function cityDay(date: Date): string {
  return cityDate(date).replaceAll('-', '');
}

/**
 * `GC-20261103-0042`: prefix, the city's calendar day, 4-digit sequence of that day. Every public
 * and reference number has this form; the sequence is the backend's to count.
 */
export function referenceNumber(prefix: string, date: Date, sequence: number): string {
  return `${prefix}-${cityDay(date)}-${String(sequence).padStart(4, '0')}`;
}
