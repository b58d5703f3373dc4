import Database from 'better-sqlite3';
import type { Db, Dialect, Row, SqlRunner, SqlValue } from './db.js';

const SQLITE: Dialect = { name: 'sqlite', forUpdate: '' };

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection['prepare']>;

/** A connection's statements, prepared once each. */
function runnerFor(connection: Connection): SqlRunner {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = connection.prepare(sql)));
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

/**
 * SQLite through better-sqlite3, in WAL mode. SQLite has one writer at a time, so transactions take
 * turns on the write connection (each holds it only while its statements run: better-sqlite3 is
 * synchronous, so nothing else waits on I/O meanwhile); reads outside a transaction use a second
 * connection and see only committed data. `synchronous = NORMAL` in WAL keeps every commit across a
 * killed process (only a power cut may lose the last ones).
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
  let turn: Promise<unknown> = Promise.resolve();

  const transaction = <T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    const mine = turn.then(async () => {
      writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(write);
        writer.exec('COMMIT');
        return result;
      } catch (e) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw e;
      }
    });
    turn = mine.catch(() => undefined);
    return mine;
  };

  return {
    dialect: SQLITE,
    all: (sql, params) => read.all(sql, params),
    get: (sql, params) => read.get(sql, params),
    // A lone write takes its turn like any transaction, so it never lands inside another's.
    run: (sql, params) => transaction((tx) => tx.run(sql, params)),
    transaction,
    exec: (script) => transaction((tx) => tx.exec(script)),
    close: async () => {
      await turn;
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
