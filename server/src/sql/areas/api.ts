import type { Area, AreaLevel } from '../../../../src/domain/areas.js';
import { AREA_LEVELS } from '../../../../src/domain/areas.js';
import type { AreasApi } from '../../../../src/adapters/contract.js';
import { AdapterError } from '../../../../src/adapters/errors.js';
import type { SqlContext } from '../context.js';
import { placeholders, type SqlRunner } from '../db.js';
import { decodeCursor, keysetLimit, keysetPage } from '../keyset.js';
import { AREA_COLUMNS, areaFromRow, pathIds, type AreaRow } from './rows.js';

/** What search looks through by default: the levels people name (not the city, not single buildings). */
const SEARCHED_LEVELS: readonly AreaLevel[] = ['district', 'street', 'community', 'grid', 'compound'];

/** `%`, `_` and `\` match themselves in a LIKE pattern with `ESCAPE '\'`. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

async function findRow(db: SqlRunner, id: string): Promise<AreaRow> {
  const row = await db.get<AreaRow>(`SELECT ${AREA_COLUMNS} FROM areas WHERE id = ?`, [id]);
  if (!row) throw new AdapterError('not_found', `No area ${id}`);
  return row;
}

/** The areas of these ids, by id. */
async function areasById(db: SqlRunner, ids: readonly string[]): Promise<Map<string, Area>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.all<AreaRow>(`SELECT ${AREA_COLUMNS} FROM areas WHERE id IN (${placeholders(unique.length)})`, unique);
  return new Map(rows.map((r) => [r.id, areaFromRow(r)]));
}

/** The areas group on the `areas` table: every method one or two indexed queries. */
export function createSqlAreasApi(ctx: SqlContext): AreasApi {
  const { db } = ctx;
  return {
    async roots() {
      const rows = await db.all<AreaRow>(`SELECT ${AREA_COLUMNS} FROM areas WHERE parent_id IS NULL ORDER BY seq`);
      return rows.map(areaFromRow);
    },

    async children(parentId, options = {}) {
      const parent = await findRow(db, parentId);
      const { limit, fetch } = keysetLimit(options.limit);
      const after = decodeCursor(options.cursor, 1);
      const rows = await db.all<AreaRow>(
        `SELECT ${AREA_COLUMNS} FROM areas WHERE parent_id = ? AND position > ? ORDER BY position LIMIT ?`,
        [parentId, after ? Number(after[0]) : -1, fetch],
      );
      return keysetPage(rows, limit, (r) => [r.position], areaFromRow, parent.child_count);
    },

    async get(id) {
      return areaFromRow(await findRow(db, id));
    },

    async path(id) {
      const ids = pathIds(await findRow(db, id));
      const byId = await areasById(db, ids);
      return ids.map((i) => byId.get(i)!);
    },

    async search(text, options = {}) {
      const needle = text.trim().toLowerCase();
      if (!needle) return { items: [], nextCursor: null, total: 0 };
      const levels = (options.level ? [options.level] : SEARCHED_LEVELS).map((l) => AREA_LEVELS.indexOf(l));
      const { limit, fetch } = keysetLimit(options.limit);
      const after = decodeCursor(options.cursor, 2);
      const where = `level_rank IN (${placeholders(levels.length)}) AND LOWER(name) LIKE ? ESCAPE '\\'`;
      const params = [...levels, likeContains(needle)];
      const rows = await db.all<AreaRow>(
        `SELECT ${AREA_COLUMNS} FROM areas WHERE ${where} AND (level_rank, seq) > (?, ?) ORDER BY level_rank, seq LIMIT ?`,
        [...params, after ? Number(after[0]) : -1, after ? Number(after[1]) : -1, fetch],
      );
      const total = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM areas WHERE ${where}`, params))!.n;
      const shown = rows.slice(0, limit);
      const byId = await areasById(db, shown.flatMap(pathIds));
      return keysetPage(
        rows,
        limit,
        (r) => [r.level_rank, r.seq],
        (r) => ({ area: areaFromRow(r), path: pathIds(r).slice(0, -1).map((i) => byId.get(i)!) }),
        total,
      );
    },
  };
}
