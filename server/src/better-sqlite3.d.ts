// The little of better-sqlite3's API the reference server uses (the package ships no types).
declare module 'better-sqlite3' {
  interface RunResult {
    changes: number;
    lastInsertRowid: number | bigint;
  }
  interface Statement {
    run(...params: unknown[]): RunResult;
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
    /** Whether the statement returns rows (a SELECT, or a write with RETURNING). */
    readonly reader: boolean;
  }
  interface Database {
    prepare(sql: string): Statement;
    exec(sql: string): Database;
    pragma(source: string): unknown;
    transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
    close(): void;
    readonly inTransaction: boolean;
  }
  interface DatabaseConstructor {
    new (filename: string, options?: Record<string, unknown>): Database;
  }
  const Database: DatabaseConstructor;
  export default Database;
  export type { Database, Statement };
}
