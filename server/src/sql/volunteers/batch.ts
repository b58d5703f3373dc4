import type { SqlRunner, SqlValue } from '../db.js';

/** At most this many rows per INSERT (and well under either engine's limit on placeholders). */
export const BATCH_ROWS = 500;

/**
 * Buffers rows for one table and writes them as multi-row INSERTs of up to BATCH_ROWS rows. The values
 * are kept flat, in statement order, and a full batch's statement text is made once.
 */
export class BatchInsert {
  private values: SqlValue[] = [];
  private rows = 0;
  private readonly row: string;
  private fullBatch?: string;

  constructor(
    private readonly tx: SqlRunner,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.row = `(${columns.map(() => '?').join(', ')})`;
  }

  async add(values: readonly SqlValue[]): Promise<void> {
    for (const value of values) this.values.push(value);
    if (++this.rows >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows === 0) return;
    const sql = this.rows === BATCH_ROWS ? (this.fullBatch ??= this.statement(BATCH_ROWS)) : this.statement(this.rows);
    const values = this.values;
    this.values = [];
    this.rows = 0;
    await this.tx.run(sql, values);
  }

  private statement(rows: number): string {
    return `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => this.row).join(', ')}`;
  }
}
