// `npm run test:node`: the reference server's services group in SQL (server/src/sql/services) on SQLite, and on
// PostgreSQL too when DATABASE_URL is set (in a database of its own, dropped afterwards), against the memory
// adapter for the same seed, sizes and clock: the same taxonomy, lists, pages, items, receipts, field errors and
// statistics. Bundled from the TypeScript sources with esbuild (better-sqlite3 and pg stay external).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { walkPages } from './helpers/walk-pages.mjs';
import { freshPostgresDatabase, importSources } from './helpers/sql-sources.mjs';

const dir = mkdtempSync(join(tmpdir(), 'grassroots-services-'));
// A fixed city instant (the tests never read the wall clock), mid-morning in the city.
const NOW = new Date('2026-11-27T02:30:00.000Z');
const SEED = 20261127;
const SIZES = { services: 120, demands: 60, resources: 40, projects: 30 };

let lib;
let clock = NOW;


/** The memory adapter's answer, or its error's code and field errors. */
async function outcome(promise) {
  try {
    return { ok: await promise };
  } catch (e) {
    return { code: e.code, fieldErrors: e.fieldErrors };
  }
}

/** Every item of a list, walked page by page with small pages. */
async function walk(api, query, limit = 7) {
  const { items, total } = await walkPages((cursor) => api.query(query, { cursor, limit }));
  return { items, total };
}

let removeBundle;
before(async () => {
  ({ lib, remove: removeBundle } = await importSources('services', [
  "export { openSqlite } from './server/src/sql/sqlite.ts';",
  "export { openPostgres } from './server/src/sql/postgres.ts';",
  "export { migrate } from './server/src/sql/migrate.ts';",
  "export { seedAreas } from './server/src/sql/areas/index.ts';",
  "export { createSqlServicesApi, seedServices } from './server/src/sql/services/index.ts';",
  "export { createMemoryAdapter } from './src/adapters/memory/index.ts';",
  "export { DEFAULT_SIZES } from './src/adapters/memory/options.ts';",
  "export { personaSession } from './src/adapters/memory/personas.ts';",
  "export { seedEpoch } from './src/adapters/memory/world/seed-clock.ts';",
  ]));
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
  removeBundle?.();
});

const freshPostgres = (url) => freshPostgresDatabase(url, 'services_test');

const ENGINES = [
  ['SQLite', async () => ({ db: lib.openSqlite(join(dir, 'services.sqlite')), drop: async () => undefined })],
  ...(process.env.DATABASE_URL
    ? [['PostgreSQL', async () => {
        const fresh = await freshPostgres(process.env.DATABASE_URL);
        return { db: lib.openPostgres(fresh.url), drop: fresh.drop };
      }]]
    : []),
];

for (const [engine, open] of ENGINES) {
  describe(`services in SQL on ${engine}`, () => {
    let db;
    let memory;
    let drop;

    /** One request's SQL context as the server makes it. */
    function sqlFor(persona) {
      return lib.createSqlServicesApi({ db, session: lib.personaSession(persona), now: () => clock, replayed: () => undefined });
    }

    before(async () => {
      clock = NOW;
      ({ db, drop } = await open());
      await lib.migrate(db, NOW);
      const input = { seed: SEED, sizes: { ...lib.DEFAULT_SIZES, ...SIZES }, epoch: lib.seedEpoch(NOW) };
      await db.transaction((tx) => lib.seedAreas(tx, input));
      await db.transaction((tx) => lib.seedServices(tx, input));
      memory = lib.createMemoryAdapter({ seed: SEED, sizes: SIZES, now: () => clock, session: 'resident' });
    });

    after(async () => {
      await db?.close();
      await drop?.();
    });

    it('has the memory taxonomy in both languages', async () => {
      for (const locale of ['zh-CN', 'en']) {
        assert.deepEqual(await sqlFor('resident').taxonomy({ locale }), await memory.services.taxonomy({ locale }));
      }
    });

    it('lists every kind with every filter as the memory adapter does, page by page, with totals', async () => {
      const sql = sqlFor('resident');
      const terms = await memory.services.taxonomy();
      const top = terms.find((t) => t.parentId === null);
      const leaf = terms.find((t) => t.parentId !== null && t.parentId !== top.id);
      const queries = [];
      for (const kind of ['service', 'demand', 'resource', 'project']) {
        const [first] = (await memory.services.query({ kind }, { limit: 1 })).items;
        queries.push(
          { kind },
          { kind, audience: 'elderly' },
          { kind, audience: 'everyone' },
          { kind, termIds: [top.id] },
          { kind, termIds: [leaf.id, top.id] },
          { kind, termIds: ['t-no-such-term'] },
          { kind, areaId: 'd01' },
          { kind, areaId: 'd01-s01-c01' },
          { kind, areaId: 'city' },
          { kind, text: first.name.slice(0, 2) },
          { kind, text: '  ' },
          { kind, text: '50%_x' },
          { kind, audience: 'children', areaId: 'd02', termIds: [top.id] },
        );
      }
      for (const query of queries) {
        const expected = await memory.services.query(query, { limit: 200 });
        const got = await walk(sql, query);
        assert.equal(got.total, expected.total, `total of ${JSON.stringify(query)}`);
        assert.deepEqual(got.items, expected.items, `items of ${JSON.stringify(query)}`);
      }
      assert.ok((await sql.query({ kind: 'service', text: '' }, { limit: 3 })).items.length === 3, 'empty text filters nothing');
    });

    it('gets one item of each kind, and answers an unknown one or a forged cursor as the memory adapter does', async () => {
      const sql = sqlFor('resident');
      for (const kind of ['service', 'demand', 'resource', 'project']) {
        const [item] = (await memory.services.query({ kind }, { limit: 1 })).items;
        assert.deepEqual(await sql.get(kind, item.id), item);
        assert.deepEqual(await outcome(sql.get(kind === 'service' ? 'demand' : 'service', item.id)), { code: 'not_found', fieldErrors: undefined });
      }
      assert.deepEqual(await outcome(sql.query({ kind: 'service' }, { cursor: '%%not-a-cursor%%' })), await outcome(memory.services.query({ kind: 'service' }, { cursor: '%%not-a-cursor%%' })));
      assert.deepEqual(await outcome(sql.query({ kind: 'nothing' })), await outcome(memory.services.query({ kind: 'nothing' })));
    });

    it('takes requests and demands with the memory receipts, once per key, and the same field errors', async () => {
      const sql = sqlFor('resident');
      const [service] = (await memory.services.query({ kind: 'service' }, { limit: 1 })).items;
      const [resource] = (await memory.services.query({ kind: 'resource' }, { limit: 1 })).items;
      const [project] = (await memory.services.query({ kind: 'project' }, { limit: 1 })).items;
      const request = { itemId: service.id, name: ' 测试员 ', phone: '13800000000', preferredTime: '工作日上午', notes: '', idempotencyKey: 'sql-request-0001' };
      const demand = {
        name: '楼道灯坏了', description: '晚上看不清楼梯', areaId: 'd01-s01-c01', termIds: ['t-convenience.repairs'],
        audiences: ['elderly', 'elderly'], contactName: '王小明', phone: '13800000001', idempotencyKey: 'sql-demand-0001',
      };
      const bad = [
        { ...request, phone: '12', idempotencyKey: 'sql-bad-0001' },
        { ...request, itemId: project.id, idempotencyKey: 'sql-bad-0002' },
        { ...request, itemId: 'sv-none', idempotencyKey: 'sql-bad-0003' },
        { ...request, idempotencyKey: 'short' },
      ];
      for (const input of bad) assert.deepEqual(await outcome(sql.request(input)), await outcome(memory.services.request(input)), JSON.stringify(input));
      const badDemands = [
        { ...demand, areaId: 'nowhere', idempotencyKey: 'sql-bad-0004' },
        { ...demand, termIds: ['t-none'], idempotencyKey: 'sql-bad-0005' },
        { ...demand, name: ' ', idempotencyKey: 'sql-bad-0006' },
      ];
      for (const input of badDemands) assert.deepEqual(await outcome(sql.postDemand(input)), await outcome(memory.services.postDemand(input)), JSON.stringify(input));

      const writes = [
        (api) => api.request(request),
        (api) => api.request({ ...request, itemId: resource.id, idempotencyKey: 'sql-request-0002' }),
        (api) => api.postDemand(demand),
        (api) => api.postDemand({ ...demand, audiences: [], areaId: 'd02-s01', idempotencyKey: 'sql-demand-0002' }),
        (api) => api.request(request),
      ];
      for (const write of writes) assert.deepEqual(await write(sql), await write(memory.services));
      assert.deepEqual(await outcome(sql.request({ ...request, notes: 'changed' })), { code: 'conflict', fieldErrors: undefined });
      const demands = await walk(sql, { kind: 'demand' }, 200);
      const expected = await memory.services.query({ kind: 'demand' }, { limit: 200 });
      assert.equal(demands.total, expected.total);
      assert.deepEqual(demands.items, expected.items, 'posted demands lead the list');

      clock = new Date(NOW.getTime() + 86_400_000);
      const nextDay = { ...request, idempotencyKey: 'sql-request-0003' };
      assert.deepEqual(await sql.request(nextDay), await memory.services.request(nextDay), 'a new day numbers from 0001');
    });

    it('answers concurrent requests with one key by one receipt, and distinct keys with distinct numbers', async () => {
      const [service] = (await memory.services.query({ kind: 'service' }, { limit: 1 })).items;
      const input = { itemId: service.id, name: '测试员', phone: '13800000000', preferredTime: '上午', notes: '', idempotencyKey: 'sql-burst-0000' };
      const same = await Promise.all(Array.from({ length: 40 }, () => sqlFor('resident').request(input)));
      assert.equal(new Set(same.map((r) => r.id)).size, 1, 'one receipt for one key');
      const distinct = await Promise.all(Array.from({ length: 40 }, (_, i) => sqlFor('resident').request({ ...input, idempotencyKey: `sql-burst-${String(i + 1).padStart(4, '0')}` })));
      assert.equal(new Set(distinct.map((r) => r.referenceNumber)).size, 40, 'a number each');
      const stored = await db.get('SELECT COUNT(*) AS n FROM service_requests WHERE id IN (' + [...same, ...distinct].map(() => '?').join(', ') + ')', [...same, ...distinct].map((r) => r.id));
      assert.equal(Number(stored.n), 41, 'every receipt stored once');
      // The same requests to the memory adapter, so the statistics below still compare.
      for (const r of [input, ...distinct.map((_, i) => ({ ...input, idempotencyKey: `sql-burst-${String(i + 1).padStart(4, '0')}` }))]) await memory.services.request(r);
    });

    it('refuses a caller without service:request as the memory adapter does', async () => {
      const [service] = (await memory.services.query({ kind: 'service' }, { limit: 1 })).items;
      const input = { itemId: service.id, name: '测试员', phone: '13800000000', preferredTime: '上午', notes: '', idempotencyKey: 'sql-perm-0001' };
      const session = { ...lib.personaSession('resident'), permissions: [] };
      const api = lib.createSqlServicesApi({ db, session, now: () => clock, replayed: () => undefined });
      assert.deepEqual(await outcome(api.request(input)), { code: 'forbidden', fieldErrors: undefined });
      const nobody = lib.createSqlServicesApi({ db, session: { ...session, userId: null }, now: () => clock, replayed: () => undefined });
      assert.deepEqual(await outcome(nobody.request(input)), { code: 'unauthorized', fieldErrors: undefined });
    });

    it('computes the memory statistics as SQL aggregates', async () => {
      const sql = sqlFor('resident');
      const queries = [
        {}, { period: 'week' }, { period: 'quarter' }, { areaId: 'd01' }, { areaId: 'd01-s01-c01', period: 'quarter' },
        { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' }, { areaId: 'nowhere' }, { period: 'week', from: '2026-10-01T00:00:00.000Z' },
      ];
      for (const query of queries) {
        for (const locale of ['zh-CN', 'en']) {
          assert.deepEqual(await outcome(sql.stats(query, { locale })), await outcome(memory.services.stats(query, { locale })), JSON.stringify(query));
        }
      }
    });
  });
}
