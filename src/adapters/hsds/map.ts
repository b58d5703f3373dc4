// HSDS 3.0 records (service, organization, location, schedule, taxonomy_term) to the domain's shapes.
import type { GeoPoint } from '../../domain/common.js';
import type { Audience, Schedule, Service, TaxonomyTerm, Weekday } from '../../domain/services.js';
import { WEEKDAYS } from '../../domain/services.js';
import { clip, idOf, isRecord, listOf, longText, num, plainText, text } from '../wire/values.js';

export interface HsdsContext {
  timeZone: string;
  areaId: string;
  areaName?: string;
}

export interface HsdsPage {
  contents: unknown[];
  total: number | null;
  hasNext: boolean;
}

/**
 * One HSDS page (`total_items`, `total_pages`, `page_number`, `size`, `first_page`, `last_page`, `empty`,
 * `contents`), read defensively: `contents` is what there is, whatever `empty` and `size` say; there is a next
 * page unless `last_page` is true or `page_number` reached `total_pages`; `total_items` is the total only when it
 * is at least what the pages hold. A bare array is one last page. Null when there is no `contents`.
 */
export function readPage(value: unknown, page: number, size: number): HsdsPage | null {
  if (Array.isArray(value)) return { contents: value, total: null, hasNext: false };
  if (!isRecord(value) || !Array.isArray(value.contents)) return null;
  const contents = value.contents;
  const pageNumber = num(value.page_number) ?? page;
  const totalPages = num(value.total_pages);
  const hasNext =
    contents.length > 0 &&
    (value.last_page === true ? false : totalPages !== undefined ? pageNumber < totalPages : value.last_page === false || contents.length >= size);
  const totalItems = num(value.total_items);
  const seen = (page - 1) * size + contents.length;
  const total = totalItems !== undefined && Number.isInteger(totalItems) && totalItems >= seen ? totalItems : null;
  return { contents, total, hasNext };
}

export function toTerm(raw: unknown): TaxonomyTerm | null {
  if (!isRecord(raw)) return null;
  const id = idOf(raw.id);
  if (!id) return null;
  const name = plainText(raw.name) || plainText(raw.code) || id;
  return { id, code: plainText(raw.code) || id, name, parentId: idOf(raw.parent_id) ?? null };
}

/** Terms whose parent is not among them become top-level, so a tree can be drawn from any page of terms. */
export function rootOrphans(terms: TaxonomyTerm[]): TaxonomyTerm[] {
  const ids = new Set(terms.map((t) => t.id));
  return terms.map((t) => (t.parentId !== null && (!ids.has(t.parentId) || t.parentId === t.id) ? { ...t, parentId: null } : t));
}

/** HSDS `timezone` is a UTC offset in hours (3.0 schema); an IANA name is taken as it is. */
function zoneOf(value: unknown, fallback: string): string {
  const n = num(value);
  if (n !== undefined && Number.isInteger(n) && Math.abs(n) <= 14) return n === 0 ? 'UTC' : `Etc/GMT${n > 0 ? '-' : '+'}${Math.abs(n)}`;
  const t = text(value);
  return t && /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(t) ? t : fallback;
}

/** `10:00:00`, `9:30`, `1000` → `10:00`. */
function clockTime(value: unknown): string | undefined {
  const m = /^(\d{1,2}):?(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text(value) ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59) return undefined;
  return h === 24 ? '23:59' : `${String(h).padStart(2, '0')}:${m[2]}`;
}

/**
 * Weekly opening hours: `freq` WEEKLY (or none) with `byday` days, or DAILY; `opens_at`/`closes_at` as clock
 * times. Other rules (monthly, by week number) cannot be shown as weekly hours and are left out.
 */
export function toSchedule(raw: unknown, fallbackZone: string): Schedule | null {
  if (!isRecord(raw)) return null;
  const freq = (text(raw.freq) ?? 'WEEKLY').toUpperCase();
  const opensAt = clockTime(raw.opens_at);
  const closesAt = clockTime(raw.closes_at);
  if (!opensAt || !closesAt) return null;
  let byDay: Weekday[];
  if (freq === 'DAILY') byDay = [...WEEKDAYS];
  else if (freq === 'WEEKLY') {
    const days = (text(raw.byday) ?? '').split(',').map((d) => d.trim().toUpperCase());
    if (days.some((d) => d && !(WEEKDAYS as readonly string[]).includes(d))) return null; // "1WE": not weekly
    byDay = WEEKDAYS.filter((d) => days.includes(d));
  } else return null;
  if (byDay.length === 0) return null;
  const note = plainText(raw.description) || plainText(raw.notes);
  return { byDay, opensAt, closesAt, timezone: zoneOf(raw.timezone, fallbackZone), ...(note ? { note } : {}) };
}

function point(lat: unknown, lng: unknown): GeoPoint | undefined {
  const la = num(lat);
  const lo = num(lng);
  if (la === undefined || lo === undefined || Math.abs(la) > 90 || Math.abs(lo) > 180 || (la === 0 && lo === 0)) return undefined;
  return { lat: la, lng: lo };
}

function addressOf(location: Record<string, unknown>): { line: string; city?: string } {
  const [address] = listOf(location.addresses).filter(isRecord);
  if (!address) return { line: plainText(location.address) };
  const parts = [address.address_1, address.address_2, address.city, address.region, address.state_province, address.postal_code]
    .map(plainText)
    .filter(Boolean);
  return { line: [...new Set(parts)].join(', '), city: plainText(address.city) || plainText(address.region) || undefined };
}

/** A phone number as servers print it: literal quotes dropped, the extension added. */
function phoneOf(...sources: unknown[]): string | undefined {
  for (const source of sources) {
    for (const phone of listOf(source)) {
      if (!isRecord(phone)) continue;
      const number = plainText(phone.number).replace(/^["']+|["']+$/g, '').trim();
      if (!number) continue;
      const ext = text(phone.extension);
      return clip(ext ? `${number} ext. ${ext}` : number, 60);
    }
  }
  return undefined;
}

function audiencesOf(raw: Record<string, unknown>): Audience[] {
  const min = num(raw.minimum_age);
  const max = num(raw.maximum_age);
  if (min !== undefined && min >= 60) return ['elderly'];
  if (max !== undefined && max <= 18) return ['children'];
  return ['everyone'];
}

function costOf(raw: Record<string, unknown>): Service['cost'] {
  const options = listOf(raw.cost_options).filter(isRecord);
  const fees = plainText(raw.fees_description) || plainText(raw.fees);
  if (options.length === 0) return { free: fees === '', description: fees };
  const lines = options.map((o) => {
    const amount = num(o.amount);
    const currency = text(o.currency)?.toUpperCase();
    const price = amount === undefined ? '' : amount === 0 ? '0' : `${amount}${currency ? ` ${currency}` : ''}`;
    return [plainText(o.option), price, plainText(o.amount_description)].filter(Boolean).join(' · ');
  });
  return { free: options.every((o) => num(o.amount) === 0), description: lines.filter(Boolean).join('\n') || fees };
}

/**
 * One HSDS service (a list entry or `service_full`) to a `service` item, or null when it has no id or name.
 * The first service_at_location is the location (schedules there win over the service's); a coordinate out of
 * range is dropped; missing sections become empty ones.
 */
export function toService(raw: unknown, ctx: HsdsContext): Service | null {
  if (!isRecord(raw)) return null;
  const id = idOf(raw.id);
  const name = plainText(raw.name) || plainText(raw.alternate_name);
  if (!id || !name) return null;
  const organization = isRecord(raw.organization) ? raw.organization : {};
  const [sal] = listOf(raw.service_at_locations).filter(isRecord);
  const location = sal && isRecord(sal.location) ? sal.location : isRecord(raw.location) ? raw.location : undefined;
  const address = location ? addressOf(location) : { line: '' };
  const zone = ctx.timeZone;
  const scheduleSource = [sal?.schedules, location?.schedules, raw.schedules].find((s) => listOf(s).length > 0);
  const schedules = listOf(scheduleSource)
    .map((s) => toSchedule(s, zone))
    .filter((s) => s !== null);
  const termIds = [
    ...listOf(raw.attributes).map((a) => (isRecord(a) ? (isRecord(a.taxonomy_term) ? idOf(a.taxonomy_term.id) : idOf(a.taxonomy_term_id)) : undefined)),
    ...listOf(raw.taxonomy_terms).map((t) => (isRecord(t) ? idOf(t.id) : idOf(t))),
  ].filter((t): t is string => !!t);
  const orgId = idOf(organization.id);
  const orgName = plainText(organization.name);
  const phone = phoneOf(raw.phones, location?.phones, organization.phones);
  const orgPhone = phoneOf(organization.phones);
  const areaName = ctx.areaName ?? address.city ?? '';
  return {
    kind: 'service',
    id,
    name,
    description: longText(raw.description),
    areaId: ctx.areaId,
    areaName,
    termIds: [...new Set(termIds)],
    audiences: audiencesOf(raw),
    provider: {
      id: orgId ?? `${id}-provider`,
      name: orgName || '—',
      ...(plainText(organization.description) ? { description: plainText(organization.description) } : {}),
      ...(orgPhone ? { phone: orgPhone } : {}),
    },
    location: {
      id: (location && idOf(location.id)) ?? `${id}-location`,
      name: location ? plainText(location.name) : '',
      address: address.line,
      areaId: ctx.areaId,
      ...(location && point(location.latitude, location.longitude) ? { point: point(location.latitude, location.longitude)! } : {}),
    },
    schedules,
    eligibility: plainText(raw.eligibility_description),
    cost: costOf(raw),
    ...(phone ? { phone } : {}),
  };
}
