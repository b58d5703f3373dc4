import { compareNames } from '../../../../src/adapters/memory/world/volunteer-order.js';
import type { SqlRunner } from '../db.js';
import { counter } from './counters.js';

/**
 * The name rank of a volunteer who joined: as the memory adapter's overlay order has it, just before
 * the first seeded name that does not sort before theirs (rank p - 0.5). Seeded ranks are 0 … count - 1,
 * so a binary search reads one seeded row per step through the name index.
 */
export async function joinedNameRank(tx: SqlRunner, name: string): Promise<number> {
  let lo = 0;
  let hi = await counter(tx, 'seeded');
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const row = await tx.get<{ name: string }>('SELECT name FROM volunteers WHERE name_rank = ?', [mid]);
    if (compareNames(row!.name, name) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo - 0.5;
}
