import * as z from 'zod/mini';

/** Identifiers are opaque, non-empty strings chosen by the backend. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** An ISO 8601 date-time string, e.g. `2026-11-27T08:30:00.000Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** Latitude/longitude in WGS 84 degrees. */
export const GeoPoint = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/** A short reference to a named thing (area, organisation, department). */
export const NamedRef = z.object({ id: Id, name: z.string() });
export type NamedRef = z.infer<typeof NamedRef>;

/**
 * One page of a cursor-paged list. `nextCursor` is null on the last page;
 * `total` is null when the backend cannot count cheaply.
 */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.nullable(z.number().check(z.int(), z.gte(0))),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number | null;
}

/** Mainland China mobile number: 11 digits starting with 1[3-9]. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

/** Resident ID number: 17 digits and a check digit or X. */
export const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;

/** The text-length limits shared by forms and backends. */
export const LIMITS = {
  name: 40,
  address: 120,
  description: 500,
  note: 300,
  activity: 200,
  search: 100,
  photos: 3,
  photoBytes: 5 * 1024 * 1024,
} as const;

/** Photo types a report may carry. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
