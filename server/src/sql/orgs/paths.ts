import type { NamedRef } from '../../../../src/domain/common.js';
import { placeholders, type SqlRunner } from '../db.js';

/**
 * The path of each organisation (from the root down to its parent), for a page of them in one
 * recursive query: each step climbs one parent by primary key, so the cost is depth × rows.
 */
export async function pathsOf(db: SqlRunner, ids: readonly string[]): Promise<Map<string, NamedRef[]>> {
  const paths = new Map<string, NamedRef[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return paths;
  const rows = await db.all<{ start: string; id: string; name: string; depth: number }>(
    `WITH RECURSIVE up (start, id, name, parent_id, depth) AS (
       SELECT o.id, p.id, p.name, p.parent_id, 1
         FROM organisations o JOIN organisations p ON p.id = o.parent_id
        WHERE o.id IN (${placeholders(ids.length)})
       UNION ALL
       SELECT up.start, p.id, p.name, p.parent_id, up.depth + 1
         FROM up JOIN organisations p ON p.id = up.parent_id
     )
     SELECT start, id, name, depth FROM up ORDER BY start, depth DESC`,
    ids,
  );
  for (const row of rows) paths.get(row.start)!.push({ id: row.id, name: row.name });
  return paths;
}
