import type { SqlRunner, SqlValue } from '../db.js';

/** Rows per INSERT: few statements for a big seed, and well under either engine's limit on placeholders. */
export const ROWS_PER_STATEMENT = 500;

/**
 * Buffers rows for one table and writes them as multi-row `INSERT … VALUES (…), (…)`, so seeding a
 * million rows is a few thousand statements (each full batch is the same SQL, prepared once).
 * `after` lists the batches whose rows these reference: they are written first (foreign keys).
 */
export class BulkInsert {
  private values: SqlValue[] = [];
  private rows = 0;
  private readonly head: string;
  private readonly tuple: string;
  /** The full batch's statement, made once: the drivers key their prepared statements by its text. */
  private readonly full: string;

  constructor(
    private readonly tx: SqlRunner,
    table: string,
    private readonly columns: readonly string[],
    private readonly after: readonly BulkInsert[] = [],
  ) {
    this.head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.tuple = `(${columns.map(() => '?').join(', ')})`;
    this.full = this.statement(ROWS_PER_STATEMENT);
  }

  private statement(rows: number): string {
    return this.head + Array.from({ length: rows }, () => this.tuple).join(', ');
  }

  async add(row: readonly SqlValue[]): Promise<void> {
    if (row.length !== this.columns.length) throw new Error(`${this.head}: ${row.length} values for ${this.columns.length} columns`);
    this.values.push(...row);
    if (++this.rows === ROWS_PER_STATEMENT) await this.flush();
  }

  async flush(): Promise<void> {
    for (const first of this.after) await first.flush();
    if (this.rows === 0) return;
    const sql = this.rows === ROWS_PER_STATEMENT ? this.full : this.statement(this.rows);
    const values = this.values;
    this.values = [];
    this.rows = 0;
    await this.tx.run(sql, values);
  }
}
