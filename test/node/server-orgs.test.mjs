// `npm run test:node`: the reference server's orgs group in SQL (server/src/sql/orgs/) on SQLite, and on PostgreSQL too
// when DATABASE_URL is set (in a database of its own, dropped afterwards), against the memory adapter it is seeded
// from. A fresh database gets the migrations and the seed; every answer (pages walked with each side's own cursors,
// details, members, search hits, masking by persona) must equal the memory adapter's for the same seed, sizes and
// epoch. Then 100,000 organisations are seeded on SQLite, as a city's scale. Bundled with esbuild, as server/build.mjs does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { walkPages } from './helpers/walk-pages.mjs';
import { freshPostgresDatabase, importSources } from './helpers/sql-sources.mjs';

const dir = mkdtempSync(join(tmpdir(), 'grassroots-orgs-sql-'));
// A fixed instant: the seed's epoch comes from it, never from today's date.
const NOW = new Date('2026-06-15T02:00:00Z');
let lib;
let dbCount = 0;

let removeBundle;
before(async () => {
  ({ lib, remove: removeBundle } = await importSources('orgs', [
    "export { openSqlite } from './server/src/sql/sqlite.ts';",
    "export { openPostgres } from './server/src/sql/postgres.ts';",
    "export { migrate } from './server/src/sql/migrate.ts';",
    "export { createSqlOrgsApi, seedOrgs } from './server/src/sql/orgs/index.ts';",
    "export { createMemoryAdapter } from './src/adapters/memory/index.ts';",
    "export { personaSession } from './src/adapters/memory/personas.ts';",
    "export { isMasked } from './src/domain/masking.ts';",
  ]));
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
  removeBundle?.();
});

/** A fresh PostgreSQL database beside DATABASE_URL's, opened, and how to drop it. */
const freshPostgres = async (url) => {
  const fresh = await freshPostgresDatabase(url, 'orgs_test');
  return { db: lib.openPostgres(fresh.url), drop: fresh.drop };
};

const ENGINES = [
  ['SQLite', async () => ({ db: lib.openSqlite(join(dir, `orgs-${++dbCount}.sqlite`)), drop: async () => undefined })],
  ...(process.env.DATABASE_URL ? [['PostgreSQL', () => freshPostgres(process.env.DATABASE_URL)]] : []),
];

/** A migrated, seeded database and, for the same city, the memory adapter and SQL orgs per persona. */
async function city(open, sizes) {
  const memory = (persona) => lib.createMemoryAdapter({ sizes, session: persona, now: () => NOW });
  const { seed, sizes: full, epoch } = memory('resident').control.context;
  const { db, drop } = await open();
  await lib.migrate(db, NOW);
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  await db.transaction((tx) => lib.seedOrgs(tx, { seed, sizes: full, epoch }));
  const used = process.cpuUsage(cpu);
  // Wall and CPU time: on a busy machine the wall clock says more about the neighbours than about the seed.
  const seconds = { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
  const sql = (persona) =>
    lib.createSqlOrgsApi({ db, session: lib.personaSession(persona), now: () => NOW, replayed: () => undefined });
  return { db, drop, seconds, memory, sql };
}

/** Every item of a paged call, with the pages' totals. */
const walk = async (page) => {
  const { items, totals } = await walkPages(page);
  return { items, totals };
};

async function rejectsWith(promise, code) {
  await assert.rejects(promise, (e) => {
    assert.equal(e.code, code, e.message);
    return true;
  });
}

for (const [engine, open] of ENGINES) describe(`the orgs group in SQL on ${engine}`, () => {
  // Small enough to compare every node; more nodes than buildings, so some buildings get per-unit groups.
  const SIZES = { communities: 6, orgNodes: 1500 };
  let c;
  before(async () => {
    c = await city(open, SIZES);
  });
  after(async () => {
    await c?.db.close();
    await c?.drop();
  });

  it('holds the memory adapter\'s tree: the same roots, and every children page walked by keyset', async () => {
    const [mem, sql] = [c.memory('resident').orgs, c.sql('resident')];
    const roots = await sql.roots();
    assert.deepEqual(roots, await mem.roots());
    const queue = [...roots];
    let nodes = 0;
    let perUnit = 0;
    while (queue.length) {
      const org = queue.shift();
      nodes++;
      if (/-u\d+$/.test(org.id)) perUnit++;
      if (org.childCount === 0) continue;
      // An odd page size, so pages end mid-way through siblings.
      const want = await walk((cursor) => mem.children(org.id, { cursor, limit: 7 }));
      const got = await walk((cursor) => sql.children(org.id, { cursor, limit: 7 }));
      assert.deepEqual(got, want, `children of ${org.id}`);
      assert.equal(got.items.length, org.childCount);
      queue.push(...got.items);
    }
    assert.equal(nodes, SIZES.orgNodes, 'every node reached from the root');
    assert.ok(perUnit > 0, 'the sizes give per-unit building groups');
  });

  it('gives every organisation with its path and posts, phones masked without org:contact', async () => {
    const ids = (await c.db.all('SELECT id FROM organisations ORDER BY sort_key')).map((r) => r.id);
    assert.equal(ids.length, SIZES.orgNodes);
    for (const persona of ['resident', 'grid-centre']) {
      const [mem, sql] = [c.memory(persona).orgs, c.sql(persona)];
      for (const id of ids) assert.deepEqual(await sql.get(id), await mem.get(id), `${persona}: get ${id}`);
    }
    const city = await c.sql('resident').get(ids[0]);
    assert.ok(city.posts.length > 0 && city.posts.every((p) => lib.isMasked(p.holder.phone)), 'a resident sees masked phones');
    const staff = await c.sql('grid-centre').get(ids[0]);
    assert.ok(staff.posts.every((p) => !lib.isMasked(p.holder.phone)), 'staff see phones in full');
  });

  it('pages members by keyset with the memory adapter\'s members, totals and masking', async () => {
    const rows = await c.db.all('SELECT id FROM organisations ORDER BY sort_key');
    // Every level: the first nodes are the city, districts and streets; then a spread of the rest.
    const ids = rows.filter((_, i) => i < 12 || i % 37 === 0).map((r) => r.id);
    for (const persona of ['resident', 'grid-centre']) {
      const [mem, sql] = [c.memory(persona).orgs, c.sql(persona)];
      for (const id of ids) {
        const want = await walk((cursor) => mem.members(id, { cursor, limit: 25 }));
        const got = await walk((cursor) => sql.members(id, { cursor, limit: 25 }));
        assert.deepEqual(got, want, `${persona}: members of ${id}`);
      }
    }
    const first = await c.sql('resident').members(ids[0], { limit: 200 });
    assert.ok(first.items.every((m) => lib.isMasked(m.person.phone)), 'a resident sees masked member phones');
  });

  it('finds the same hits in the same order, each with its path; LIKE wildcards are literal', async () => {
    const [mem, sql] = [c.memory('resident').orgs, c.sql('resident')];
    const [district] = (await sql.children((await sql.roots())[0].id, { limit: 1 })).items;
    for (const text of ['党小组', '3号楼', ' 党支部 ', district.name, '委员会', 'no such name', '%', '_', '!', '']) {
      const want = await walk((cursor) => mem.search(text, { cursor, limit: 20 }));
      const got = await walk((cursor) => sql.search(text, { cursor, limit: 20 }));
      assert.deepEqual(got, want, `search "${text}"`);
    }
    // Both ways of reading hits: a word on most organisations (walked in display order) and one on a few (read by name).
    assert.ok((await sql.search('党小组', { limit: 5 })).total > SIZES.orgNodes / 2, 'a common word has many hits');
    assert.ok((await sql.search('委员会', { limit: 5 })).total < 50, 'a rare word has a few');
  });

  it('answers unknown ids with not_found, forged cursors and long search text with validation', async () => {
    const sql = c.sql('grid-centre');
    const [root] = await sql.roots();
    await rejectsWith(sql.get('no-such-org'), 'not_found');
    await rejectsWith(sql.children('no-such-org'), 'not_found');
    await rejectsWith(sql.members('no-such-org'), 'not_found');
    for (const cursor of ['%%not-a-cursor%%', 'bzoy', Buffer.from('[1]').toString('base64url'), Buffer.from('["1","x"]').toString('base64url')]) {
      await rejectsWith(sql.children(root.id, { cursor }), 'validation');
      await rejectsWith(sql.members(root.id, { cursor }), 'validation');
      await rejectsWith(sql.search('党', { cursor }), 'validation');
    }
    await rejectsWith(sql.search('党'.repeat(101)), 'validation');
    // A page size beyond the cap is capped, as the memory adapter does.
    assert.equal((await sql.members(root.id, { limit: 10_000 })).items.length, Math.min(200, root.memberCount));
  });
});

describe('the orgs seed at a city\'s scale on SQLite', () => {
  it('writes 100,000 organisations with every post and member in batches', async (t) => {
    const c = await city(ENGINES[0][1], { orgNodes: 100_000 });
    try {
      t.diagnostic(`seeded 100,000 organisations in ${c.seconds.wall.toFixed(1)} s (${c.seconds.cpu.toFixed(1)} s of CPU)`);
      const count = async (table) => (await c.db.get(`SELECT COUNT(*) AS n FROM ${table}`)).n;
      assert.equal(await count('organisations'), 100_000);
      const sums = await c.db.get('SELECT SUM(member_count) AS members, SUM(child_count) AS children FROM organisations');
      assert.equal(await count('org_memberships'), sums.members, 'every member the counts promise');
      assert.equal(sums.children, 100_000 - 1, 'every node but the root is someone\'s child');
      const people = await c.db.get('SELECT COUNT(*) AS n, COUNT(DISTINCT person_id) AS distinct_people FROM org_memberships');
      assert.equal(people.distinct_people, people.n, 'one person per membership');
      // The deepest, last-seeded node matches the memory adapter's.
      const last = await c.db.get('SELECT id FROM organisations ORDER BY sort_key DESC LIMIT 1');
      assert.deepEqual(await c.sql('resident').get(last.id), await c.memory('resident').orgs.get(last.id));
    } finally {
      await c.db.close();
    }
  });
});
