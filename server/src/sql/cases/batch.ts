import type { SqlRunner, SqlValue } from '../db.js';
import { placeholders } from '../db.js';

/** Rows per INSERT: few statements for a big seed, well under both engines' placeholder limits. */
export const BATCH_ROWS = 500;

/** Multi-row `INSERT … VALUES (…), (…)`, at most BATCH_ROWS rows a statement. */
export async function insertRows(tx: SqlRunner, table: string, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void> {
  const one = `(${placeholders(columns.length)})`;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const chunk = rows.slice(start, start + BATCH_ROWS);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => one).join(', ')}`;
    await tx.run(sql, chunk.flat());
  }
}
