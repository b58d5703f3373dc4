import { AdapterError } from '../../../../src/adapters/errors.js';
import type { SqlValue } from '../db.js';
import { decodeCursor } from '../keyset.js';

/** Where a page starts: after the row with this sort key and id. */
export type OrgKey = readonly [sortKey: number, id: string];

/** The key of a cursor we issued (a number and a string), null for the first page; anything else is a validation error. */
export function cursorKey(cursor: string | null | undefined): OrgKey | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [sortKey, id] = key;
  if (typeof sortKey !== 'number' || !Number.isSafeInteger(sortKey) || typeof id !== 'string') {
    throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
  }
  return [sortKey, id];
}

/** `AND (<columns>) > (?, ?)` for the rows after `key`, or nothing for the first page. */
export function afterKey(columns: string, key: OrgKey | null): { sql: string; params: SqlValue[] } {
  return key ? { sql: ` AND (${columns}) > (?, ?)`, params: [key[0], key[1]] } : { sql: '', params: [] };
}

/** The same, straight from a cursor. */
export function afterCursor(columns: string, cursor: string | null | undefined): { sql: string; params: SqlValue[] } {
  return afterKey(columns, cursorKey(cursor));
}
