import { AdapterError } from '../../../src/adapters/errors.js';
import { pageLimit } from '../../../src/adapters/memory/paging.js';
import type { Page } from '../../../src/domain/common.js';

/** What a keyset cursor holds: the sort key of the last row a page returned. */
export type CursorKey = ReadonlyArray<string | number>;

/**
 * Keyset paging (no OFFSET): a page asks for `limit + 1` rows after the cursor's key; the extra row
 * only says whether there is a next page, whose cursor is the last returned row's key. The cursor is
 * opaque to callers (base64url JSON); one we did not issue is a validation error, as the contract says.
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key of `cursor`, which must have `length` strings or numbers; null for the first page. */
export function decodeCursor(cursor: string | null | undefined, length: number): CursorKey | null {
  if (!cursor) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const ok = Array.isArray(key) && key.length === length && key.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!ok) throw invalidCursor();
  return key as CursorKey;
}

function invalidCursor(): AdapterError {
  return new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
}

/** The page size for a requested limit (the memory adapter's default and cap) and how many rows to fetch. */
export function keysetLimit(limit: number | undefined): { limit: number; fetch: number } {
  const size = pageLimit(limit);
  return { limit: size, fetch: size + 1 };
}

/** A page from `limit + 1` fetched rows: the first `limit`, and a cursor at the last of them when more follow. */
export function keysetPage<R, T>(rows: readonly R[], limit: number, key: (row: R) => CursorKey, item: (row: R) => T, total: number): Page<T> {
  const shown = rows.slice(0, limit);
  return {
    items: shown.map(item),
    nextCursor: rows.length > limit && shown.length > 0 ? encodeCursor(key(shown[shown.length - 1]!)) : null,
    total,
  };
}
