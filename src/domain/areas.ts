import * as z from 'zod/mini';
import { GeoPoint, Id } from './common.js';

/** The spatial hierarchy, top to bottom. A grid groups compounds inside a community. */
export const AREA_LEVELS = ['city', 'district', 'street', 'community', 'grid', 'compound', 'building'] as const;
export const AreaLevel = z.enum(AREA_LEVELS);
export type AreaLevel = z.infer<typeof AreaLevel>;

export const Area = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  level: AreaLevel,
  parentId: z.nullable(Id),
  childCount: z.number().check(z.int(), z.gte(0)),
  centroid: z.optional(GeoPoint),
});
export type Area = z.infer<typeof Area>;

/** A search hit with the path from the top of the hierarchy down to the hit. */
export const AreaHit = z.object({ area: Area, path: z.array(Area) });
export type AreaHit = z.infer<typeof AreaHit>;

export function childLevel(level: AreaLevel): AreaLevel | null {
  const i = AREA_LEVELS.indexOf(level);
  return AREA_LEVELS[i + 1] ?? null;
}
