import type { Audience, ListItem, ListKind } from '../../../../src/domain/services.js';
import { placeholders, type SqlRunner, type SqlValue } from '../db.js';

/** The columns every list kind shares; the rest of an item is its `details` JSON. */
const SHARED = new Set(['id', 'kind', 'name', 'description', 'areaId', 'areaName', 'termIds', 'audiences', 'status', 'postedAt']);

export const ITEM_COLUMNS = ['id', 'kind', 'position', 'name', 'description', 'area_id', 'area_name', 'search_text', 'status', 'posted_at', 'details'] as const;

export interface ItemRow {
  id: string;
  kind: ListKind;
  position: number;
  name: string;
  description: string;
  area_id: string;
  area_name: string;
  status: string | null;
  posted_at: string | null;
  details: string;
}

/** What the text filter searches, lower-cased (as the memory adapter's `matchesText` compares). */
export function searchText(item: ListItem): string {
  switch (item.kind) {
    case 'service':
    case 'resource':
      return `${item.name} ${item.description} ${item.provider.name}`.toLowerCase();
    case 'demand':
      return `${item.name} ${item.description}`.toLowerCase();
    case 'project':
      return `${item.name} ${item.description} ${item.demand.name} ${item.resource.name}`.toLowerCase();
  }
}

/** An item's row, in ITEM_COLUMNS order. */
export function itemValues(item: ListItem, position: number): SqlValue[] {
  const details = Object.fromEntries(Object.entries(item).filter(([key]) => !SHARED.has(key)));
  const status = 'status' in item ? item.status : null;
  const postedAt = item.kind === 'demand' ? item.postedAt : null;
  return [item.id, item.kind, position, item.name, item.description, item.areaId, item.areaName, searchText(item), status, postedAt, JSON.stringify(details)];
}

/** The item's area and every area above it, for `service_item_areas` (`path` from the root down). */
export function areaRows(itemId: string, path: readonly string[]): SqlValue[][] {
  return path.map((areaId) => [areaId, itemId]);
}

/** Rows back into contract items, with their tags and audiences in order (two lookups for the whole page). */
export async function loadItems(db: SqlRunner, rows: readonly ItemRow[]): Promise<ListItem[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const terms = await db.all<{ item_id: string; term_id: string }>(
    `SELECT item_id, term_id FROM service_item_terms WHERE item_id IN (${placeholders(ids.length)}) ORDER BY item_id, position`,
    ids,
  );
  const audiences = await db.all<{ item_id: string; audience: Audience }>(
    `SELECT item_id, audience FROM service_item_audiences WHERE item_id IN (${placeholders(ids.length)}) ORDER BY item_id, position`,
    ids,
  );
  const termsOf = groupBy(terms, (t) => t.item_id, (t) => t.term_id);
  const audiencesOf = groupBy(audiences, (a) => a.item_id, (a) => a.audience);
  return rows.map((row) => {
    const item: Record<string, unknown> = {
      id: row.id,
      kind: row.kind,
      name: row.name,
      description: row.description,
      areaId: row.area_id,
      areaName: row.area_name,
      termIds: termsOf.get(row.id) ?? [],
      audiences: audiencesOf.get(row.id) ?? [],
    };
    if (row.status !== null) item.status = row.status;
    if (row.posted_at !== null) item.postedAt = row.posted_at;
    return { ...item, ...(JSON.parse(row.details) as object) } as ListItem;
  });
}

function groupBy<T, V>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(value(row));
    else out.set(k, [value(row)]);
  }
  return out;
}

/** Writes one item with its tags, audiences and areas (a posted demand; the seed uses `insertMany`). */
export async function insertItem(tx: SqlRunner, item: ListItem, position: number, path: readonly string[]): Promise<void> {
  await tx.run(`INSERT INTO service_items (${ITEM_COLUMNS.join(', ')}) VALUES (${placeholders(ITEM_COLUMNS.length)})`, itemValues(item, position));
  for (const [i, termId] of item.termIds.entries()) {
    await tx.run('INSERT INTO service_item_terms (item_id, position, term_id) VALUES (?, ?, ?)', [item.id, i, termId]);
  }
  for (const [i, audience] of item.audiences.entries()) {
    await tx.run('INSERT INTO service_item_audiences (item_id, position, audience) VALUES (?, ?, ?)', [item.id, i, audience]);
  }
  for (const row of areaRows(item.id, path)) await tx.run('INSERT INTO service_item_areas (area_id, item_id) VALUES (?, ?)', row);
}
