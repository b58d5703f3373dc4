// `npm run test:node`: the reference server's cases group in SQL (server/src/sql/cases) on SQLite, and on PostgreSQL
// too when DATABASE_URL is set (in a database of its own, dropped afterwards), against the memory adapter for the same
// seed, sizes and clock: the same catalogue, cases, timelines, lists in every scope, filter and
// sort (walked page by page), statistics, and the same answers to the same writes (ids, public numbers, errors).
// Bundled from the TypeScript sources with esbuild (better-sqlite3 and pg stay external).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { walkPages } from './helpers/walk-pages.mjs';
import { freshPostgresDatabase, importSources } from './helpers/sql-sources.mjs';

const dir = mkdtempSync(join(tmpdir(), 'grassroots-cases-'));
// A fixed city instant (the tests never read the wall clock), mid-morning in the city.
const NOW = new Date('2026-11-27T02:30:00.000Z');
const SEED = 20261127;
const SIZES = { communities: 40, cases: 600 };
const PERSONAS = ['anonymous', 'resident', 'grid-worker', 'community-staff', 'department-staff', 'grid-centre', 'admin'];

let lib;
let db;
let memory;
let clock = NOW;

/** One request's SQL context as the server makes it. */
function sqlFor(persona, replayed = () => undefined) {
  return lib.createSqlCasesApi({ db, session: lib.personaSession(persona), now: () => clock, replayed });
}

function memoryAs(persona) {
  memory.control.setSession(persona);
  return memory.cases;
}

/** An answer, or its error's code, field errors and `existing`. */
async function outcome(promise) {
  try {
    return { ok: await promise };
  } catch (e) {
    if (!e.code) throw e;
    return { code: e.code, fieldErrors: e.fieldErrors, existing: e.existing };
  }
}

/** Every case of a list, walked page by page. */
async function walk(api, query, limit) {
  const { items, total } = await walkPages((cursor) => api.list(query, { cursor, limit }));
  return { items, total };
}

/** Answers to a category's required questions. */
function answersFor(category) {
  const value = (q) =>
    q.datatype === 'multi' ? [q.options[0].key] : q.datatype === 'single' ? q.options[0].key : q.datatype === 'number' ? (q.min ?? 1) : q.datatype === 'datetime' ? NOW.toISOString() : q.datatype === 'boolean' ? true : 'x';
  return Object.fromEntries(category.questions.filter((q) => q.required).map((q) => [q.code, value(q)]));
}

/** Both engines' answer to the same call as the same persona. */
async function same(persona, call, what) {
  const want = await outcome(call(memoryAs(persona)));
  const got = await outcome(call(sqlFor(persona)));
  assert.deepEqual(got, want, what);
  return got;
}

let removeBundle;
before(async () => {
  ({ lib, remove: removeBundle } = await importSources('cases', [
  "export { openSqlite } from './server/src/sql/sqlite.ts';",
  "export { openPostgres } from './server/src/sql/postgres.ts';",
  "export { migrate } from './server/src/sql/migrate.ts';",
  "export { seedAreas } from './server/src/sql/areas/index.ts';",
  "export { createSqlCasesApi, seedCases } from './server/src/sql/cases/index.ts';",
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

const freshPostgres = (url) => freshPostgresDatabase(url, 'cases_test');

const ENGINES = [
  ['SQLite', async () => ({ db: lib.openSqlite(join(dir, 'cases.sqlite')), drop: async () => undefined })],
  ...(process.env.DATABASE_URL
    ? [['PostgreSQL', async () => {
        const fresh = await freshPostgres(process.env.DATABASE_URL);
        return { db: lib.openPostgres(fresh.url), drop: fresh.drop };
      }]]
    : []),
];

/** Lists compared in every scope; run before and after the writes. */
async function compareLists(what) {
  const queries = [
    {},
    { sort: 'due' },
    { sort: 'newest' },
    { sort: 'followers' },
    { status: ['dispatched', 'reopened'] },
    { urgency: ['high', 'emergency'], sort: 'followers' },
    { categoryCode: 'garbage' },
    { departmentId: 'dept-cg', sort: 'due' },
    { areaId: 'd01-s01-c01' },
    { areaId: 'd01-s01-c01-g1-p1' },
    { areaId: 'city', overdue: true },
    { overdue: false, sort: 'due' },
    { dueBefore: '2026-11-28T00:00:00+08:00' },
    { reportedFrom: '2026-11-01T00:00:00.000Z', reportedTo: '2026-11-20T00:00:00.000Z' },
    { mine: true },
    { text: 'gc-2026' },
    { text: 'Streetlight' },
    { text: '垃圾' },
    { text: '50%_x' },
    { status: ['closed'], sort: 'newest', areaId: 'd02' },
    { text: '一号楼下' },
    { text: ' 垃 ' },
    { text: 'x' },
  ];
  // Texts of a few seeded cases: a rare address (its terms listed with their cases), a whole public number, a
  // text across two fields, and the same narrowed to a status (the count is then not the term's).
  const { items: seeded } = await walk(memoryAs('admin'), { sort: 'newest' }, 200);
  for (const c of [seeded[5], seeded[250]]) {
    queries.push({ text: c.location.address.slice(-5) }, { text: c.location.address.slice(-3) }, { text: c.publicNumber.toUpperCase() });
    queries.push({ text: `${c.publicNumber.slice(-2)} ${c.categoryName.slice(0, 1)}` }, { text: c.location.address.slice(-3), status: [c.status] });
  }
  for (const persona of PERSONAS) {
    for (const query of queries) {
      const label = `${what}: ${persona} ${JSON.stringify(query)}`;
      const want = await walk(memoryAs(persona), query, 200);
      const got = await walk(sqlFor(persona), query, 37);
      assert.equal(got.total, want.total, `total of ${label}`);
      assert.deepEqual(got.items, want.items, `items of ${label}`);
    }
  }
}

for (const [engine, open] of ENGINES) describe(`cases in SQL on ${engine}`, () => {
  let drop;

  before(async () => {
    clock = NOW;
    ({ db, drop } = await open());
    await lib.migrate(db, NOW);
    const input = { seed: SEED, sizes: { ...lib.DEFAULT_SIZES, ...SIZES }, epoch: lib.seedEpoch(NOW) };
    await db.transaction((tx) => lib.seedAreas(tx, input));
    await db.transaction((tx) => lib.seedCases(tx, input));
    memory = lib.createMemoryAdapter({ seed: SEED, sizes: SIZES, now: () => clock, session: 'resident' });
  });

  after(async () => {
    await db?.close();
    await drop?.();
  });

  it('has the memory catalogue in both languages', async () => {
    for (const locale of ['zh-CN', 'en', undefined]) {
      await same('resident', (api) => api.categories({ locale }), `categories ${locale}`);
      await same('resident', (api) => api.departments({ locale }), `departments ${locale}`);
    }
  });

  it('holds every seeded case as the memory adapter does, by id and by public number, for each persona', async () => {
    const { items } = await walk(memoryAs('admin'), {}, 200);
    assert.ok(items.length >= 500, `the seed has cases (${items.length})`);
    for (const persona of ['resident', 'community-staff', 'anonymous']) {
      for (const summary of items) {
        await same(persona, (api) => api.get(summary.id, { locale: 'en' }), `${persona} gets ${summary.id}`);
      }
    }
    await same('resident', (api) => api.get(items[3].publicNumber), 'by public number');
    await same('resident', (api) => api.get('case-nope'), 'an unknown case');
  });

  it('lists, filters, sorts and pages as the memory adapter does in every scope', async () => {
    await compareLists('seeded');
  });

  it('refuses what the memory adapter refuses in a list', async () => {
    await same('grid-centre', (api) => api.list({}, { cursor: '%%not-a-cursor%%' }), 'a forged cursor');
    await same('grid-centre', (api) => api.list({ status: ['lost'] }), 'an unknown status');
    await same('grid-centre', (api) => api.list({ text: 'x'.repeat(101) }), 'too long a text');
  });

  it('finds similar cases as the memory adapter does', async () => {
    for (const [categoryCode, areaId] of [['streetlight', 'd01-s01-c01-g1-p1-b1'], ['garbage', 'd01-s01-c01-g2'], ['noise', 'd02'], ['garbage', 'no-such-area']]) {
      await same('resident', (api) => api.similar({ categoryCode, areaId }, { locale: 'en' }), `similar ${categoryCode} at ${areaId}`);
    }
  });

  it('computes the memory adapter statistics for relative and custom periods, areas and locales', async () => {
    const queries = [
      {},
      { period: 'week' },
      { period: 'quarter', areaId: 'd01' },
      { period: 'month', areaId: 'd01-s01-c01' },
      { from: '2026-10-01T00:00:00+08:00', to: '2026-11-15T00:00:00+08:00' },
      { from: '2026-11-01T00:00:00.000Z' },
      { areaId: 'nowhere' },
      { period: 'week', from: '2026-11-01T00:00:00.000Z' },
    ];
    for (const query of queries) {
      for (const locale of ['zh-CN', 'en']) {
        await same('anonymous', (api) => api.stats(query, { locale }), `stats ${JSON.stringify(query)} ${locale}`);
      }
    }
  });

  it('answers the same writes the same way: reports, the closed loop, supervision, follows, refusals and replays', async () => {
    const categories = await memoryAs('resident').categories();
    const garbage = categories.find((c) => c.code === 'garbage');
    const photo = new File([new Uint8Array([1, 2, 3])], 'p.png', { type: 'image/png' });
    const submission = (key, extra = {}) => ({
      categoryCode: 'garbage',
      answers: { wasteType: ['household'], ignored: 'x' },
      location: { areaId: 'd01-s01-c01-g1-p1', address: '一号楼下' },
      description: '  楼下垃圾两天没人清运  ',
      urgency: 'high',
      anonymous: false,
      name: '李四',
      phone: '13900001111',
      idempotencyKey: key,
      ...extra,
    });
    assert.ok(garbage.questions.some((q) => q.code === 'wasteType'));
    const steps = [
      ['resident', (api) => api.submit(submission('sub-key-0001', { photos: [photo] }))],
      ['resident', (api) => api.submit(submission('sub-key-0001', { photos: [photo] }))],
      ['resident', (api) => api.submit(submission('sub-key-0001', { description: 'edited' }))],
      ['anonymous', (api) => api.submit(submission('sub-key-0002', { anonymous: true, name: undefined, phone: '13900002222' }))],
      ['anonymous', (api) => api.submit(submission('sub-key-0003', { description: '', phone: '123' }))],
      ['resident', (api) => api.submit(submission('sub-key-0004', { location: { areaId: 'd01-s01', address: 'x' } }))],
      ['resident', (api) => api.submit(submission('sub-key-0005', { location: { areaId: 'nowhere', address: 'x' } }))],
      ['resident', (api) => api.submit(submission('sub-key-0006', { categoryCode: 'nope' }))],
      ['department-staff', (api) => api.submit(submission('sub-key-0007'))],
    ];
    const submitted = [];
    for (const [persona, call] of steps) submitted.push(await same(persona, call, `submit as ${persona}`));
    assert.deepEqual(submitted.map((o) => o.code ?? 'ok'), ['ok', 'ok', 'conflict', 'ok', 'validation', 'validation', 'validation', 'validation', 'forbidden']);
    assert.equal(submitted[2].existing.id, submitted[0].ok.id, 'the conflict names the case');
    const { items } = await walk(memoryAs('resident'), { mine: true, sort: 'newest' }, 200);
    const id = items[0].id;
    const act = (action, key, extra = {}) => (api) => api.act(id, { action, idempotencyKey: key, ...extra });
    const loop = [
      ['resident', act('accept', 'act-key-0001')],
      ['anonymous', act('accept', 'act-key-0002')],
      ['grid-centre', act('verify', 'act-key-0003')],
      ['grid-centre', act('escalate', 'act-key-0004')],
      ['grid-centre', act('escalate', 'act-key-0005', { note: '提级' })],
      ['grid-centre', act('accept', 'act-key-0006')],
      ['grid-centre', act('accept', 'act-key-0006')],
      ['grid-centre', act('dispatch', 'act-key-0007', { departmentId: 'dept-nope' })],
      ['grid-centre', act('dispatch', 'act-key-0008', { departmentId: 'dept-zj' })],
      ['department-staff', act('resolve', 'act-key-0009', { note: 'not ours' })],
      ['grid-centre', act('urge', 'act-key-0010', { note: '请尽快' })],
      ['grid-centre', act('return', 'act-key-0011', { note: '派错了' })],
      ['grid-centre', act('dispatch', 'act-key-0012', { departmentId: 'dept-cg' })],
      ['grid-centre', act('escalate', 'act-key-0013', { note: '再提级' })],
      ['grid-centre', act('escalate', 'act-key-0014', { note: '到顶了' })],
      ['department-staff', act('resolve', 'act-key-0015', { note: '已清运', photos: [photo] })],
      ['department-staff', act('resolve', 'act-key-0016')],
      ['grid-centre', act('verify', 'act-key-0017', { photos: [photo] })],
      ['grid-centre', act('verify', 'act-key-0018')],
      ['grid-centre', act('close', 'act-key-0019')],
      ['community-staff', (api) => api.follow(id)],
      ['resident', act('rate', 'act-key-0020')],
      ['resident', act('rate', 'act-key-0021', { rating: 4 })],
      ['resident', act('rate', 'act-key-0022', { rating: 5 })],
      ['resident', act('reopen', 'act-key-0023', { note: '又堆了' })],
      ['grid-worker', (api) => api.follow(id)],
      ['grid-worker', (api) => api.follow(id)],
      ['resident', (api) => api.follow(id)],
      ['anonymous', (api) => api.follow(id)],
      ['grid-worker', (api) => api.follow('case-nope')],
    ];
    const results = [];
    for (const [i, [persona, call]] of loop.entries()) {
      clock = new Date(NOW.getTime() + (i + 1) * 3_600_000);
      results.push(await same(persona, call, `step ${i + 1} as ${persona}`));
    }
    assert.deepEqual(
      results.map((o) => o.code ?? o.ok.status),
      ['forbidden', 'unauthorized', 'conflict', 'validation', 'reported', 'accepted', 'accepted', 'validation', 'dispatched', 'forbidden', 'dispatched', 'returned', 'dispatched', 'dispatched', 'conflict', 'handled', 'conflict', 'validation', 'verified', 'closed', 'conflict', 'validation', 'closed', 'conflict', 'reopened', 'reopened', 'reopened', 'reopened', 'unauthorized', 'not_found'],
      'what each step did',
    );
    const closed = (await walk(memoryAs('admin'), { status: ['closed'] }, 200)).items[0].id;
    await same('grid-worker', (api) => api.follow(closed), 'following a closed case');
    for (const persona of PERSONAS) await same(persona, (api) => api.get(id, { locale: 'en' }), `the case afterwards, as ${persona}`);
    await compareLists('after the writes');
    for (const query of [{}, { period: 'week', areaId: 'd01-s01-c01' }, { period: 'quarter', areaId: 'd01' }, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-27T20:00:00.000Z' }, { period: 'week', areaId: 'd01-s01-c01-g1-p1' }]) await same('anonymous', (api) => api.stats(query), `stats after the writes ${JSON.stringify(query)}`);
    clock = NOW;
  });

  it('writes only the rows of the case it changes, and nothing at all when it refuses', async () => {
    const snapshot = async () => {
      const rows = await db.all('SELECT c.*, (SELECT COUNT(*) FROM case_events e WHERE e.case_id = c.id) AS events FROM cases c ORDER BY c.id');
      return new Map(rows.map((r) => [r.id, JSON.stringify(r)]));
    };
    const keys = async () => Number((await db.get('SELECT COUNT(*) AS n FROM idempotency_keys'))?.n);
    const [target] = (await sqlFor('grid-centre').list({ status: ['reported'] }, { limit: 1 })).items;
    const before = await snapshot();
    const keysBefore = await keys();
    await assert.rejects(sqlFor('grid-centre').act(target.id, { action: 'verify', idempotencyKey: 'refused-key-0001' }), { code: 'conflict' });
    await assert.rejects(sqlFor('resident').act(target.id, { action: 'accept', idempotencyKey: 'refused-key-0002' }), { code: 'forbidden' });
    assert.deepEqual(await snapshot(), before, 'a refused action changes no case');
    assert.equal(await keys(), keysBefore, 'and claims no key');
    await sqlFor('grid-centre').act(target.id, { action: 'accept', idempotencyKey: 'refused-key-0001' });
    const after = await snapshot();
    const changed = [...after].filter(([id, row]) => before.get(id) !== row).map(([id]) => id);
    assert.deepEqual(changed, [target.id], 'an accept changes its own case only');
    assert.equal(await keys(), keysBefore + 1, 'and claims its key');
  });

  it('says when a write was answered from its key', async () => {
    let replays = 0;
    const api = sqlFor('resident', () => replays++);
    const category = (await api.categories()).find((c) => c.code === 'noise');
    const body = { categoryCode: 'noise', answers: answersFor(category), location: { areaId: 'd01-s01-c01-g2', address: 'x' }, description: 'loud', urgency: 'normal', anonymous: true, idempotencyKey: 'replay-key-0001' };
    const first = await api.submit(body);
    assert.equal(replays, 0);
    const again = await api.submit({ ...body });
    assert.equal(replays, 1);
    assert.equal(again.id, first.id);
  });

  it('numbers concurrent reports apart, and makes one case of concurrent submits with one key', async () => {
    const body = (key) => ({ categoryCode: 'noise', answers: { source: 'music' }, location: { areaId: 'd01-s01-c01-g2', address: 'x' }, description: 'loud', urgency: 'normal', anonymous: true, idempotencyKey: key });
    const category = (await sqlFor('resident').categories()).find((c) => c.code === 'noise');
    const answers = answersFor(category);
    const many = await Promise.all(Array.from({ length: 50 }, (_, i) => sqlFor('resident').submit({ ...body(`burst-key-${i}`), answers })));
    assert.equal(new Set(many.map((c) => c.publicNumber)).size, 50, 'fifty public numbers');
    assert.equal(new Set(many.map((c) => c.id)).size, 50, 'fifty ids');
    const one = await Promise.all(Array.from({ length: 20 }, () => sqlFor('resident').submit({ ...body('burst-same-key'), answers })));
    assert.equal(new Set(one.map((c) => c.id)).size, 1, 'one case for one key');
  });
});
