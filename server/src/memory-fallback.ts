import { AdapterError } from '../../src/adapters/errors.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { OperationId } from '../../src/adapters/rest/routes.js';
import type { Session } from '../../src/domain/session.js';
import { openDatabase, type Database } from './db.js';
import { HANDLERS, type HandlerInput } from './handlers.js';
import { IdempotencyKeys, existingCase, fingerprint } from './idempotency.js';
import { SerialQueue } from './queue.js';
import type { SeedInput } from './sql/context.js';
import { SqliteStorage } from './sqlite-storage.js';

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/**
 * TRANSITIONAL, until every group is in SQL (sql/engine.ts): the groups not yet registered there are
 * served as before, by the memory adapter behind one serial queue (it holds one "current session"),
 * its state dumped into `legacy_*` SQLite tables, with `Idempotency-Key` replay at the HTTP layer.
 */
export class MemoryFallback {
  private readonly db: Database;
  readonly engine: MemoryAdapter;
  private readonly keys: IdempotencyKeys;
  private readonly queue = new SerialQueue();

  /** `file`: a SQLite file of its own (beside the server's, never the same: two writers would wait on each other), or `:memory:`. */
  constructor(file: string, input: SeedInput) {
    this.db = openDatabase(file);
    this.engine = createMemoryAdapter({
      seed: input.seed,
      sizes: input.sizes,
      session: 'anonymous',
      persist: { storage: new SqliteStorage(this.db, input.epoch), key: 'state' },
    });
    this.keys = new IdempotencyKeys(this.db);
  }

  run(op: OperationId, operation: string, idempotent: boolean, session: Session, input: HandlerInput): Promise<Reply> {
    return this.queue.run(async () => {
      const { key } = input;
      const print = fingerprint({ body: input.body, user: session.userId });
      if (key && idempotent) {
        const seen = this.keys.lookup(operation, key, print);
        if (seen && 'conflict' in seen) {
          // A report edited after a lost answer: name the case this key already created, so the client can find it.
          const existing = op === 'cases.submit' ? existingCase(seen.conflict) : undefined;
          throw new AdapterError('conflict', `Idempotency-Key ${key} was already used with a different request`, { existing });
        }
        if (seen) return { ...seen.replay, headers: { 'Idempotent-Replayed': 'true' } };
      }
      this.engine.control.setSession(session);
      const result = await HANDLERS[op](this.engine, input);
      this.engine.control.flush();
      const reply = { status: 200, body: JSON.stringify(result) };
      if (key && idempotent) this.keys.store(operation, key, print, reply);
      return reply;
    });
  }

  close(): void {
    this.db.close();
  }
}
