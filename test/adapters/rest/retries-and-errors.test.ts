import { expect } from '@open-wc/testing';
import { rejection } from '../../helpers/rejection.js';
import { attempts, scenario } from '../../helpers/rest-servers.js';
import { createRestAdapter, type RestAdapterOptions } from '../../../src/adapters/rest/index.js';

/** Small timeouts and backoffs keep the suite fast; each test gets its own run id on the server. */
async function adapterFor(name: string, options: Partial<RestAdapterOptions> = {}) {
  const { baseUrl, run } = await scenario(name);
  return { run, adapter: createRestAdapter({ baseUrl, timeoutMs: 1000, retries: 2, backoffMs: 10, maxBackoffMs: 40, ...options }) };
}

describe('RestAdapter: retries', () => {
  it('retries a GET after 5xx and succeeds on the third attempt', async () => {
    const { run, adapter } = await adapterFor('flaky');
    const session = await adapter.session.current();
    expect(session.userId).to.equal('u-1');
    expect((await attempts(run)).length).to.equal(3);
  });

  it('gives up after the configured retries with unavailable', async () => {
    const { run, adapter } = await adapterFor('down', { retries: 1 });
    const e = await rejection(adapter.session.current());
    expect(e.code).to.equal('unavailable');
    expect((await attempts(run)).length).to.equal(2);
  });

  it('retries a write that carries an idempotency key, resending the same key', async () => {
    const { run, adapter } = await adapterFor('flaky');
    const receipt = await adapter.services.request({
      itemId: 'sv-1', name: '王秀英', phone: '13800001234', preferredTime: 'morning', notes: '', idempotencyKey: 'key-retry-0001',
    });
    expect(receipt.id).to.equal('rq-1');
    const seen = await attempts(run);
    expect(seen.map((a) => a.idempotencyKey)).to.deep.equal(['key-retry-0001', 'key-retry-0001', 'key-retry-0001']);
  });

  it('never retries a POST without an idempotency key (reveal)', async () => {
    const { run, adapter } = await adapterFor('flaky');
    const e = await rejection(adapter.volunteers.reveal('v-000001', 'phone'));
    expect(e.code).to.equal('unavailable');
    expect((await attempts(run)).length).to.equal(1);
  });

  it('waits out Retry-After before the next attempt (measured on the server)', async () => {
    const { run, adapter } = await adapterFor('retry-after', { backoffMs: 1 });
    await adapter.session.current();
    const [first, second] = await attempts(run);
    expect(second, 'a second attempt').to.exist;
    expect(second!.at - first!.at).to.be.at.least(1000);
  });

  it('does not wait out a Retry-After beyond the cap: unavailable with retryAfterMs', async () => {
    const { run, adapter } = await adapterFor('retry-after-long');
    const e = await rejection(adapter.session.current());
    expect(e.code).to.equal('unavailable');
    expect(e.retryAfterMs).to.equal(120_000);
    expect((await attempts(run)).length).to.equal(1);
  });
});

describe('RestAdapter: timeouts and aborts', () => {
  it('turns its own deadline into timeout, after retrying', async () => {
    const { run, adapter } = await adapterFor('slow', { timeoutMs: 150, retries: 1 });
    const e = await rejection(adapter.session.current());
    expect(e.code).to.equal('timeout');
    expect((await attempts(run)).length).to.equal(2);
  });

  it("keeps the caller's abort an AbortError and does not retry it", async () => {
    const { run, adapter } = await adapterFor('slow', { timeoutMs: 2000 });
    const controller = new AbortController();
    const pending = rejection(adapter.session.current({ signal: controller.signal }));
    // Abort once the server has the request in hand, so the test does not race the connection.
    while ((await attempts(run)).length === 0) await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const e = await pending;
    expect(e.name).to.equal('AbortError');
    expect((await attempts(run)).length).to.equal(1);
  });

  it('reports an unreachable server as network', async () => {
    const adapter = createRestAdapter({ baseUrl: 'http://127.0.0.1:9', retries: 0, timeoutMs: 2000 });
    const e = await rejection(adapter.session.current());
    expect(e.code).to.equal('network');
  });
});

describe('RestAdapter: responses and HTTP errors', () => {
  it('reports a body that is not JSON as invalid_response', async () => {
    const { adapter } = await adapterFor('malformed');
    expect((await rejection(adapter.session.current())).code).to.equal('invalid_response');
  });

  it('reports JSON that breaks the schema as invalid_response naming the method', async () => {
    const { adapter } = await adapterFor('wrong-shape');
    const e = await rejection(adapter.session.current());
    expect(e.code).to.equal('invalid_response');
    expect(e.message).to.contain('session.current');
  });

  it('maps 422 to validation with the field errors from the body', async () => {
    const { adapter } = await adapterFor('fields');
    const e = await rejection(adapter.session.current());
    expect(e.code).to.equal('validation');
    expect(e.fieldErrors).to.deep.equal({ description: { code: 'required' }, 'answers.depth': { code: 'too_big', max: 10 } });
  });

  const statuses: Array<[number, string]> = [
    [400, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [429, 'unavailable'],
    [503, 'unavailable'],
  ];
  for (const [status, code] of statuses) {
    it(`maps HTTP ${status} to ${code}`, async () => {
      const { adapter } = await adapterFor(`status-${status}`, { retries: 0 });
      expect((await rejection(adapter.session.current())).code).to.equal(code);
    });
  }

  it('maps a 5xx with an HTML body to unavailable', async () => {
    const { adapter } = await adapterFor('html-error', { retries: 0 });
    expect((await rejection(adapter.session.current())).code).to.equal('unavailable');
  });

  it('sends the bearer token (from a function), the locale and the query', async () => {
    const { run, adapter } = await adapterFor('ok', { token: async () => 'grid-centre' });
    await adapter.session.current({ locale: 'en' });
    await adapter.areas.children('d01', { cursor: 'abc', limit: 5 });
    const [first, second] = await attempts(run);
    expect(first!.authorization).to.equal('Bearer grid-centre');
    expect(first!.acceptLanguage).to.equal('en');
    expect(second!.path).to.equal('/areas/d01/children');
    expect(second!.query).to.equal('?cursor=abc&limit=5');
  });
});
