import type { SqlRunner, SqlValue } from '../db.js';

/** At most this many rows per INSERT (and well under either engine's limit on placeholders). */
export const BATCH_ROWS = 500;

/** Buffers rows for one table and writes them as multi-row INSERTs of up to BATCH_ROWS rows. */
export class BatchInsert {
  private rows: SqlValue[][] = [];
  private readonly row: string;

  constructor(
    private readonly tx: SqlRunner,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.row = `(${columns.map(() => '?').join(', ')})`;
  }

  async add(values: SqlValue[]): Promise<void> {
    this.rows.push(values);
    if (this.rows.length >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    await this.tx.run(
      `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${rows.map(() => this.row).join(', ')}`,
      rows.flat(),
    );
  }
}
