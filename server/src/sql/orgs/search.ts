import type { SqlRunner } from '../db.js';
import { afterKey, type OrgKey } from './cursor.js';

/** `LIKE` matches `%` and `_` in what was typed literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

const MATCHING_NAMES = `SELECT id FROM org_names WHERE name_lower LIKE ? ESCAPE '!'`;
/** Rows read in display order per step at most, when hits are many. */
const MAX_STEP = 5000;

export interface Matches {
  /** Organisations whose name contains the pattern. */
  total: number;
  /** Organisations. */
  everything: number;
  /** The sort key of the first hit (null without hits). */
  first: number | null;
}

/** One pass over the distinct names (thousands, where organisations are a hundred thousand). */
export async function countMatches(db: SqlRunner, pattern: string): Promise<Matches> {
  return (await db.get<Matches>(
    `SELECT COALESCE(SUM(CASE WHEN name_lower LIKE ? ESCAPE '!' THEN org_count ELSE 0 END), 0) AS total,
            COALESCE(SUM(org_count), 0) AS everything,
            MIN(CASE WHEN name_lower LIKE ? ESCAPE '!' THEN first_sort_key END) AS first
       FROM org_names`,
    [pattern, pattern],
  ))!;
}

/**
 * The keys of the first `fetch` hits after `after`, in display order, read from an index only.
 * Few hits (total² ≤ fetch × everything): all of them by name, sorted, about `total` index entries.
 * Many: the display order walked from the first hit in steps sized by the hits' density (about
 * fetch × everything / total entries), each step one ordered read with LIMIT, which no planner
 * turns into "join every hit, then sort" (PostgreSQL does that to a one-query form, not knowing
 * how many names match: 330 ms for a common word at 100,000 organisations).
 */
export async function hitKeys(
  db: SqlRunner,
  pattern: string,
  after: OrgKey | null,
  fetch: number,
  counts: Matches,
): Promise<OrgKey[]> {
  const toKey = (r: { sort_key: number; id: string }): OrgKey => [r.sort_key, r.id];
  if (counts.total * counts.total <= fetch * counts.everything) {
    const page = afterKey('sort_key, id', after);
    const rows = await db.all<{ sort_key: number; id: string }>(
      `SELECT sort_key, id FROM organisations WHERE name_id IN (${MATCHING_NAMES})${page.sql} ORDER BY sort_key, id LIMIT ?`,
      [pattern, ...page.params, fetch],
    );
    return rows.map(toKey);
  }
  const hits: OrgKey[] = [];
  let from = after;
  let step = Math.min(MAX_STEP, Math.ceil((2 * fetch * counts.everything) / counts.total));
  for (;;) {
    const page = afterKey('sort_key, id', from);
    const rows = await db.all<{ sort_key: number; id: string; hit: number | boolean }>(
      `SELECT sort_key, id, CASE WHEN name_id IN (${MATCHING_NAMES}) THEN 1 ELSE 0 END AS hit
         FROM organisations WHERE sort_key >= ?${page.sql} ORDER BY sort_key, id LIMIT ?`,
      [pattern, counts.first ?? 0, ...page.params, step],
    );
    for (const row of rows) {
      if (Number(row.hit) === 1) hits.push(toKey(row));
      if (hits.length === fetch) return hits;
    }
    if (rows.length < step) return hits;
    from = toKey(rows[rows.length - 1]!);
    step = Math.min(MAX_STEP, step * 2);
  }
}
