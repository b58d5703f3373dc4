// Open311 has no idempotency keys: the adapter keeps them per tab (sessionStorage), so a retried report is
// never sent twice, even when the server's answer was lost or the page was reloaded in between.
import { expect } from '@open-wc/testing';
import { createOpen311Adapter } from '../../../src/adapters/open311/index.js';
import { rejection } from '../../helpers/rejection.js';
import { report } from './helpers.js';
import { fixtureFetch } from '../../helpers/standards.js';

const SERVICES = { body: '[{"service_code":"POT","service_name":"Pothole","metadata":true,"group":"Roads"}]' };

/** What the fake server does with the next POST. */
type PostFate = 'answer' | 'lose-answer' | 'unreachable' | 'refuse';

/** An Open311 server in the page: requests it made, POSTs it saw, and what happens to the next POST. */
function fakeServer(endpoint: string) {
  const made: Record<string, unknown>[] = [];
  const fates: PostFate[] = [];
  const fixtures = fixtureFetch(endpoint, {
    'GET services.json': SERVICES,
    'GET services/POT.json': 'own/open311/service-definition-all-types.json',
  });
  const posts: URLSearchParams[] = [];
  const lookups: URL[] = [];
  const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status });
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const path = url.pathname.slice(new URL(endpoint).pathname.length + 1);
    if (init.method === 'POST' && path === 'requests.json') {
      const form = new URLSearchParams(String(init.body));
      posts.push(form);
      const fate = fates.shift() ?? 'answer';
      if (fate === 'unreachable') throw new TypeError('Failed to fetch');
      if (fate === 'refuse') return json([{ code: 400, description: 'A description is required' }], 400);
      const id = String(7001 + made.length);
      made.push({
        service_request_id: id,
        status: 'open',
        service_code: form.get('service_code'),
        service_name: 'Pothole',
        description: form.get('description'),
        requested_datetime: '2026-12-01T02:00:00+00:00',
        address: form.get('address_string') ?? '',
        lat: form.get('lat'),
        long: form.get('long'),
      });
      if (fate === 'lose-answer') throw new TypeError('Failed to fetch'); // made, but the answer never came back
      return json([{ service_request_id: id }]);
    }
    if (path === 'requests.json') {
      lookups.push(url);
      return json(made.filter((r) => !url.searchParams.get('service_code') || r.service_code === url.searchParams.get('service_code')));
    }
    const one = /^requests\/(.+)\.json$/.exec(path);
    if (one) {
      const row = made.find((r) => r.service_request_id === decodeURIComponent(one[1]!));
      return row ? json([row]) : json([{ code: 404, description: 'not found' }], 404);
    }
    return fixtures(input, init);
  };
  return { fetch: fetch as typeof globalThis.fetch, made, posts, lookups, next: (...f: PostFate[]) => fates.push(...f) };
}


const ledgerKeys = () => Object.keys(sessionStorage).filter((k) => k.startsWith('gr-open311:'));

describe('open311 submit, when answers are lost', () => {
  let endpoint: string;
  beforeEach(() => {
    // One endpoint per test: the ledger is kept per endpoint.
    endpoint = `https://city.example/open311-${crypto.randomUUID()}/v2`;
  });
  afterEach(() => ledgerKeys().forEach((k) => sessionStorage.removeItem(k)));

  it('finds a report whose answer was lost on the server when it is retried, instead of sending it twice', async () => {
    const server = fakeServer(endpoint);
    const adapter = createOpen311Adapter({ endpoint, fetch: server.fetch });
    const sent = report();
    server.next('lose-answer');
    expect((await rejection(adapter.cases.submit(sent))).code).to.equal('network');
    const kase = await adapter.cases.submit(sent);
    expect(kase.id).to.equal('7001');
    expect(kase.mine).to.equal(true);
    expect(server.posts).to.have.length(1);
    expect(server.made).to.have.length(1);
    expect(server.lookups[0]!.searchParams.get('service_code')).to.equal('POT');
    expect(server.lookups[0]!.searchParams.get('start_date')).to.match(/^\d{4}-\d\d-\d\dT/);
  });

  it('does the same after a reload: a new adapter in the same tab still knows the key was sent', async () => {
    const server = fakeServer(endpoint);
    server.next('lose-answer');
    const sent = report();
    expect((await rejection(createOpen311Adapter({ endpoint, fetch: server.fetch }).cases.submit(sent))).code).to.equal('network');
    const reloaded = createOpen311Adapter({ endpoint, fetch: server.fetch });
    expect((await reloaded.cases.submit(sent)).id).to.equal('7001');
    expect(server.made).to.have.length(1);
  });

  it('sends a report again once when its first POST never reached the server', async () => {
    const server = fakeServer(endpoint);
    const adapter = createOpen311Adapter({ endpoint, fetch: server.fetch });
    const sent = report();
    server.next('unreachable');
    expect((await rejection(adapter.cases.submit(sent))).code).to.equal('network');
    expect((await adapter.cases.submit(sent)).id).to.equal('7001');
    expect(server.lookups, 'looked for it before sending again').to.have.length(1);
    expect(server.posts).to.have.length(2);
    expect(server.made).to.have.length(1);
    // A third try, after the answer came: the same case, no lookup, no POST.
    expect((await createOpen311Adapter({ endpoint, fetch: server.fetch }).cases.submit(sent)).id).to.equal('7001');
    expect(server.posts).to.have.length(2);
  });

  it('answers a report that landed before a reload with that case, and another report under its key is a conflict naming it', async () => {
    const server = fakeServer(endpoint);
    const sent = report();
    expect((await createOpen311Adapter({ endpoint, fetch: server.fetch }).cases.submit(sent)).id).to.equal('7001');
    const reloaded = createOpen311Adapter({ endpoint, fetch: server.fetch });
    expect((await reloaded.cases.submit(sent)).id).to.equal('7001');
    const conflict = await rejection(reloaded.cases.submit({ ...sent, description: 'Something else' }));
    expect(conflict.code).to.equal('conflict');
    expect(conflict.existing).to.deep.equal({ id: '7001', publicNumber: '7001' });
    expect(server.posts).to.have.length(1);
  });

  it('frees the key when the server refuses the report, so the corrected report is sent', async () => {
    const server = fakeServer(endpoint);
    const adapter = createOpen311Adapter({ endpoint, fetch: server.fetch });
    const sent = report();
    server.next('refuse');
    expect((await rejection(adapter.cases.submit(sent))).code).to.equal('validation');
    expect(ledgerKeys(), 'a refused key is not kept').to.have.length(0);
    expect((await adapter.cases.submit(sent)).id).to.equal('7001');
    expect(server.lookups, 'no lookup for a refused report').to.have.length(0);
    expect(server.posts).to.have.length(2);
  });

  it('keeps nothing a person typed in the tab: only a digest, a time and the server\'s id', async () => {
    const server = fakeServer(endpoint);
    server.next('lose-answer');
    await rejection(createOpen311Adapter({ endpoint, fetch: server.fetch }).cases.submit(report()));
    const stored = ledgerKeys().map((k) => sessionStorage.getItem(k)!).join('\n');
    expect(stored).to.not.equal('');
    for (const typed of ['王秀英', '13912345678', 'pothole', '和平里']) expect(stored.toLowerCase()).to.not.contain(typed.toLowerCase());
  });
});
