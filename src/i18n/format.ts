import { cityNow } from '../domain/city-clock.js';
import type { LocaleTag } from './locales.js';

/**
 * Intl formatting helpers. Formatters are cached per locale and options,
 * because constructing `Intl.*` objects is slow and lists format many rows.
 */

type DateInput = Date | string | number;

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: LocaleTag, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A cached `Intl.NumberFormat` for the locale. */
export function numberFormat(locale: LocaleTag, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A cached `Intl.DateTimeFormat` for the locale. */
export function dateTimeFormat(locale: LocaleTag, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('datetime', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** A cached `Intl.PluralRules` for the locale. */
export function pluralRules(locale: LocaleTag, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

/** A cached `Intl.RelativeTimeFormat` for the locale. */
export function relativeTimeFormat(
  locale: LocaleTag,
  options?: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat {
  return cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

/** Formats a number, e.g. `19000` → `19,000`. */
export function formatNumber(value: number, locale: LocaleTag, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/**
 * Formats a calendar date, e.g. `2026年11月27日` / `27 Nov 2026`.
 * Returns `''` for an invalid date rather than throwing.
 */
export function formatDate(value: DateInput, locale: LocaleTag, options?: Intl.DateTimeFormatOptions): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(locale, options ?? { dateStyle: 'medium' }).format(date);
}

/**
 * Formats a date and time, e.g. `2026年11月27日 08:30` / `27 Nov 2026, 08:30`.
 * Returns `''` for an invalid date rather than throwing.
 */
export function formatDateTime(value: DateInput, locale: LocaleTag, options?: Intl.DateTimeFormatOptions): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(locale, options ?? { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * Formats `value` relative to `now` with the largest fitting unit,
 * e.g. `3 天前` / `3 days ago`, `明天` / `tomorrow`.
 * Returns `''` for an invalid date.
 */
export function formatRelative(value: DateInput, locale: LocaleTag, now: DateInput = cityNow()): string {
  const date = toDate(value);
  const base = toDate(now);
  if (Number.isNaN(date.getTime()) || Number.isNaN(base.getTime())) return '';
  const seconds = (date.getTime() - base.getTime()) / 1000;
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return rtf.format(Math.round(seconds / size), unit);
    }
  }
  return '';
}
