import type { Db } from './db.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/**
 * Brings the schema up to date at start-up: every migration not yet in `schema_migrations` runs,
 * in version order, each in its own transaction with its bookkeeping row (so a failed one leaves
 * nothing and runs again next start). Returns the versions applied now.
 */
export async function migrate(db: Db, now: Date, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  if (!(await hasTable(db, 'schema_migrations')) && (await hasTable(db, 'meta'))) {
    throw new Error(
      'This database was made by an older reference server (a copy of the memory adapter\'s state, not the SQL schema). ' +
        'Move the file away (or use another --db) and the server makes and seeds a new one.',
    );
  }
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const applied: string[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version.localeCompare(b.version))) {
    if (done.has(migration.version)) continue;
    // A group's file still waiting for its tables is not recorded, so its DDL runs once it lands.
    if (migration.sql.trim() === '') continue;
    const ran = await db.transaction(async (tx) => {
      // Two servers starting on one new database: the second waits on this row and then finds it taken.
      const claimed = await tx.run(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING',
        [migration.version, migration.name, now.toISOString()],
      );
      if (claimed.changes === 1) await tx.exec(migration.sql);
      return claimed.changes === 1;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

async function hasTable(db: Db, name: string): Promise<boolean> {
  const sql =
    db.dialect.name === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?"
      : 'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?';
  return (await db.get(sql, [name])) !== undefined;
}
