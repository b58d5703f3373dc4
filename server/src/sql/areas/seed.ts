import { AREA_LEVELS } from '../../../../src/domain/areas.js';
import { seedWorld, type SeedInput } from '../context.js';
import { insertMany, type SqlRunner, type SqlValue } from '../db.js';
import { PATH_SEPARATOR } from './rows.js';

/**
 * The memory adapter's city, row for row: the same ids, names, order and centroids, with each
 * area's position among its siblings, its generation order (search order within a level) and its
 * path from the root.
 */
export async function seedAreas(tx: SqlRunner, input: SeedInput): Promise<void> {
  const world = seedWorld(input).areas;
  const rows: SqlValue[][] = [];
  const paths = new Map<string, string>();
  let seq = 0;
  // byId keeps insertion order, which is generation order: every parent comes before its children.
  for (const area of world.byId.values()) {
    const path = area.parentId ? `${paths.get(area.parentId)!}${PATH_SEPARATOR}${area.id}` : area.id;
    paths.set(area.id, path);
    const position = area.parentId ? world.childIds.get(area.parentId)!.indexOf(area.id) : 0;
    rows.push([
      area.id, area.parentId, area.level, AREA_LEVELS.indexOf(area.level), area.name, position, seq++,
      area.childCount, area.centroid?.lat ?? null, area.centroid?.lng ?? null, path,
    ]);
  }
  await insertMany(tx, 'areas', ['id', 'parent_id', 'level', 'level_rank', 'name', 'position', 'seq', 'child_count', 'lat', 'lng', 'path'], rows);
}
