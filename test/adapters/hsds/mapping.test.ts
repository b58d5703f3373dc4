import { expect } from '@open-wc/testing';
import { createHsdsAdapter } from '../../../src/adapters/hsds/index.js';
import { readPage, toSchedule, toService } from '../../../src/adapters/hsds/map.js';
import { parseResponse } from '../../../src/adapters/validating.js';
import { servicesResponses } from '../../../src/adapters/response-schemas/services.js';
import { openingState } from '../../../src/domain/schedules.js';
import type { Service } from '../../../src/domain/services.js';
import { fixture, fixtureFetch, type Route } from '../../helpers/standards.js';

const ENDPOINT = 'https://directory.example/hsds';
const CTX = { timeZone: 'Asia/Shanghai', areaId: 'hsds' };
const MOCKS = 'hsds/validator-mocks/tpximpact-OpenReferralApi';
const json = async (path: string) => JSON.parse(await fixture(path)) as unknown;

function adapterFor(routes: Record<string, Route | string>, extra: Parameters<typeof createHsdsAdapter>[0] extends infer O ? Partial<O> : never = {}) {
  const fake = fixtureFetch(ENDPOINT, routes);
  return { fake, adapter: createHsdsAdapter({ endpoint: ENDPOINT, fetch: fake, ...extra }) };
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string }) => e.code);

describe('hsds: service_full to a service', () => {
  it('maps the spec example, and drops what is out of range', async () => {
    const service = toService(await json('hsds/examples/service_full.json'), CTX)!;
    parseResponse(servicesResponses.get, service, 'services.get');
    expect(service).to.include({ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Community Counselling', kind: 'service' });
    expect(service.provider).to.deep.include({ id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.' });
    // latitude 100 / longitude 101 are not degrees: no point.
    expect(service.location).to.deep.equal({
      id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
      name: 'MyCity Civic Center',
      address: '1-30 Main Street, MyVillage, MyCity, MyRegion, MyState, ABC 1234',
      areaId: 'hsds',
    });
    expect(service.areaName).to.equal('MyCity');
    expect(service.phone).to.equal('+44 1234 234567 ext. 100'); // the literal quotes dropped, the numeric extension kept
    // timezone 3 is a UTC offset: Etc/GMT-3 is UTC+3.
    expect(service.schedules).to.deep.equal([
      { byDay: ['TH', 'FR'], opensAt: '10:00', closesAt: '18:00', timezone: 'Etc/GMT-3', note: service.schedules[0]!.note },
    ]);
    expect(service.schedules[0]!.note).to.match(/^The service is available from 10 am/);
    expect(service.cost).to.deep.equal({ free: false, description: 'Under 18s and Over 60s · 35 GBP · per 1 hour session' });
    expect(service.eligibility).to.match(/^This service is intended for all people aged 12 and over/);
    expect(service.termIds).to.deep.equal(['3f7b145d-84af-42d7-8fae-eaca714b02b2']);
    expect(service.audiences).to.deep.equal(['everyone']);
  });

  it('maps the ORUK validator mocks: a reduced field set, and a service without description or valid url/email', async () => {
    const oruk = toService(await json(`${MOCKS}/V3.0-UK-Default_service_full.json`), CTX)!;
    parseResponse(servicesResponses.get, oruk, 'services.get');
    expect(oruk.location.point).to.equal(undefined);
    const fail = toService(await json(`${MOCKS}/V3.0-UK-Fail_service_full.json`), CTX)!;
    parseResponse(servicesResponses.get, fail, 'services.get');
    expect(fail.description).to.equal('');
  });

  it('maps our own directory: missing sections, numeric and IANA zones, past midnight, not-weekly rules, quoted phones', async () => {
    const list = (await json('own/hsds/services.json')) as unknown[];
    const services = list.map((s) => toService(s, CTX)).filter((s): s is Service => s !== null);
    for (const s of services) parseResponse(servicesResponses.get, s, 'services.get');
    const by = (id: string) => services.find((s) => s.id === id)!;
    expect(by('svc-meals').schedules.map((s) => [s.byDay.join(','), s.opensAt, s.closesAt, s.timezone])).to.deep.equal([
      ['MO,TU,WE,TH,FR', '11:00', '13:00', 'Etc/GMT-8'],
      ['MO,TU,WE,TH,FR', '17:00', '18:30', 'Etc/GMT-8'],
    ]);
    expect(by('svc-meals').audiences).to.deep.equal(['elderly']); // minimum_age 60
    expect(by('svc-meals').cost).to.deep.equal({ free: false, description: '每餐 · 12 CNY · 80岁以上老人每餐减免5元' });
    expect(by('svc-homework').schedules[0]!.timezone).to.equal('Asia/Shanghai');
    expect(by('svc-homework').cost.free).to.equal(true);
    expect(by('svc-legal').schedules).to.deep.equal([]); // MONTHLY "1WE"
    expect(by('svc-legal').phone).to.equal('12348');
    expect(by('svc-legal').location.point).to.equal(undefined); // 200, 500
    expect(by('svc-visits').location).to.deep.equal({ id: 'svc-visits-location', name: '', address: '', areaId: 'hsds' });
    expect(by('svc-bare')).to.deep.include({ description: '', schedules: [], eligibility: '', termIds: [] });
    expect(by('svc-bare').provider).to.deep.equal({ id: 'svc-bare-provider', name: '—' });
    // 22:00 to 06:00 at UTC+8: open at 23:00 China time, closed at noon; the browser's own zone never matters.
    const night = by('svc-night').schedules;
    expect(openingState(night, new Date('2026-12-01T15:00:00Z')).open).to.equal(true);
    expect(openingState(night, new Date('2026-12-01T04:00:00Z')).open).to.equal(false);
  });

  it('reads schedules as servers write them', () => {
    expect(toSchedule({ freq: 'DAILY', opens_at: '9:30', closes_at: '24:00' }, 'UTC')).to.deep.equal({
      byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
      opensAt: '09:30',
      closesAt: '23:59',
      timezone: 'UTC',
    });
    expect(toSchedule({ byday: 'SA', opens_at: '10:00', closes_at: '12:00', timezone: -5 }, 'UTC')!.timezone).to.equal('Etc/GMT+5');
    expect(toSchedule({ byday: 'SA', opens_at: 'morning', closes_at: '12:00' }, 'UTC')).to.equal(null);
    expect(toSchedule({ byday: 'SA' }, 'UTC')).to.equal(null);
  });
});

describe('hsds: paging as servers send it', () => {
  it('reads the spec page and the validator pages, consistent or not', async () => {
    expect(readPage(await json('hsds/examples/service_list.json'), 1, 1)).to.deep.include({ total: 10, hasNext: true });
    // page 3 of 4: more to come; total 20.
    const middle = readPage(await json(`${MOCKS}/TestData_pagination.json`), 3, 5)!;
    expect([middle.total, middle.hasNext, middle.contents.length]).to.deep.equal([20, true, 5]);
    // page_number 2 > total_pages 1, last_page true, empty true with 4 contents: the contents count, no next page.
    const odd = readPage(await json(`${MOCKS}/TestData_paginationWithIssues.json`), 2, 1)!;
    expect([odd.hasNext, odd.contents.length]).to.deep.equal([false, 4]);
    // total_items 1 while contents holds 4: no total.
    const fail = readPage(await json(`${MOCKS}/V3.0-UK-Fail_service_list.json`), 1, 1)!;
    expect([fail.total, fail.hasNext]).to.deep.equal([null, false]);
    expect(readPage({ data: [] }, 1, 10)).to.equal(null);
  });

  it('maps HSDS pages onto cursors: per_page and page on the wire, a forged cursor refused', async () => {
    const { fake, adapter } = adapterFor({ 'GET services': 'hsds/examples/service_list.json' });
    const first = parseResponse(servicesResponses.query, await adapter.services.query({ kind: 'service' }, { limit: 1 }), 'services.query');
    expect(first.items.map((s) => s.name)).to.deep.equal(['Community Counselling']);
    expect(first.total).to.equal(10);
    await adapter.services.query({ kind: 'service', text: 'counsel' }, { cursor: first.nextCursor, limit: 1 });
    const query = fake.calls[1]!.url.searchParams;
    expect(Object.fromEntries(query)).to.deep.equal({ search: 'counsel', page: '2', per_page: '1' });
    expect(await failure(adapter.services.query({ kind: 'service' }, { cursor: 'forged' }))).to.equal('validation');
  });

  it('drops nameless records and duplicate ids (the ORUK fail list), and lists nothing for the other kinds', async () => {
    const { adapter } = adapterFor({ 'GET services': `${MOCKS}/V3.0-UK-Fail_service_list.json` });
    expect((await adapter.services.query({ kind: 'service' })).items).to.deep.equal([]);
    expect(await adapter.services.query({ kind: 'demand' })).to.deep.equal({ items: [], nextCursor: null, total: 0 });
    expect(adapter.services.capabilities).to.deep.equal({ kinds: ['service'], request: false, postDemand: false });
  });
});

describe('hsds: taxonomy, errors and requests', () => {
  it('reads taxonomy_terms pages; a parent not in the list makes a top-level term', async () => {
    const { adapter } = adapterFor({ 'GET taxonomy_terms': 'hsds/examples/taxonomy_term_list.json' });
    const terms = parseResponse(servicesResponses.taxonomy, await adapter.services.taxonomy(), 'services.taxonomy');
    // The server says 10 pages, yet sends the same term for every page: read once.
    expect(terms).to.deep.equal([{ id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', code: 'code', name: 'name', parentId: null }]);
    const own = adapterFor({ 'GET taxonomy_terms': 'own/hsds/taxonomy_terms.json' }).adapter;
    const tree = await own.services.taxonomy();
    expect(tree.find((t) => t.id === 't-meals')!.parentId).to.equal('t-elderly');
    expect(tree.find((t) => t.id === 't-orphan')!.parentId).to.equal(null);
  });

  it('turns HTTP errors and unreadable bodies into the contract codes', async () => {
    const { adapter } = adapterFor({
      'GET services/gone': { body: '{"message":"Not found"}', status: 404 },
      'GET services/broken': { body: '<html>oops</html>' },
      'GET services/nameless': `${MOCKS}/TestData_pagination.json`,
      'GET services': { body: '{"items":[]}' },
    });
    expect(await failure(adapter.services.get('service', 'gone'))).to.equal('not_found');
    expect(await failure(adapter.services.get('service', 'broken'))).to.equal('invalid_response');
    expect(await failure(adapter.services.get('service', 'nameless'))).to.equal('invalid_response');
    expect(await failure(adapter.services.get('resource', 'x'))).to.equal('not_found');
    expect(await failure(adapter.services.query({ kind: 'service' }))).to.equal('invalid_response');
    expect(await failure(adapter.services.postDemand({} as never))).to.equal('unsupported');
  });

  it('hands a request to the portal hook once per key; without a hook it is unsupported', async () => {
    const seen: string[] = [];
    const { adapter } = adapterFor(
      { 'GET services/ac148810-d857-441c-9679-408f346de14b': 'hsds/examples/service_full.json' },
      { request: async (input, { service }) => (seen.push(`${service.name}: ${input.name}`), { referenceNumber: 'SR-1' }) },
    );
    const input = { itemId: 'ac148810-d857-441c-9679-408f346de14b', name: '王秀英', phone: '13912345678', preferredTime: '周末', notes: '', idempotencyKey: 'key-12345678' };
    const receipt = parseResponse(servicesResponses.request, await adapter.services.request(input), 'services.request');
    expect(receipt).to.include({ id: 'SR-1', referenceNumber: 'SR-1', itemId: input.itemId, status: 'received' });
    await adapter.services.request({ ...input });
    expect(seen).to.deep.equal(['Community Counselling: 王秀英']);
    expect(await failure(adapter.services.request({ ...input, notes: 'other' }))).to.equal('conflict');
    expect(await failure(adapter.services.request({ ...input, phone: '1', idempotencyKey: 'key-87654321' }))).to.equal('validation');
    expect(await failure(adapterFor({}).adapter.services.request(input))).to.equal('unsupported');
  });
});
