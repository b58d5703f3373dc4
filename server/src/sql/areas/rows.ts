import type { Area, AreaLevel } from '../../../../src/domain/areas.js';

/** One row of `areas`. */
export interface AreaRow {
  id: string;
  parent_id: string | null;
  level: string;
  name: string;
  child_count: number;
  lat: number | null;
  lng: number | null;
  path: string;
  level_rank: number;
  seq: number;
  position: number;
}

export const AREA_COLUMNS = 'id, parent_id, level, name, child_count, lat, lng, path, level_rank, seq, position';

export function areaFromRow(row: AreaRow): Area {
  return {
    id: row.id,
    name: row.name,
    level: row.level as AreaLevel,
    parentId: row.parent_id,
    childCount: row.child_count,
    ...(row.lat !== null && row.lng !== null ? { centroid: { lat: row.lat, lng: row.lng } } : {}),
  };
}

/** `path` holds the ids from the root down to the area, joined by `/`. */
export const PATH_SEPARATOR = '/';

export function pathIds(row: Pick<AreaRow, 'path'>): string[] {
  return row.path.split(PATH_SEPARATOR);
}
