import Database from 'better-sqlite3';
import type { Db, Dialect, Row, SqlRunner, SqlValue } from './db.js';

const SQLITE: Dialect = { name: 'sqlite', forUpdate: '' };

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection['prepare']>;

/** How many prepared statements a connection keeps: every fixed query, and the recent ones built from filters. */
const STATEMENT_CACHE = 500;

/** A connection's statements, prepared once each; the least recently used goes when the cache is full. */
function runnerFor(connection: Connection): SqlRunner {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = connection.prepare(sql);
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  return {
    dialect: SQLITE,
    all: async <T = Row>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    get: async <T = Row>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => {
      const statement = prepare(sql);
      // A write with RETURNING is a reader in better-sqlite3's terms: step it through all the same.
      if (statement.reader) return { changes: statement.all(...params).length };
      return { changes: statement.run(...params).changes };
    },
    exec: async (script: string) => void connection.exec(script),
  };
}

/** At most this many transactions share one commit, so the first of them waits for little. */
const MAX_GROUP = 64;

interface Pending {
  work: (tx: SqlRunner) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * SQLite through better-sqlite3, in WAL mode. SQLite has one writer at a time, so transactions take
 * turns on the write connection (each holds it only while its statements run: better-sqlite3 is
 * synchronous, so nothing else waits on I/O meanwhile); reads outside a transaction use a second
 * connection and see only committed data. `synchronous = NORMAL` in WAL keeps every commit across a
 * killed process (only a power cut may lose the last ones).
 *
 * Group commit: the transactions waiting their turn run one after another inside one SQLite
 * transaction, each in its own SAVEPOINT (rolled back alone when it throws), and share one COMMIT.
 * Each resolves only after that COMMIT, so nothing is acknowledged before it is durable; under load
 * the cost of a commit is paid once per group instead of once per write.
 */
export function openSqlite(file: string): Db {
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = NORMAL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  // `:memory:` is one database per connection, so a throwaway server reads through its writer.
  const reader = file === ':memory:' ? writer : new Database(file, { readonly: false });
  if (reader !== writer) {
    reader.pragma('busy_timeout = 5000');
    reader.pragma('query_only = ON');
  }
  const write = runnerFor(writer);
  const read = runnerFor(reader);
  const waiting: Pending[] = [];
  // Set and cleared synchronously (not when a promise settles), so a transaction queued by a continuation of the
  // last group never finds a drain that has already left its loop.
  let running = false;
  let drained: Promise<void> = Promise.resolve();

  /** Runs the waiting transactions, a group per COMMIT, until none is left. */
  const drain = async () => {
    running = true;
    try {
      while (waiting.length > 0) await runGroup(waiting.splice(0, MAX_GROUP));
    } finally {
      running = false;
    }
  };

  /** One SQLite transaction for the group; each member in a savepoint; every member settles after the COMMIT. */
  const runGroup = async (group: Pending[]) => {
    const outcomes: Array<() => void> = [];
    // When the group's transaction itself fails, the members up to here fail with it (none was acknowledged) and
    // the rest run again in the next group.
    let failedAt = group.length - 1;
    try {
      writer.exec('BEGIN IMMEDIATE');
      for (const [i, pending] of group.entries()) {
        failedAt = i;
        try {
          writer.exec('SAVEPOINT tx');
          const result = await pending.work(write);
          writer.exec('RELEASE tx');
          outcomes.push(() => pending.resolve(result));
        } catch (e) {
          // SQLite may have rolled the whole transaction back (a full disk, say), the group's earlier writes with it.
          if (!writer.inTransaction) throw e;
          writer.exec('ROLLBACK TO tx');
          writer.exec('RELEASE tx');
          outcomes.push(() => pending.reject(e));
        }
      }
      failedAt = group.length - 1;
      writer.exec('COMMIT');
    } catch (e) {
      try {
        if (writer.inTransaction) writer.exec('ROLLBACK');
      } catch {
        // The connection is past saving; each member still gets its answer below.
      }
      for (const pending of group.slice(0, failedAt + 1)) pending.reject(e);
      waiting.unshift(...group.slice(failedAt + 1));
      return;
    }
    for (const settle of outcomes) settle();
  };

  const transaction = <T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // Start on the next turn of the event loop, so the requests that arrived in this one share the commit.
      if (!running) {
        running = true;
        drained = new Promise<void>((started) => setImmediate(() => started(drain())));
      }
    });

  return {
    dialect: SQLITE,
    all: (sql, params) => read.all(sql, params),
    get: (sql, params) => read.get(sql, params),
    // A lone write takes its turn like any transaction, so it never lands inside another's.
    run: (sql, params) => transaction((tx) => tx.run(sql, params)),
    transaction,
    exec: (script) => transaction((tx) => tx.exec(script)),
    close: async () => {
      await drained;
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
