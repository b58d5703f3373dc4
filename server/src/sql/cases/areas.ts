import type { AreaLevel } from '../../../../src/domain/areas.js';
import { supervisionRank } from '../../../../src/domain/case-machine.js';
import type { CaseArea } from '../../../../src/domain/case-validation.js';
import { placeholders, type SqlRunner } from '../db.js';

/** An area as cases need it: its level and children (may a report be located there?) and its path. */
export interface PlacedArea extends CaseArea {
  id: string;
  /** From the root down to and including the area. */
  path: Array<{ id: string; name: string; level: AreaLevel }>;
}

interface Row {
  id: string;
  name: string;
  level: string;
  child_count: number;
  path: string;
}

/** The area of this id from the `areas` table with its path (ids from the root joined by `/`); null when unknown. */
export async function findArea(db: SqlRunner, id: string): Promise<PlacedArea | null> {
  const row = await db.get<Row>('SELECT id, name, level, child_count, path FROM areas WHERE id = ?', [id]);
  if (!row) return null;
  const ids = row.path.split('/');
  const rows = await db.all<Row>(`SELECT id, name, level, child_count, path FROM areas WHERE id IN (${placeholders(ids.length)})`, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    id: row.id,
    level: row.level as AreaLevel,
    childCount: row.child_count,
    path: ids.map((i) => byId.get(i)!).map((a) => ({ id: a.id, name: a.name, level: a.level as AreaLevel })),
  };
}

export async function areaExists(db: SqlRunner, id: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS one FROM areas WHERE id = ?', [id])) !== undefined;
}

// The hierarchy's root is written once, by the seed: one read per database.
const roots = new WeakMap<object, Promise<string>>();

/** The root of the hierarchy: every case lies within it; statistics cover it when a query names no area. */
export function rootAreaId(db: SqlRunner): Promise<string> {
  let root = roots.get(db);
  if (!root) {
    root = db.get<{ id: string }>('SELECT id FROM areas WHERE parent_id IS NULL ORDER BY seq LIMIT 1').then((row) => row?.id ?? 'city');
    roots.set(db, root);
    root.catch(() => roots.delete(db));
  }
  return root;
}

/** The rank a grid centre works at in each of these areas (`supervisionRank`); unknown areas are left out. */
export async function areaRanks(db: SqlRunner, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all<{ id: string; level: AreaLevel }>(`SELECT id, level FROM areas WHERE id IN (${placeholders(ids.length)})`, ids);
  return new Map(rows.map((r) => [r.id, supervisionRank({ areaIds: [r.id] }, { areaPath: [r] })]));
}
