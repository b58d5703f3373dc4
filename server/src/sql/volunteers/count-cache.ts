import type { SqlRunner } from '../db.js';
import { counter } from './counters.js';
import type { Where } from './query.js';

/**
 * Totals of volunteer filters, per process, keyed by the count statement and the row counter. Rows are never
 * deleted and a row's filtered columns (area, skills, availability, party, name and phone terms) never change, so
 * without a team filter a total changes only with a new row, which bumps the counter; team membership changes
 * without one (a known volunteer joining another team), so team filters are always counted. Saves recounting
 * the same filter for each next page (a district with a time of availability: ~30 ms of row look-ups).
 */
const MAX_ENTRIES = 1_000;
/** Per database handle: two databases (tests, benches) may hold the same row count and different rows. */
const byDb = new WeakMap<SqlRunner, Map<string, number>>();

export async function cachedCount(db: SqlRunner, counting: Where, rows: number, cacheable: boolean): Promise<number> {
  const count = async () => Number((await db.get<{ n: number }>(counting.sql, counting.params))!.n);
  if (!cacheable) return count();
  let totals = byDb.get(db);
  if (!totals) byDb.set(db, (totals = new Map()));
  const key = `${rows}\u0000${counting.sql}\u0000${JSON.stringify(counting.params)}`;
  const hit = totals.get(key);
  if (hit !== undefined) return hit;
  const n = await count();
  // Kept only when no row was added meanwhile (a join between the two reads), so the key's counter is the total's.
  if ((await counter(db, 'rows')) === rows) {
    if (totals.size >= MAX_ENTRIES) totals.clear();
    totals.set(key, n);
  }
  return n;
}
