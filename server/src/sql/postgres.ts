import pg from 'pg';
import type { Db, Dialect, Row, SqlRunner, SqlValue } from './db.js';

const POSTGRES: Dialect = { name: 'postgres', forUpdate: ' FOR UPDATE' };

/** Serialisation failure and deadlock: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

// COUNT(*) and SUM() come back as INT8 / NUMERIC, which `pg` leaves as strings: the contract wants numbers.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 || oid === NUMERIC) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * `?` → `$1, $2, …`, leaving quoted strings and identifiers alone, so the SQL is written once for
 * both engines. Cached: the same statement text is rewritten once.
 */
const numbered = new Map<string, string>();
export function numberPlaceholders(sql: string): string {
  const cached = numbered.get(sql);
  if (cached !== undefined) return cached;
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  // Statements built from filters vary: keep the cache bounded.
  if (numbered.size >= 2000) numbered.clear();
  numbered.set(sql, out);
  return out;
}

interface Queryable {
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
}

function runnerFor(client: Queryable): SqlRunner {
  const query = (sql: string, params: readonly SqlValue[] = []) => client.query(numberPlaceholders(sql), params as unknown[]);
  return {
    dialect: POSTGRES,
    all: async <T = Row>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows as T[],
    get: async <T = Row>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: readonly SqlValue[]) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    // No parameters: the simple query protocol, which takes several statements.
    exec: async (script: string) => void (await client.query(script)),
  };
}

/**
 * PostgreSQL through a `pg` pool (`DATABASE_URL=postgres://…`). Transactions run on one pooled
 * client at READ COMMITTED (row locks with `FOR UPDATE` and unique constraints do the serialising);
 * a serialisation failure or deadlock rolls back and runs the work again.
 */
export function openPostgres(url: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  // An idle client losing its connection must not crash the server; the next query gets a fresh one. After close,
  // the pool's clients are still hanging up (pool.end does not wait for that): nothing to report then.
  let closed = false;
  pool.on('error', (e) => {
    if (!closed) console.error('[server] PostgreSQL pool client error', e.message);
  });
  const direct = runnerFor(pool);

  const transaction = async <T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      // A client whose ROLLBACK failed has lost its connection: the pool drops it instead of lending it again.
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(runnerFor(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        const code = (e as { code?: string }).code;
        if (code && RETRYABLE.has(code) && attempt < ATTEMPTS) continue;
        throw e;
      } finally {
        client.release(broken);
      }
    }
  };

  return {
    dialect: POSTGRES,
    all: direct.all,
    get: direct.get,
    run: direct.run,
    transaction,
    exec: (script) => transaction((tx) => tx.exec(script)),
    close: () => {
      closed = true;
      return pool.end();
    },
  };
}
