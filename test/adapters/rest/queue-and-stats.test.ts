import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { PersonaName } from '../../../src/adapters/memory/personas.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import type { CaseQuery, CaseStats, StatsQuery } from '../../../src/domain/index.js';
import { startOfCityHour } from '../../../src/domain/city-clock.js';
import { TEST_NOW } from '../../helpers/city-clock.js';
import { restServers } from '../../helpers/rest-servers.js';

// The reference server runs the memory engine on the tests' frozen clock, so its seeded world is the one a
// memory adapter in this page lays out. Cases, hours and requests other tests write all fall at or after the
// epoch (the clock is frozen), so over seeded times the server must answer exactly what the engine answers here:
// the query travels intact, and the server aggregates as the engine does.

const DAY = 86_400_000;
const EPOCH = startOfCityHour(TEST_NOW);

async function rest(persona: PersonaName) {
  return createRestAdapter({ baseUrl: (await restServers()).reference, token: persona, timeoutMs: 8000, retries: 1, backoffMs: 50 });
}

const memory = (persona: PersonaName) => createMemoryAdapter({ session: persona, now: () => TEST_NOW });
/** The browser sends its own Accept-Language unless told; the engine here speaks Chinese unless told. */
const zh = { locale: 'zh-CN' };

async function raw(path: string, token = 'grid-centre') {
  const response = await fetch((await restServers()).reference + path, { headers: { Authorization: `Bearer ${token}` } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, read loosely on purpose
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('reference server: the work queue over HTTP', () => {
  const seeded: CaseQuery = { reportedTo: EPOCH.toISOString() };
  const queries: CaseQuery[] = [
    { ...seeded },
    { ...seeded, sort: 'newest', status: ['dispatched', 'returned', 'closed'] },
    { ...seeded, sort: 'due', urgency: ['high', 'emergency'], areaId: 'd01' },
    { ...seeded, departmentId: 'dept-zj', overdue: false, sort: 'newest' },
    { ...seeded, dueBefore: new Date(TEST_NOW.getTime() + DAY).toISOString(), reportedFrom: new Date(TEST_NOW.getTime() - 20 * DAY).toISOString() },
    { ...seeded, categoryCode: 'garbage', text: '垃圾', overdue: true },
  ];

  it('answers each filter and sort as the engine does, for each persona', async () => {
    for (const persona of ['grid-centre', 'community-staff', 'department-staff', 'resident'] as const) {
      const [overHttp, here] = [await rest(persona), memory(persona)];
      for (const query of queries) {
        const a = await overHttp.cases.list(query, { limit: 200 });
        const b = await here.cases.list(query, { limit: 200 });
        expect(a.total, `${persona} ${JSON.stringify(query)}`).to.equal(b.total);
        expect(a.items.map((c) => c.id), `${persona} ${JSON.stringify(query)}`).to.deep.equal(b.items.map((c) => c.id));
      }
    }
  });

  it('reads repeated and typed query parameters, and answers a malformed one with 422 naming it', async () => {
    const { status, body } = await raw(`/cases?status=dispatched&status=handled&urgency=high&sort=newest&limit=5&reportedTo=${encodeURIComponent(EPOCH.toISOString())}`);
    expect(status).to.equal(200);
    const viaAdapter = await (await rest('grid-centre')).cases.list({ status: ['dispatched', 'handled'], urgency: ['high'], sort: 'newest', reportedTo: EPOCH.toISOString() }, { limit: 5 });
    expect(body.items.map((c: { id: string }) => c.id)).to.deep.equal(viaAdapter.items.map((c) => c.id));
    expect(body.items[0].department).to.have.keys(['id', 'name']);
    for (const [query, field] of [
      ['sort=oldest', 'sort'],
      ['dueBefore=soon', 'dueBefore'],
      ['overdue=maybe', 'overdue'],
      ['urgency=urgent', 'urgency.0'],
    ]) {
      const bad = await raw(`/cases?${query}`);
      expect(bad.status, query).to.equal(422);
      expect(Object.keys(bad.body.error.fieldErrors), query).to.deep.equal([field]);
    }
  });
});

describe('reference server: statistics over HTTP', () => {
  const past = (days: number, before = 0): StatsQuery => ({
    from: new Date(EPOCH.getTime() - days * DAY).toISOString(),
    to: new Date(EPOCH.getTime() - before * DAY).toISOString(),
  });
  /** What nothing after the epoch can change. `escalatedNow` is now: other tests escalate their own cases. */
  const settledPart = ({ escalatedNow: _now, ...rest }: CaseStats) => rest;

  it('computes cases.stats as the engine does', async () => {
    const [overHttp, here] = [await rest('resident'), memory('resident')];
    for (const query of [past(60), { ...past(30), areaId: 'd01' }, { ...past(14, 2), areaId: 'd01-s01-c01' }]) {
      const a = await overHttp.cases.stats(query, zh);
      expect(settledPart(a), JSON.stringify(query)).to.deep.equal(settledPart(await here.cases.stats(query, zh)));
    }
    const en = await overHttp.cases.stats(past(30), { locale: 'en' });
    expect(en.byDepartment.map((d) => d.departmentName)).to.include('City Management Bureau');
  });

  it('computes volunteers.stats and services.stats as the engine does', async () => {
    const [overHttp, here] = [await rest('resident'), memory('resident')];
    // Hours are logged for yesterday at the latest, requests and demands made now: all after these periods.
    for (const query of [past(60, 2), { ...past(40, 3), areaId: 'd02' }]) {
      expect(await overHttp.volunteers.stats(query, zh), JSON.stringify(query)).to.deep.equal(await here.volunteers.stats(query, zh));
      expect(await overHttp.services.stats(query, zh), JSON.stringify(query)).to.deep.equal(await here.services.stats(query, zh));
    }
  });

  it('answers a relative period, and refuses a period with dates with 422', async () => {
    const week = await raw('/cases/stats?period=week&areaId=d01');
    expect(week.status).to.equal(200);
    expect(week.body.areaId).to.equal('d01');
    expect(week.body.weekly.length).to.be.within(1, 2);
    const bad = await raw(`/volunteers/stats?period=week&from=${encodeURIComponent(EPOCH.toISOString())}`);
    expect(bad.status).to.equal(422);
    expect(bad.body.error.fieldErrors).to.deep.equal({ period: { code: 'invalid' } });
    expect((await raw('/services/stats?areaId=nowhere')).body.error.fieldErrors).to.deep.equal({ areaId: { code: 'invalid_option' } });
  });
});
