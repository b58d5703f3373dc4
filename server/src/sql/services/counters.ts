import type { SqlRunner } from '../db.js';

/**
 * The next number of a sequence (`FW-20261127`, `receipt`, `demand`), in the caller's transaction:
 * one upsert, so concurrent writers each get their own number and a rollback gives it back.
 */
export async function nextNumber(tx: SqlRunner, name: string): Promise<number> {
  const row = await tx.get<{ value: number }>(
    'INSERT INTO service_counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = service_counters.value + 1 RETURNING value',
    [name],
  );
  return Number(row!.value);
}
