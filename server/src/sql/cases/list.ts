import { AdapterError } from '../../../../src/adapters/errors.js';
import type { CaseSort } from '../../../../src/domain/cases.js';
import type { SqlRunner, SqlValue } from '../db.js';
import { decodeCursor, encodeCursor, keysetLimit, type CursorKey } from '../keyset.js';
import type { Where } from './filters.js';
import type { CaseRow } from './view.js';

/** One ordered run of rows: its ORDER BY, the keyset condition after a key, and a row's key. */
interface Segment {
  where?: string;
  order: string;
  after: string;
  key: (row: CaseRow) => CursorKey;
}

const NEWEST: Segment = { order: 'c.created_at DESC, c.id DESC', after: '(c.created_at, c.id) < (?, ?)', key: (r) => [r.created_at, r.id] };
const FOLLOWERS: Segment = {
  order: 'c.followers DESC, c.created_at DESC, c.id DESC',
  after: '(c.followers, c.created_at, c.id) < (?, ?, ?)',
  key: (r) => [r.followers, r.created_at, r.id],
};
/** `due` is two runs (`compareCases`): open cases by due date, then settled ones, the latest updated first. */
const OPEN: Segment = { where: 'c.settled = 0', order: 'c.due_at, c.id', after: '(c.due_at, c.id) > (?, ?)', key: (r) => [0, r.due_at, r.id] };
const SETTLED: Segment = { where: 'c.settled = 1', order: 'c.updated_at DESC, c.id DESC', after: '(c.updated_at, c.id) < (?, ?)', key: (r) => [1, r.updated_at, r.id] };

async function fetchSegment(db: SqlRunner, filter: Where, segment: Segment, after: readonly SqlValue[] | null, count: number): Promise<CaseRow[]> {
  const conditions = [filter.sql, ...(segment.where ? [segment.where] : []), ...(after ? [segment.after] : [])];
  return db.all<CaseRow>(
    `SELECT c.* FROM cases c WHERE ${conditions.map((s) => `(${s})`).join(' AND ')} ORDER BY ${segment.order} LIMIT ?`,
    [...filter.params, ...(after ?? []), count],
  );
}

/**
 * One keyset page of the filtered cases in `sort` order (no OFFSET), the total by COUNT of `counted`
 * (the same filter as a COUNT reads it best), or the total itself when the caller knows it.
 */
export async function listPage(
  db: SqlRunner,
  filter: Where,
  counted: Where | number,
  sort: CaseSort,
  options: { cursor?: string | null; limit?: number },
): Promise<{ rows: CaseRow[]; nextCursor: string | null; total: number }> {
  const { limit, fetch } = keysetLimit(options.limit);
  let rows: CaseRow[];
  let keyOf: (row: CaseRow) => CursorKey;
  if (sort === 'due') {
    const key = decodeCursor(options.cursor, 3);
    if (key && key[0] !== 0 && key[0] !== 1) throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
    rows = key?.[0] === 1 ? [] : await fetchSegment(db, filter, OPEN, key ? key.slice(1) : null, fetch);
    if (rows.length < fetch) rows.push(...(await fetchSegment(db, filter, SETTLED, key?.[0] === 1 ? key.slice(1) : null, fetch - rows.length)));
    keyOf = (r) => (r.settled ? SETTLED : OPEN).key(r);
  } else {
    const segment = sort === 'followers' ? FOLLOWERS : NEWEST;
    const key = decodeCursor(options.cursor, sort === 'followers' ? 3 : 2);
    rows = await fetchSegment(db, filter, segment, key, fetch);
    keyOf = segment.key;
  }
  const total = typeof counted === 'number' ? { n: counted } : await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM cases c WHERE ${counted.sql}`, counted.params);
  const shown = rows.slice(0, limit);
  return {
    rows: shown,
    nextCursor: rows.length > limit ? encodeCursor(keyOf(shown[shown.length - 1]!)) : null,
    total: Number(total?.n ?? 0),
  };
}
