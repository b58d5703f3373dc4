import { AdapterError } from '../../../../src/adapters/errors.js';
import type { SqlValue } from '../db.js';
import { decodeCursor } from '../keyset.js';

/**
 * `AND (<columns>) > (?, ?)` for a page after the cursor's (sort key, id), or nothing for the first
 * page. The key must be a number and a string: anything else is a cursor we did not issue.
 */
export function afterCursor(columns: string, cursor: string | null | undefined): { sql: string; params: SqlValue[] } {
  const key = decodeCursor(cursor, 2);
  if (!key) return { sql: '', params: [] };
  const [sortKey, id] = key;
  if (typeof sortKey !== 'number' || !Number.isSafeInteger(sortKey) || typeof id !== 'string') {
    throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
  }
  return { sql: ` AND (${columns}) > (?, ?)`, params: [sortKey, id] };
}
