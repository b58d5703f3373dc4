/**
 * The one database interface the reference server's SQL code is written against. Two drivers
 * implement it: SQLite (better-sqlite3, the embedded default) and PostgreSQL (`pg`, when
 * `DATABASE_URL` is set). The SQL is written once: `?` placeholders (the PostgreSQL driver
 * numbers them), portable types (TEXT, INTEGER, DOUBLE PRECISION; booleans as 0/1; JSON as TEXT),
 * `ON CONFLICT … DO NOTHING / DO UPDATE` and `RETURNING`; the few real differences go through
 * `Dialect`.
 */

/** What a placeholder can be bound to. */
export type SqlValue = string | number | null;

export type Row = Record<string, unknown>;

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** Appended to a SELECT that reads rows the transaction will then change (`FOR UPDATE` on PostgreSQL, nothing on SQLite, whose writers are serialised). */
  readonly forUpdate: string;
}

/** Runs statements: the database outside a transaction, or one transaction. */
export interface SqlRunner {
  readonly dialect: Dialect;
  /** Every row of a query (or of a write with RETURNING). Numbers come back as numbers on both engines. */
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A write; how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** Several statements separated by `;`, no parameters (migrations); inside a transaction, part of it. */
  exec(script: string): Promise<void>;
}

export interface Db extends SqlRunner {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back (nothing half-written)
   * when it throws. A PostgreSQL serialisation failure or deadlock is retried a few times.
   * Never nest: pass the `tx` runner down instead.
   */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where `IN (…)` needs one placeholder per value. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/**
 * Inserts many rows with multi-row `INSERT … VALUES (…), (…)` statements, a few hundred rows each
 * (one round trip per batch on PostgreSQL; under both engines' parameter limits). For seeding.
 */
export async function insertMany(
  tx: SqlRunner,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly SqlValue[]>,
): Promise<void> {
  const perBatch = Math.max(1, Math.floor(30_000 / columns.length));
  const tuple = `(${placeholders(columns.length)})`;
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    await tx.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}`,
      batch.flat(),
    );
  }
}
