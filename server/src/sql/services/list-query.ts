import { AdapterError } from '../../../../src/adapters/errors.js';
import type { Page } from '../../../../src/domain/common.js';
import type { ListItem, ServiceQuery } from '../../../../src/domain/services.js';
import { placeholders, type SqlRunner, type SqlValue } from '../db.js';
import { decodeCursor, keysetLimit, keysetPage } from '../keyset.js';
import { likeContains } from '../areas/api.js';
import { loadItems, termParents, type ItemRow } from './items.js';

/**
 * The WHERE clause of a list query (items aliased `i`), each filter a set of ids from its join table's
 * index. Tags match the terms asked for or any below them; an item for `everyone` matches every audience (the memory adapter's rule); an area matches
 * itself and everything below it through `service_item_areas`.
 */
function filters(query: ServiceQuery, terms: readonly string[]): { sql: string; params: SqlValue[] } {
  const where = ['i.kind = ?'];
  const params: SqlValue[] = [query.kind];
  if (terms.length) {
    where.push(`i.id IN (SELECT item_id FROM service_item_terms WHERE term_id IN (${placeholders(terms.length)}))`);
    params.push(...terms);
  }
  if (query.audience) {
    where.push("i.id IN (SELECT item_id FROM service_item_audiences WHERE audience IN (?, 'everyone'))");
    params.push(query.audience);
  }
  if (query.areaId) {
    where.push('i.id IN (SELECT item_id FROM service_item_areas WHERE area_id = ?)');
    params.push(query.areaId);
  }
  const needle = query.text?.trim().toLowerCase();
  if (needle) {
    where.push("i.search_text LIKE ? ESCAPE '\\'");
    params.push(likeContains(needle));
  }
  return { sql: where.join(' AND '), params };
}

/** The terms asked for and everything below them (an unknown id stands for itself, as in the memory adapter). */
function withDescendants(parentOf: ReadonlyMap<string, string | null>, termIds: readonly string[]): string[] {
  const wanted = new Set(termIds);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, parent] of parentOf) {
      if (parent !== null && wanted.has(parent) && !wanted.has(id)) {
        wanted.add(id);
        grew = true;
      }
    }
  }
  return [...wanted];
}

/** One page of a list, in its order, keyset-paged, with the total of everything the filters match. */
export async function queryItems(db: SqlRunner, query: ServiceQuery, options: { cursor?: string | null; limit?: number }): Promise<Page<ListItem>> {
  // The keyset is the list position of the last item seen.
  const after = decodeCursor(options.cursor, 1)?.[0] ?? null;
  if (after !== null && typeof after !== 'number') throw invalidCursor();
  const { limit, fetch } = keysetLimit(options.limit);
  const terms = query.termIds?.length ? withDescendants(await termParents(db), query.termIds) : [];
  const where = filters(query, terms);
  const keyset = after === null ? '' : ' AND i.position > ?';
  const rows = await db.all<ItemRow>(
    `SELECT i.id, i.position, i.document FROM service_items i WHERE ${where.sql}${keyset} ORDER BY i.position LIMIT ?`,
    [...where.params, ...(after === null ? [] : [after]), fetch],
  );
  const counted = await db.get<{ total: number }>(`SELECT COUNT(*) AS total FROM service_items i WHERE ${where.sql}`, where.params);
  const page = keysetPage(rows, limit, (row) => [row.position], (row) => row, Number(counted?.total ?? 0));
  return { ...page, items: loadItems(page.items) };
}

function invalidCursor(): AdapterError {
  return new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
}

/** One item of a list, or undefined. */
export async function findItem(db: SqlRunner, kinds: readonly ListItem['kind'][], id: string): Promise<ListItem | undefined> {
  const rows = await db.all<ItemRow>(`SELECT id, position, document FROM service_items WHERE id = ? AND kind IN (${placeholders(kinds.length)})`, [id, ...kinds]);
  return loadItems(rows)[0];
}
