import { AdapterError } from '../../../../src/adapters/errors.js';
import type { VolunteerSort } from '../../../../src/domain/volunteers.js';

/**
 * Keyset cursors: the sort and the last row's sort key, so the next page starts after that row
 * whatever was added or changed meanwhile (no OFFSET). Opaque to callers; a tampered one is a
 * `validation` error on `cursor`, as the memory adapter's are.
 */
export type SortKey = readonly number[];

export function encodeKeyset(sort: VolunteerSort, key: SortKey): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');
}

export function decodeKeyset(cursor: string | null | undefined, sort: VolunteerSort, length: number): SortKey | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const { s, k } = (parsed ?? {}) as { s?: unknown; k?: unknown };
  if (s !== sort || !Array.isArray(k) || k.length !== length || !k.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
  }
  return k as number[];
}
