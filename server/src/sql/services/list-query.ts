import { AdapterError } from '../../../../src/adapters/errors.js';
import type { Page } from '../../../../src/domain/common.js';
import type { ListItem, ServiceQuery } from '../../../../src/domain/services.js';
import { placeholders, type SqlRunner, type SqlValue } from '../db.js';
import { decodeCursor, keysetLimit, keysetPage } from '../keyset.js';
import { likeContains } from '../areas/api.js';
import { loadItems, type ItemRow } from './items.js';

/**
 * The WHERE clause of a list query (items aliased `i`). Tags match the terms asked for or any below
 * them; an item for `everyone` matches every audience (the memory adapter's rule); an area matches
 * itself and everything below it through `service_item_areas`.
 */
function filters(query: ServiceQuery): { sql: string; params: SqlValue[]; terms: string[] } {
  const where = ['i.kind = ?'];
  const params: SqlValue[] = [query.kind];
  const terms = query.termIds?.length ? query.termIds : [];
  if (terms.length) {
    where.push('EXISTS (SELECT 1 FROM service_item_terms t WHERE t.item_id = i.id AND (t.term_id IN (SELECT id FROM wanted)))');
  }
  if (query.audience) {
    where.push("EXISTS (SELECT 1 FROM service_item_audiences a WHERE a.item_id = i.id AND a.audience IN (?, 'everyone'))");
    params.push(query.audience);
  }
  if (query.areaId) {
    where.push('EXISTS (SELECT 1 FROM service_item_areas w WHERE w.area_id = ? AND w.item_id = i.id)');
    params.push(query.areaId);
  }
  const needle = query.text?.trim().toLowerCase();
  if (needle) {
    where.push("i.search_text LIKE ? ESCAPE '\\'");
    params.push(likeContains(needle));
  }
  return { sql: where.join(' AND '), params, terms };
}

/**
 * The terms asked for and everything below them (an unknown id stands for itself, as in the memory
 * adapter), as a CTE the filter reads.
 */
function wantedTerms(terms: readonly string[]): { sql: string; params: SqlValue[] } {
  if (!terms.length) return { sql: '', params: [] };
  return {
    sql: `WITH RECURSIVE wanted (id) AS (
      SELECT v.id FROM (${terms.map(() => 'SELECT CAST(? AS TEXT) AS id').join(' UNION ')}) v
      UNION SELECT c.id FROM service_terms c JOIN wanted ON c.parent_id = wanted.id
    ) `,
    params: [...terms],
  };
}

/** One page of a list, in its order, keyset-paged, with the total of everything the filters match. */
export async function queryItems(db: SqlRunner, query: ServiceQuery, options: { cursor?: string | null; limit?: number }): Promise<Page<ListItem>> {
  // The keyset is the list position of the last item seen.
  const after = decodeCursor(options.cursor, 1)?.[0] ?? null;
  if (after !== null && typeof after !== 'number') throw invalidCursor();
  const { limit, fetch } = keysetLimit(options.limit);
  const where = filters(query);
  const cte = wantedTerms(where.terms);
  const keyset = after === null ? '' : ' AND i.position > ?';
  const rows = await db.all<ItemRow>(
    `${cte.sql}SELECT i.id, i.kind, i.position, i.name, i.description, i.area_id, i.area_name, i.status, i.posted_at, i.details
     FROM service_items i WHERE ${where.sql}${keyset} ORDER BY i.position LIMIT ?`,
    [...cte.params, ...where.params, ...(after === null ? [] : [after]), fetch],
  );
  const counted = await db.get<{ total: number }>(`${cte.sql}SELECT COUNT(*) AS total FROM service_items i WHERE ${where.sql}`, [...cte.params, ...where.params]);
  const page = keysetPage(rows, limit, (row) => [row.position], (row) => row, Number(counted?.total ?? 0));
  return { ...page, items: await loadItems(db, page.items) };
}

function invalidCursor(): AdapterError {
  return new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
}

/** One item of a list, or undefined. */
export async function findItem(db: SqlRunner, kinds: readonly ListItem['kind'][], id: string): Promise<ListItem | undefined> {
  const rows = await db.all<ItemRow>(
    `SELECT id, kind, position, name, description, area_id, area_name, status, posted_at, details FROM service_items WHERE id = ? AND kind IN (${placeholders(kinds.length)})`,
    [id, ...kinds],
  );
  return (await loadItems(db, rows))[0];
}
