import { expect } from '@open-wc/testing';
import { createOpen311Adapter, type Open311AdapterOptions } from '../../../src/adapters/open311/index.js';
import type { CaseSummary, GridCase } from '../../../src/domain/cases.js';
import { parseResponse } from '../../../src/adapters/validating.js';
import { casesResponses } from '../../../src/adapters/response-schemas/cases.js';
import { fixtureFetch, type Route } from '../../helpers/standards.js';

const ENDPOINT = 'https://city.example/open311/v2';
const O = 'open311';

function adapterFor(routes: Record<string, Route | string>, options: Partial<Open311AdapterOptions> = {}) {
  return createOpen311Adapter({ endpoint: ENDPOINT, fetch: fixtureFetch(ENDPOINT, routes), ...options });
}

async function list(format: 'json' | 'xml', file: string, options: Partial<Open311AdapterOptions> = {}): Promise<CaseSummary[]> {
  const adapter = adapterFor({ [`GET requests.${format}`]: file }, { format, ...options });
  return parseResponse(casesResponses.list, await adapter.cases.list({}, { limit: 200 }), 'cases.list').items;
}

async function get(format: 'json' | 'xml', id: string, file: string, options: Partial<Open311AdapterOptions> = {}): Promise<GridCase> {
  const adapter = adapterFor({ [`GET requests/${id}.${format}`]: file }, { format, ...options });
  return parseResponse(casesResponses.get, await adapter.cases.get(id), 'cases.get');
}

const byId = <T extends { id: string }>(items: T[], id: string) => items.find((c) => c.id === id)!;

describe('open311 requests: read onto the closed loop', () => {
  it('reads the spec examples (JSON not valid: service_code 006) the same as the XML ones', async () => {
    const fromJson = await list('json', `${O}/spec-wiki/requests.json`);
    const fromXml = await list('xml', `${O}/spec-wiki/requests.xml`);
    expect(fromXml).to.deep.equal(fromJson);
    const closed = byId(fromJson, '638344');
    expect(closed).to.include({ status: 'closed', categoryCode: '006', categoryName: 'Sidewalk and Curb Issues', description: '' });
    expect(closed.createdAt).to.equal('2010-04-14T14:37:38.000Z');
    expect(closed.dueAt).to.equal('2010-04-15T14:37:38.000Z');
    expect(closed.closedAt).to.equal('2010-04-14T14:37:38.000Z');
    expect(closed.location).to.deep.equal({ areaId: '545483', areaPath: [], address: '8TH AVE and JUDAH ST', point: { lat: 37.762221815, lng: -122.4651145 } });
    expect(byId(fromJson, '638349').status).to.equal('reported');
  });

  it('keeps the status note, the agency and the expected date in the case and its timeline; trims media_url', async () => {
    const kase = await get('json', '638344', `${O}/spec-wiki/request-single.json`);
    expect(kase.timeline.map((e) => [e.action, e.toState, e.note])).to.deep.equal([
      ['report', 'reported', undefined],
      ['close', 'closed', 'Duplicate request.'],
    ]);
    expect(kase.photos).to.deep.equal([{ id: '638344-media', url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg', name: '', kind: 'report' }]);
    const xml = await get('xml', '638344', `${O}/spec-wiki/request-single.xml`);
    expect(xml.photos[0]!.url).to.equal(kase.photos[0]!.url);
    const toronto = await get('xml', '101005420892', `${O}/open311status/toronto_requests_single.xml`);
    expect(toronto).to.include({ status: 'dispatched', publicNumber: '101005420892', description: '' });
    expect(toronto.department).to.deep.equal({ id: '311 Toronto', name: '311 Toronto' });
    expect(toronto.timeline[1]).to.deep.include({ action: 'dispatch', note: 'In progress - The request has been scheduled.', department: { id: '311 Toronto', name: '311 Toronto' } });
    expect(toronto.updatedAt).to.equal(toronto.createdAt); // <updated_datetime/>
    expect(toronto.dueAt).to.equal('2018-08-03T04:01:00.000Z');
    expect(toronto.location.point).to.deep.equal({ lat: 43.691104288, lng: -79.272306875 }); // <long> before <lat>
    expect(toronto.photos).to.deep.equal([]); // <media_url/>
  });

  it('reads string ids, absent keys, null, "" and 0 for unknown values', async () => {
    const chicago = await list('json', `${O}/open311status/chicago_service_requests.json`);
    expect(chicago.map((c) => [c.id, c.status, c.department?.name])).to.deep.equal([
      ['14-01100669', 'dispatched', 'Division of Electrical Operations CDOT'],
      ['14-01100627', 'dispatched', 'DOB - Conservation'],
    ]);
    const bloomington = await list('json', `${O}/open311status/bloomington_requests.json`);
    expect(bloomington).to.have.length(21);
    const noPlace = byId(bloomington, '4fbd40b2b1fe2c4b02000001');
    expect(noPlace.location.point).to.equal(undefined); // lat/long null
    expect(noPlace.location.address).to.equal(''); // address null
    expect(noPlace.description).to.include('pickup.\n\nThanks.'); // \r\n
    expect(bloomington.some((c) => c.location.point === undefined && c.id !== noPlace.id)).to.equal(true); // lat/long 0
    const seeclickfix = await list('json', `${O}/seeclickfix/newhaven_requests_account_29.json`);
    expect(seeclickfix.length).to.be.greaterThan(5);
    expect(seeclickfix[0]!.categoryCode).to.match(/^\d+$/); // numeric service_code
    const zero = await get('xml', '0', `${O}/mysociety-open311-adapter/endpoint_request_0.xml`);
    expect(zero).to.include({ id: '0', status: 'reported' });
    expect(zero.location.point).to.equal(undefined); // lat/long 0
  });

  it('reads dates with a space and no zone in the time zone given, xsi:nil, padded addresses and SOAP namespaces', async () => {
    const sf = await list('xml', `${O}/open311status/san_francisco_requests.xml`, { timeZone: 'America/Los_Angeles' });
    const first = byId(sf, '1129806');
    expect(first.status).to.equal('reported'); // "Open"
    expect(first.createdAt).to.equal('2012-05-23T06:57:23.970Z'); // 2012-05-22 23:57:23.97, PDT
    expect(first.updatedAt).to.equal(first.createdAt); // xsi:nil
    expect(first.dueAt).to.equal('2012-05-31T15:30:00.000Z');
    expect(first.location.address).to.equal('SAN FRANCISCO , CA');
    expect(first.location.point).to.equal(undefined); // 0.0, 0.0
    expect(byId(sf, '1129792').location.point).to.deep.equal({ lat: 37.77944, lng: -122.404434 });
    expect(sf.some((c) => c.status === 'closed')).to.equal(true); // "Closed"
    // Without the option, a zone-less date is UTC.
    expect(byId(await list('xml', `${O}/open311status/san_francisco_requests.xml`), '1129806').createdAt).to.equal('2012-05-22T23:57:23.970Z');
  });

  it('maps statuses beyond open/closed, in several spellings, onto the closed loop', async () => {
    const own = await list('json', 'own/open311/requests-status-spellings.json');
    const state = (id: string) => byId(own, id).status;
    expect(state('12345678901234567890')).to.equal('dispatched'); // "In Progress"; the 20-digit id kept to the last digit
    expect(state('A-2')).to.equal('dispatched'); // in-progress
    expect(state('A-3')).to.equal('accepted'); // ACKNOWLEDGED
    expect(state('A-4')).to.equal('handled'); // Fixed
    expect(state('A-5')).to.equal('closed'); // duplicate
    expect(state('A-6')).to.equal('reopened');
    expect(state('A-7')).to.equal('reported'); // unknown: open
    expect(state('A-8')).to.equal('accepted'); // open, with a note
    expect(state('A-9')).to.equal('closed');
    expect(own.map((c) => c.id)).not.to.include('A-11'); // no date at all: left out
    expect(own).to.have.length(9); // and the one with an empty id
    const big = byId(own, '12345678901234567890');
    expect(big.createdAt).to.equal('2026-11-20T08:15:00.000Z');
    expect(big.updatedAt).to.equal('2026-11-21T01:00:00.123Z');
    expect(big.location).to.deep.include({ address: "People's Square Huangpu", point: { lat: 31.2304, lng: 121.4737 } });
    expect((await list('xml', `${O}/mysociety-fixmystreet/getservicerequests_requests_investigating.xml`)).map((c) => c.status)).to.deep.equal([
      'accepted',
      'accepted',
      'accepted',
    ]);
    const inProgress = await list('xml', `${O}/mysociety-open311-adapter/passthrough_requests_in_progress.xml`);
    expect(inProgress[0]).to.include({ status: 'dispatched' });
    expect(inProgress[0]!.location.point).to.equal(undefined); // lat/long 100, 100: not degrees
  });

  it('reads wrapped lists and empty lists; drops unsafe photo URLs', async () => {
    expect((await list('json', 'own/open311/requests-wrapped.json')).map((c) => c.id)).to.deep.equal(['W-1']);
    expect(await list('xml', `${O}/codeforamerica-open311-ruby/service_requests_empty.xml`)).to.deep.equal([]);
    expect(await list('xml', `${O}/mysociety-open311-adapter/endpoint_requests_empty.xml`)).to.deep.equal([]);
    const hostile = await get('json', 'H-1', 'own/open311/request-hostile-media.json');
    expect(hostile.photos).to.deep.equal([]);
    expect(hostile.description).to.equal('<img src=x onerror=alert(1)> is just text');
  });

  it('answers what cannot be used with invalid_response or not_found, never another error', async () => {
    const code = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string }) => e.code);
    expect(await code(get('json', 'N-1', 'own/open311/request-no-dates.json'))).to.equal('invalid_response');
    expect(await code(list('json', 'own/open311/not-open311.json'))).to.equal('invalid_response');
    expect(await code(get('xml', 'x', `${O}/codeforamerica-open311-ruby/service_requests_empty.xml`))).to.equal('not_found');
    expect(await code(get('xml', 'x', `${O}/mysociety-fixmystreet/error_malformed_xml.xml`))).to.equal('invalid_response');
  });

  it('pages a list with cursors over one snapshot, filters locally, and refuses a forged cursor', async () => {
    const adapter = adapterFor({ 'GET requests.json': `${O}/open311status/bloomington_requests.json` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof adapter.cases.list>> = await adapter.cases.list({}, { cursor, limit: 5 });
      expect(page.total).to.equal(21);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).to.equal(21);
    const text = await adapter.cases.list({ text: 'graffiti' });
    expect(text.items.length).to.be.greaterThan(0);
    expect(text.items.every((c) => `${c.description} ${c.categoryName}`.toLowerCase().includes('graffiti'))).to.equal(true);
    const error = await adapter.cases.list({}, { cursor: 'bm90LWEtY3Vyc29y' }).catch((e: unknown) => e);
    expect(error).to.have.property('code', 'validation');
  });

  it('asks the server for open or closed, a category and a jurisdiction', async () => {
    const fake = fixtureFetch(ENDPOINT, { 'GET requests.json': `${O}/open311status/chicago_service_requests.json` });
    const adapter = createOpen311Adapter({ endpoint: ENDPOINT, fetch: fake, jurisdictionId: 'city.example', apiKey: 'SECRET' });
    await adapter.cases.list({ status: ['dispatched', 'accepted'], categoryCode: '4ffa9cad6018277d4000007b' });
    const query = fake.calls[0]!.url.searchParams;
    expect(Object.fromEntries(query)).to.deep.equal({ jurisdiction_id: 'city.example', service_code: '4ffa9cad6018277d4000007b', status: 'open' });
    expect(query.has('api_key')).to.equal(false); // the key goes with writes only
  });
});
