/**
 * Date-times as servers send them, to ISO 8601 in UTC: with an offset or `Z`; with a space instead of `T`;
 * with any number of fraction digits (`23:57:23.97`); without seconds; or with no offset at all, which is read
 * as local time in `timeZone` (an IANA name such as `America/Los_Angeles`). Anything else: undefined.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export function isoDateTime(value: unknown, timeZone = 'UTC'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (Number.isNaN(local) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 24 || Number(mi) > 59 || Number(s) > 60) return undefined;
  let utc: number;
  if (zone === undefined) utc = fromZone(local, timeZone);
  else if (zone.toUpperCase() === 'Z') utc = local;
  else {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    utc = local - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
  }
  return new Date(utc).toISOString();
}

/** `YYYY-MM-DD` from a full date, or the first of the month or year for reduced precision (`1970-01`, `1950`). */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01'] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

/** Local wall time (as if it were UTC) in `timeZone` → the UTC instant. */
function fromZone(localAsUtc: number, timeZone: string): number {
  if (timeZone === 'UTC') return localAsUtc;
  let guess = localAsUtc - offsetMs(localAsUtc, timeZone);
  guess = localAsUtc - offsetMs(guess, timeZone);
  return guess;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone` is ahead of UTC at this instant. */
export function offsetMs(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}
