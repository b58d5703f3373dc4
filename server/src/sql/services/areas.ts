import type { Area } from '../../../../src/domain/areas.js';
import type { SqlRunner } from '../db.js';

/** One area on a path, as the areas table holds it. */
export type PathArea = Pick<Area, 'id' | 'name' | 'level'>;

/** From the root down to and including `id`, from the areas table; empty when there is no such area. */
export async function areaPath(db: SqlRunner, id: string): Promise<PathArea[]> {
  const up = await db.all<PathArea & { depth: number }>(
    `WITH RECURSIVE up (id, name, level, parent_id, depth) AS (
       SELECT id, name, level, parent_id, 0 FROM areas WHERE id = ?
       UNION ALL
       SELECT a.id, a.name, a.level, a.parent_id, up.depth + 1 FROM areas a JOIN up ON a.id = up.parent_id
     )
     SELECT id, name, level, depth FROM up ORDER BY depth DESC`,
    [id],
  );
  return up.map(({ id, name, level }) => ({ id, name, level }));
}

/** The root of the area tree (the city): every item lies within it. */
export async function rootAreaId(db: SqlRunner): Promise<string> {
  const root = await db.get<{ id: string }>('SELECT id FROM areas WHERE parent_id IS NULL ORDER BY id LIMIT 1');
  return root?.id ?? 'city';
}

/** "安和街道 兴华社区": the names from `fromLevel` down (the memory world's `areaLabel`). */
export function pathLabel(path: readonly PathArea[], fromLevel: Area['level']): string {
  const start = path.findIndex((a) => a.level === fromLevel);
  return path.slice(Math.max(0, start)).map((a) => a.name).join(' ');
}
