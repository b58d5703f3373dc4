import type { FieldErrors } from '../../domain/field-errors.js';
import { statsQueryErrors, type StatsQuery } from '../../domain/stats.js';

/** The custom period as typed: city calendar dates, `to` included. */
export interface RangeValues {
  from: string;
  to: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The query of a custom period: from the city midnight of `from` to the city midnight after `to`. */
export function rangeQuery(values: RangeValues): Pick<StatsQuery, 'from' | 'to'> {
  const from = Date.parse(`${values.from.trim()}T00:00:00+08:00`);
  const to = Date.parse(`${values.to.trim()}T00:00:00+08:00`) + DAY_MS;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/**
 * The problems of a custom period, as field errors: a missing or malformed date, an end before the
 * start (`to: invalid`), a period longer than the backend allows (`from: too_big`, the domain's rule).
 */
export function rangeErrors(values: RangeValues, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of ['from', 'to'] as const) {
    const text = values[key].trim();
    if (!text) errors[key] = { code: 'required' };
    else if (!isCalendarDate(text)) errors[key] = { code: 'invalid_date' };
  }
  if (Object.keys(errors).length > 0) return errors;
  const query = rangeQuery(values);
  if (Date.parse(query.to!) <= Date.parse(query.from!)) return { to: { code: 'invalid' } };
  const domain = statsQueryErrors(query, now);
  if (domain.from) return { from: { code: 'too_big' } };
  if (domain.to) return { to: { code: 'invalid' } };
  return {};
}
