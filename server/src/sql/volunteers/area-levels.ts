import type { SqlValue } from '../db.js';

/**
 * "Within an area" over the `area1` … `area5` columns. Area ids encode their ancestry (`d01-s02-c03-g1-p2`
 * is below `d01-s02-c03`: the prefix test `isWithinArea` of the memory world), so a place's ancestors are
 * its id's leading segments, and a volunteer is within X exactly when the column of X's depth holds X.
 */
export const AREA_DEPTHS = 5;

/** The city's root id: everything is within it (as `isWithinArea` says). */
export const ROOT_AREA_ID = 'city';

/** `area1` … `area5` of a place id: its ancestors and itself by depth, null below its own depth. */
export function areaColumns(placeId: string): Array<string | null> {
  const segments = placeId.split('-');
  return Array.from({ length: AREA_DEPTHS }, (_, d) => (d < segments.length ? segments.slice(0, d + 1).join('-') : null));
}

/** How deep `areaId` is: 1 for a district, 3 for a community, 5 for a compound. */
export function areaDepth(areaId: string): number {
  return areaId.split('-').length;
}

/** The SQL condition (on `alias`) for volunteers within `areaId`, or null when it is the whole city. */
export function withinArea(areaId: string, alias = 'v'): { sql: string; params: SqlValue[] } | null {
  if (areaId === ROOT_AREA_ID) return null;
  const depth = areaDepth(areaId);
  // Volunteers live in communities and compounds (depth 3 and 5): nobody is within a building.
  if (depth > AREA_DEPTHS) return { sql: '1 = 0', params: [] };
  return { sql: `${alias}.area${depth} = ?`, params: [areaId] };
}
