import { AdapterError, type ExistingResource } from '../../../src/adapters/errors.js';
import { stableStringify } from '../../../src/adapters/memory/idempotency.js';
import type { SqlContext } from './context.js';
import type { SqlRunner } from './db.js';

/**
 * One write, once per key: in one transaction, claim (operation, key) in `idempotency_keys`, run
 * `write`, store its result. The same key and body later (or concurrently: the unique key makes the
 * second transaction wait for the first) returns the stored result and tells `ctx.replayed()`; the same key with another body
 * is a conflict naming what the first created. The claim and the write commit together, so a crash
 * leaves neither, and a retry after an acknowledged write is always a replay.
 */
export async function idempotent<T>(
  ctx: SqlContext,
  operation: string,
  key: string,
  body: unknown,
  write: (tx: SqlRunner) => Promise<T>,
  existing?: (first: T) => ExistingResource | undefined,
): Promise<T> {
  // The caller is part of the request: another person's same body with the same key is not a replay.
  const fingerprint = stableStringify({ body, user: ctx.session.userId });
  const { result, replayed } = await ctx.db.transaction(async (tx) => {
    const claimed = await tx.run(
      'INSERT INTO idempotency_keys (operation, key, fingerprint, result, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (operation, key) DO NOTHING',
      [operation, key, fingerprint, '', new Date().toISOString()],
    );
    if (claimed.changes === 0) {
      const seen = await tx.get<{ fingerprint: string; result: string }>(
        'SELECT fingerprint, result FROM idempotency_keys WHERE operation = ? AND key = ?',
        [operation, key],
      );
      const first = JSON.parse(seen!.result) as T;
      if (seen!.fingerprint !== fingerprint) {
        throw new AdapterError('conflict', `Idempotency key ${key} was already used for a different ${operation}`, { existing: existing?.(first) });
      }
      return { result: first, replayed: true };
    }
    const result = await write(tx);
    await tx.run('UPDATE idempotency_keys SET result = ? WHERE operation = ? AND key = ?', [JSON.stringify(result), operation, key]);
    return { result, replayed: false };
  });
  if (replayed) ctx.replayed();
  return result;
}
