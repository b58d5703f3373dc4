// The reference server's two SQL drivers (server/src/sql/sqlite.ts, postgres.ts) behind the one Db interface: a
// transaction that throws leaves nothing (and takes none of its neighbours with it: SQLite commits waiting
// transactions together), concurrent read-modify-writes lose no update, numbers come back as numbers and `?` in a
// quoted string stays a `?`. On SQLite always; on PostgreSQL when DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from './helpers/reference-server.mjs';
import { importSources } from './helpers/sql-sources.mjs';

let drivers;
let removeBundle;

before(async () => {
  ({ lib: drivers, remove: removeBundle } = await importSources('drivers', [
    "export { openSqlite } from './server/src/sql/sqlite.ts';",
    "export { openPostgres } from './server/src/sql/postgres.ts';",
  ]));
});

after(() => removeBundle?.());

for (const engine of ENGINES) {
  describe(`SQL driver: ${engine.name}`, { skip: engine.skip }, () => {
    let database;
    let db;
    before(async () => {
      database = await engine.fresh();
      db = database.env.DATABASE_URL ? drivers.openPostgres(database.env.DATABASE_URL) : drivers.openSqlite(database.args[1]);
      await db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE); CREATE TABLE tally (name TEXT PRIMARY KEY, n INTEGER NOT NULL)');
      await db.run('INSERT INTO tally (name, n) VALUES (?, ?)', ['hits', 0]);
    });
    after(async () => {
      await db?.close();
      await database?.drop();
    });

    it('a transaction that throws half-way leaves nothing; the ones beside it commit', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) =>
          db.transaction(async (tx) => {
            await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [i, `note ${i}`]);
            await tx.run('UPDATE tally SET n = n + 1 WHERE name = ?', ['hits']);
            if (i % 3 === 0) throw new Error(`write ${i} fails after its statements`);
            return i;
          }),
        ),
      );
      const kept = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      assert.equal(kept.length, 20);
      assert.ok(results.every((r, i) => (i % 3 === 0 ? r.status === 'rejected' : r.status === 'fulfilled')));
      const rows = await db.all('SELECT id FROM notes ORDER BY id');
      assert.deepEqual(rows.map((r) => r.id), kept);
      assert.equal((await db.get('SELECT n FROM tally WHERE name = ?', ['hits'])).n, 20);
    });

    it('a unique violation rolls back only its own transaction', async () => {
      // The first 'dup' commits before the other two start, so which insert meets the violation is not left to
      // the engine's scheduling (on PostgreSQL two concurrent transactions may start in either order).
      await db.transaction((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [100, 'dup']));
      const outcome = await Promise.allSettled([
        db.transaction(async (tx) => {
          await tx.run('UPDATE tally SET n = n + 100 WHERE name = ?', ['hits']);
          await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [101, 'dup']);
        }),
        db.transaction((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [102, 'fine'])),
      ]);
      assert.deepEqual(outcome.map((o) => o.status), ['rejected', 'fulfilled']);
      assert.equal((await db.get('SELECT n FROM tally WHERE name = ?', ['hits'])).n, 20, 'the failed one’s update went with it');
      assert.deepEqual((await db.all('SELECT id FROM notes WHERE id >= 100 ORDER BY id')).map((r) => r.id), [100, 102]);
    });

    it('100 concurrent read-modify-writes (SELECT … forUpdate, then UPDATE) lose no update', async () => {
      await Promise.all(
        Array.from({ length: 100 }, () =>
          db.transaction(async (tx) => {
            const { n } = await tx.get(`SELECT n FROM tally WHERE name = ?${tx.dialect.forUpdate}`, ['hits']);
            await tx.run('UPDATE tally SET n = ? WHERE name = ?', [n + 1, 'hits']);
          }),
        ),
      );
      assert.equal((await db.get('SELECT n FROM tally WHERE name = ?', ['hits'])).n, 120);
    });

    it('counts and sums are numbers; a ? inside quotes is text, not a placeholder', async () => {
      const row = await db.get("SELECT COUNT(*) AS n, SUM(id) AS total, 'why?' AS text, ? AS param FROM notes WHERE id < ?", ['p', 100]);
      assert.deepEqual(row, { n: 20, total: [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29].reduce((a, b) => a + b), text: 'why?', param: 'p' });
    });
  });
}
