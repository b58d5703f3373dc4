import type { Page } from '../../domain/common.js';
import { AdapterError } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Cursors are opaque to callers; here they wrap an offset so a tampered cursor is detected. */
export function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  let text: string;
  try {
    text = atob(cursor);
  } catch {
    throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
  }
  const match = /^o:(\d+)$/.exec(text);
  if (!match) throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
  return Number(match[1]);
}

/** The page size to use for a requested limit: a default when absent or not a number, capped. */
export function pageLimit(limit: number | undefined): number {
  const requested = Number.isFinite(limit) ? Math.floor(limit!) : DEFAULT_PAGE_SIZE;
  return Math.max(1, Math.min(MAX_PAGE_SIZE, requested));
}

/** One page of an already filtered and sorted list. */
export function paginate<T>(items: readonly T[], options: { cursor?: string | null; limit?: number } = {}): Page<T> {
  const offset = decodeCursor(options.cursor);
  const limit = pageLimit(options.limit);
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end) : null,
    total: items.length,
  };
}

/** Case- and width-insensitive text match for search boxes. */
export function matchesText(haystack: string, needle: string | undefined): boolean {
  if (!needle) return true;
  const n = needle.trim().toLowerCase();
  return n === '' || haystack.toLowerCase().includes(n);
}
