// `npm run test:node`: the volunteers group of the SQL reference server (server/src/sql/volunteers) against the
// memory adapter it mirrors, on SQLite, and on PostgreSQL too when DATABASE_URL is set (in a database of its own,
// dropped afterwards). Both are made from one seed, sizes and clock; every read, write and aggregate must give the
// same answer. Bundled with esbuild (better-sqlite3 and pg stay external).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { walkPages } from './helpers/walk-pages.mjs';
import { freshPostgresDatabase, importSources } from './helpers/sql-sources.mjs';

const dir = mkdtempSync(join(tmpdir(), 'grassroots-volunteers-'));
// A fixed city clock, so nothing depends on today.
const CLOCK = new Date(process.env.GRASSROOTS_TEST_CLOCK ?? '2027-03-01T02:00:00.000Z');
/** The city's calendar day `offset` days from the clock's (China time, UTC+8), as YYYY-MM-DD. */
const day = (offset) => new Date(CLOCK.getTime() + 8 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);
/** The clock's year in the city. */
const YEAR = Number(day(0).slice(0, 4));
const SEED = 7;
const SIZES_OVERRIDE = { communities: 60, volunteers: 3000, teams: 20 };

const ENTRY = `
export { openSqlite } from './server/src/sql/sqlite.ts';
export { openPostgres } from './server/src/sql/postgres.ts';
export { migrate } from './server/src/sql/migrate.ts';
export { seedAreas } from './server/src/sql/areas/index.ts';
export { createSqlVolunteersApi, seedVolunteers } from './server/src/sql/volunteers/index.ts';
export { createMemoryAdapter, personaSession, DEFAULT_SIZES } from './src/adapters/memory/index.ts';
export { seedEpoch } from './src/adapters/memory/world/seed-clock.ts';
`;

let lib;
let db;
let memory;
const sql = {};
const PERSONAS = ['anonymous', 'resident', 'community-staff', 'grid-centre'];

/** What a call gives: its value, or its error's code and field errors, so failures compare too. */
async function outcome(promise) {
  try {
    return { value: await promise };
  } catch (e) {
    if (e?.name !== 'AdapterError') throw e;
    return { error: e.code, fieldErrors: e.fieldErrors ?? {} };
  }
}

/** The same call on both backends, as one persona. */
async function same(persona, call, label) {
  memory.control.setSession(persona);
  const m = await outcome(call(memory.volunteers));
  const s = await outcome(call(sql[persona]));
  if (m.value && 'nextCursor' in m.value) {
    // Cursors are each backend's own: compare whether there is a next page.
    m.value = { ...m.value, nextCursor: m.value.nextCursor !== null };
    s.value = s.value && { ...s.value, nextCursor: s.value.nextCursor !== null };
  }
  assert.deepEqual(s, m, `${label} as ${persona}`);
  return s.value;
}

/** Every id of a query, page by page. */
async function walk(api, query, limit) {
  const { items } = await walkPages((cursor) => api.query(query, { cursor, limit }));
  return items.map((v) => v.id);
}

let removeBundle;
before(async () => {
  ({ lib, remove: removeBundle } = await importSources('volunteers', ENTRY.trim().split('\n')));
});

/** A fresh PostgreSQL database beside DATABASE_URL's, opened, and how to drop it. */
const freshPostgres = async (url) => {
  const fresh = await freshPostgresDatabase(url, 'volunteers_test');
  return { db: lib.openPostgres(fresh.url), drop: fresh.drop };
};

const ENGINES = [
  ['SQLite', async () => ({ db: lib.openSqlite(join(dir, 'volunteers.sqlite')), drop: async () => undefined })],
  ...(process.env.DATABASE_URL ? [['PostgreSQL', () => freshPostgres(process.env.DATABASE_URL)]] : []),
];

/** A fresh database of `engine`, migrated and seeded, and a memory adapter from the same seed. */
async function setUp(open) {
  const sizes = { ...lib.DEFAULT_SIZES, ...SIZES_OVERRIDE };
  const epoch = lib.seedEpoch(CLOCK);
  const fresh = await open();
  db = fresh.db;
  await lib.migrate(db, CLOCK);
  const input = { seed: SEED, sizes, epoch };
  await db.transaction(async (tx) => {
    await tx.run("INSERT INTO meta (name, value) VALUES ('epoch', ?)", [epoch.toISOString()]);
    await lib.seedAreas(tx, input);
    await lib.seedVolunteers(tx, input);
  });
  // One memory adapter, its session switched per call, so its writes are seen by every persona as the database's are.
  memory = lib.createMemoryAdapter({ seed: SEED, sizes, now: () => CLOCK });
  for (const persona of PERSONAS) {
    sql[persona] = lib.createSqlVolunteersApi({ db, session: lib.personaSession(persona), now: () => CLOCK, replayed: () => undefined });
  }
  return fresh.drop;
}

after(() => {
  rmSync(dir, { recursive: true, force: true });
  removeBundle?.();
});

/** Queries covering every filter and sort, alone and together. */
async function queries() {
  const [first] = (await memory.volunteers.query({}, { limit: 1 })).items;
  const teams = await memory.volunteers.teams();
  const char = Array.from(first.name)[0];
  const list = [
    {},
    { text: first.name },
    { text: char },
    { text: ` ${char.toUpperCase()} ` },
    { text: first.phone.slice(-4) },
    { text: first.phone.slice(-2) },
    { text: '1234567' },
    { text: 'nobody-is-called-this' },
    { teamId: teams[0].id },
    { teamId: teams[3].id, sort: 'hours-desc' },
    { teamId: 'team-999' },
    { teamId: teams[0].id, text: char, skills: ['first-aid'] },
    { teamId: teams[1].id, text: first.phone.slice(-3), sort: 'joined-desc' },
    { skills: ['first-aid'] },
    { skills: ['legal', 'medical'] },
    { availability: ['weekend'] },
    { availability: ['weekday-daytime', 'weekday-evening'], sort: 'joined-desc' },
    { areaId: first.areaId },
    { areaId: first.areaId.split('-').slice(0, 1).join('-') },
    { areaId: first.areaId.split('-').slice(0, 2).join('-'), sort: 'hours-asc' },
    { areaId: first.areaId.split('-').slice(0, 3).join('-') },
    { areaId: 'city' },
    { areaId: first.areaId.split('-').slice(0, 2).join('-'), teamId: teams[0].id, text: char },
    { areaId: first.areaId.split('-').slice(0, 3).join('-'), skills: ['first-aid'], sort: 'hours-desc' },
    { areaId: first.areaId.split('-').slice(0, 2).join('-'), availability: ['weekend'] },
    { areaId: 'no-such-area' },
    { partyMember: true },
    { partyMember: false, sort: 'hours-desc' },
    { partyMember: true, availability: ['weekend'], skills: ['it'], areaId: first.areaId.split('-')[0] },
  ];
  for (const sort of ['name', 'hours-desc', 'hours-asc', 'joined-desc']) list.push({ sort });
  return list;
}

for (const [engine, open] of ENGINES) describe(`volunteers in SQL on ${engine} give what the memory adapter gives`, () => {
  let drop;
  before(async () => {
    drop = await setUp(open);
  });
  after(async () => {
    await db?.close();
    await drop?.();
  });

  it('teams, and a first page of every filter and sort, for every persona', async () => {
    for (const persona of PERSONAS) await same(persona, (api) => api.teams(), 'teams');
    for (const query of await queries()) {
      for (const persona of ['resident', 'grid-centre']) await same(persona, (api) => api.query(query, { limit: 25 }), `query ${JSON.stringify(query)}`);
    }
  });

  it('pages through to the end in the same order, keyset after keyset', async () => {
    const team = (await memory.volunteers.teams())[1];
    for (const query of [{}, { sort: 'hours-desc' }, { sort: 'joined-desc', teamId: team.id }, { sort: 'hours-asc', availability: ['weekend'] }]) {
      assert.deepEqual(await walk(sql.resident, query, 173), await walk(memory.volunteers, query, 173), `walk ${JSON.stringify(query)}`);
    }
  });

  it('rejects what the memory adapter rejects, with the same codes and fields', async () => {
    await same('resident', (api) => api.get('v-000002'), 'get');
    await same('resident', (api) => api.get('no-such-volunteer'), 'get unknown');
    await same('resident', (api) => api.query({ sort: 'age' }), 'bad sort');
    await same('resident', (api) => api.query({ skills: ['juggling'] }), 'bad skill');
    await assert.rejects(sql.resident.query({}, { cursor: 'not-a-cursor' }), (e) => e.code === 'validation' && e.fieldErrors.cursor.code === 'invalid');
    await same('anonymous', (api) => api.reveal('v-000002', 'phone'), 'anonymous reveal');
    await same('resident', (api) => api.reveal('v-000002', 'phone'), 'resident reveal');
    await same('grid-centre', (api) => api.reveal('v-000404', 'idNumber'), 'staff reveal');
    await same('grid-centre', (api) => api.reveal('no-such-volunteer', 'phone'), 'reveal unknown');
    await same('grid-centre', (api) => api.reveal('v-000002', 'email'), 'reveal other field');
    await same('resident', (api) => api.logHours({ volunteerId: 'v-000002', date: day(-2), hours: 1, activity: 'x', idempotencyKey: 'k-0000001' }), 'resident logs');
    await same('community-staff', (api) => api.logHours({ volunteerId: 'v-000002', date: '2099-01-01', hours: 30, activity: '', idempotencyKey: 'k' }), 'bad hours');
    await same('community-staff', (api) => api.logHours({ volunteerId: 'v-999999', date: day(-2), hours: 1, activity: 'x', idempotencyKey: 'k-0000002' }), 'hours for nobody');
    await same('resident', (api) => api.join({ name: '', phone: '123', communityId: 'd01', skills: [], availability: [], partyMember: false, idempotencyKey: 'k' }), 'bad join');
    await same('resident', (api) => api.join({ name: '李四', phone: '13800000001', communityId: 'no-such', teamId: 'team-999', skills: [], availability: ['weekend'], partyMember: false, idempotencyKey: 'k-join-bad' }), 'join unknown places');
    await same('resident', (api) => api.stats({ areaId: 'no-such-area' }), 'stats unknown area');
    await same('resident', (api) => api.stats({ period: 'week', from: `${YEAR}-01-01T00:00:00.000Z` }), 'stats period and from');
  });

  it('audits every reveal', async () => {
    const before = (await db.get('SELECT COUNT(*) AS n FROM volunteer_reveals')).n;
    await sql['grid-centre'].reveal('v-000010', 'phone');
    await sql['grid-centre'].reveal('v-000010', 'phone');
    const rows = await db.all('SELECT volunteer_id, field, user_id, at FROM volunteer_reveals ORDER BY at');
    assert.equal(rows.length, before + 2);
    assert.deepEqual(rows.at(-1), { volunteer_id: 'v-000010', field: 'phone', user_id: lib.personaSession('grid-centre').userId, at: CLOCK.toISOString() });
  });

  it('joins, logs hours and replays keys as the memory adapter does; lists, teams and stats follow', async () => {
    const teams = await memory.volunteers.teams();
    memory.control.setSession('grid-centre');
    const [known] = (await memory.volunteers.query({ sort: 'joined-desc' }, { limit: 1 })).items;
    const knownPhone = (await memory.volunteers.reveal(known.id, 'phone')).value;
    await sql['grid-centre'].reveal(known.id, 'phone');
    const community = known.areaId.split('-').slice(0, 3).join('-');
    const joins = [
      { name: ' 王小明 ', phone: '13900000001', idNumber: '110101199003071234', teamId: teams[2].id, communityId: community, skills: ['it', 'legal'], availability: ['weekend'], partyMember: true, idempotencyKey: 'join-key-0001' },
      { name: 'Alice Zhang', phone: '13900000002', communityId: community, skills: [], availability: ['weekday-evening'], partyMember: false, idempotencyKey: 'join-key-0002' },
      { name: '阿明', phone: knownPhone, teamId: teams[5].id, communityId: community, skills: [], availability: ['weekend'], partyMember: false, idempotencyKey: 'join-key-0003' },
    ];
    for (const request of joins) await same('resident', (api) => api.join(request), `join ${request.name}`);
    await same('resident', (api) => api.join({ ...joins[0] }), 'join replayed');
    await same('resident', (api) => api.join({ ...joins[0], name: '王大明' }), 'join key reused');
    const logs = [
      { volunteerId: 'v-000003', date: day(-2), hours: 2.5, activity: ' 陪伴老人 ', idempotencyKey: 'hours-key-001' },
      { volunteerId: 'v-000003', date: `${YEAR - 1}-12-30`, hours: 4, activity: 'Last year', idempotencyKey: 'hours-key-002' },
      { volunteerId: 'v-003001', date: day(0), hours: 7.25, activity: 'New joiner', idempotencyKey: 'hours-key-003' },
      { volunteerId: known.id, date: day(-1), hours: 24, activity: 'Top of the list', idempotencyKey: 'hours-key-004' },
    ];
    for (const input of logs) await same('community-staff', (api) => api.logHours(input), `log ${input.idempotencyKey}`);
    await same('community-staff', (api) => api.logHours({ ...logs[0] }), 'log replayed');
    await same('community-staff', (api) => api.logHours({ ...logs[0], hours: 3 }), 'log key reused');

    await same('resident', (api) => api.teams(), 'teams after writes');
    for (const query of [{ sort: 'hours-desc' }, { sort: 'hours-asc', areaId: community }, { text: '明' }, { text: 'alice' }, { teamId: teams[5].id }, { text: knownPhone.slice(-4) }]) {
      await same('grid-centre', (api) => api.query(query, { limit: 30 }), `query after writes ${JSON.stringify(query)}`);
    }
    for (const query of [{}, { sort: 'joined-desc' }, { areaId: community }]) {
      assert.deepEqual(await walk(sql.resident, query, 199), await walk(memory.volunteers, query, 199), `walk after writes ${JSON.stringify(query)}`);
    }
    for (const query of [{}, { period: 'quarter' }, { period: 'week', areaId: community }, { areaId: community.split('-')[0] }, { areaId: community.split('-').slice(0, 2).join('-'), period: 'quarter' }, { areaId: `${community}-g1` }, { areaId: `${community}-g1-p1`, period: 'quarter' }, { from: `${day(-90)}T00:00:00+08:00`, to: `${day(-1)}T00:00:00+08:00` }]) {
      await same('resident', (api) => api.stats(query), `stats ${JSON.stringify(query)}`);
    }
  });

  it('keeps concurrent writes whole: one volunteer per new phone, one log per key', async () => {
    const community = (await sql.resident.get('v-000001')).areaId.split('-').slice(0, 3).join('-');
    const before = (await sql.resident.query({}, { limit: 1 })).total;
    const request = (k) => ({ name: '赵同时', phone: '13700000077', communityId: community, skills: [], availability: ['weekend'], partyMember: false, idempotencyKey: `concurrent-join-${k}` });
    const receipts = await Promise.all(Array.from({ length: 12 }, (_, k) => sql.resident.join(request(k))));
    assert.equal(new Set(receipts.map((r) => r.volunteer.id)).size, 1, 'one volunteer for one phone');
    assert.equal(new Set(receipts.map((r) => r.referenceNumber)).size, 12, 'a reference number per request');
    assert.equal((await sql.resident.query({}, { limit: 1 })).total, before + 1);
    const input = { volunteerId: receipts[0].volunteer.id, date: day(0), hours: 3, activity: 'Concurrent', idempotencyKey: 'concurrent-hours-1' };
    const logs = await Promise.all(Array.from({ length: 12 }, () => sql['community-staff'].logHours({ ...input })));
    assert.equal(new Set(logs.map((l) => l.id)).size, 1, 'one log for one key');
    assert.equal((await sql.resident.get(input.volunteerId)).hoursThisYear, 3);
  });
});
