import type { SqlRunner } from '../db.js';

/**
 * The next value of a named counter (rows, hour logs, reference numbers per day), in the caller's
 * transaction: one atomic upsert, so two concurrent writers never get the same number.
 */
export async function nextCounter(tx: SqlRunner, name: string): Promise<number> {
  const row = await tx.get<{ value: number }>(
    'INSERT INTO volunteer_counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = volunteer_counters.value + 1 RETURNING value',
    [name],
  );
  return Number(row!.value);
}

export async function counter(db: SqlRunner, name: string): Promise<number> {
  const row = await db.get<{ value: number }>('SELECT value FROM volunteer_counters WHERE name = ?', [name]);
  return Number(row?.value ?? 0);
}
