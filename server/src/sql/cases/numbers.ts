import { referenceNumber, shanghaiDay } from '../../../../src/adapters/memory/world/seed-clock.js';
import type { SqlRunner } from '../db.js';

export const CASE_ID_COUNTER = 'case-id';

/** The counter of public numbers of one city day (`20261127`). */
export const dayCounter = (day: string): string => `GC-${day}`;

/**
 * The next value of a counter, claimed inside the caller's transaction: concurrent writers queue on
 * the counter's row instead of reading the same maximum.
 */
async function next(tx: SqlRunner, name: string): Promise<number> {
  const row = await tx.get<{ n: number }>(
    'INSERT INTO case_counters (name, n) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET n = case_counters.n + 1 RETURNING n',
    [name],
  );
  return Number(row!.n);
}

/** A new case's id and public number (`case-0401`, `GC-20261127-0042`), as the memory adapter numbers them. */
export async function nextCaseNumbers(tx: SqlRunner, now: Date): Promise<{ id: string; publicNumber: string }> {
  const n = await next(tx, CASE_ID_COUNTER);
  const sequence = await next(tx, dayCounter(shanghaiDay(now)));
  return { id: `case-${String(n).padStart(4, '0')}`, publicNumber: referenceNumber('GC', now, sequence) };
}
