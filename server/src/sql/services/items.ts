import type { ListItem } from '../../../../src/domain/services.js';
import { placeholders, type SqlRunner, type SqlValue } from '../db.js';

export const ITEM_COLUMNS = ['id', 'kind', 'position', 'area_id', 'branch_id', 'search_text', 'status', 'posted_at', 'document'] as const;

/** What a list query reads of an item: its place in the list and the item itself. */
export interface ItemRow {
  id: string;
  position: number;
  document: string;
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

/** The top-level term above `termId` (itself when it is one; null when unknown), as the memory statistics count. */
export function branchOf(parentOf: ReadonlyMap<string, string | null>, termId: string | undefined): string | null {
  let id = termId;
  for (let parent = id === undefined ? undefined : parentOf.get(id); parent; parent = parentOf.get(parent)) id = parent;
  return id !== undefined && parentOf.has(id) ? id : null;
}

/** An item's row, in ITEM_COLUMNS order: the columns the filters read, and the item as the contract returns it. */
export function itemValues(item: ListItem, position: number, parentOf: ReadonlyMap<string, string | null>): SqlValue[] {
  const status = 'status' in item ? item.status : null;
  const postedAt = item.kind === 'demand' ? item.postedAt : null;
  return [item.id, item.kind, position, item.areaId, branchOf(parentOf, item.termIds[0]), searchText(item), status, postedAt, JSON.stringify(item)];
}

/** Each term's parent, from the taxonomy table. */
export async function termParents(db: SqlRunner): Promise<Map<string, string | null>> {
  const rows = await db.all<{ id: string; parent_id: string | null }>('SELECT id, parent_id FROM service_terms');
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** The item's area and every area above it, for `service_item_areas` (`path` from the root down). */
export function areaRows(itemId: string, path: readonly string[]): SqlValue[][] {
  return path.map((areaId) => [areaId, itemId]);
}

/** Rows back into contract items. */
export function loadItems(rows: readonly ItemRow[]): ListItem[] {
  return rows.map((row) => JSON.parse(row.document) as ListItem);
}

/** Writes one item with its tags, audiences and areas (a posted demand; the seed uses `insertMany`). */
export async function insertItem(tx: SqlRunner, item: ListItem, position: number, path: readonly string[]): Promise<void> {
  const values = itemValues(item, position, await termParents(tx));
  await tx.run(`INSERT INTO service_items (${ITEM_COLUMNS.join(', ')}) VALUES (${placeholders(ITEM_COLUMNS.length)})`, values);
  for (const [i, termId] of item.termIds.entries()) {
    await tx.run('INSERT INTO service_item_terms (item_id, position, term_id) VALUES (?, ?, ?)', [item.id, i, termId]);
  }
  for (const [i, audience] of item.audiences.entries()) {
    await tx.run('INSERT INTO service_item_audiences (item_id, position, audience) VALUES (?, ?, ?)', [item.id, i, audience]);
  }
  for (const row of areaRows(item.id, path)) await tx.run('INSERT INTO service_item_areas (area_id, item_id) VALUES (?, ?)', row);
}
