import { expect } from '@open-wc/testing';
import { restServers } from '../../helpers/rest-servers.js';

/** Plain fetch against the reference server: what any HTTP client (not just ours) sees. */
async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const { reference } = await restServers();
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.body) headers.set('Content-Type', 'application/json');
  const response = await fetch(reference + path, { ...init, headers });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, read loosely on purpose
  return { response, body: (await response.json()) as Record<string, any> };
}

const key = () => `server-test-${crypto.randomUUID()}`;

describe('reference server over HTTP', () => {
  it('treats no token as anonymous and refuses an unknown one with 401 and the error body', async () => {
    expect((await call('/session')).body.userId).to.equal(null);
    const { response, body } = await call('/session', { token: 'nobody' });
    expect(response.status).to.equal(401);
    expect(body.error.code).to.equal('unauthorized');
  });

  it('answers an unknown route with 404 in the error format', async () => {
    const { response, body } = await call('/no-such-thing');
    expect(response.status).to.equal(404);
    expect(body.error.code).to.equal('not_found');
  });

  it('requires an Idempotency-Key on writes (422 naming the field)', async () => {
    const { response, body } = await call('/services/requests', { method: 'POST', token: 'resident', body: '{}' });
    expect(response.status).to.equal(422);
    expect(body.error.fieldErrors.idempotencyKey.code).to.equal('required');
  });

  it('refuses a body that is not JSON with 422', async () => {
    const { response, body } = await call('/services/requests', { method: 'POST', token: 'resident', body: '{oops', headers: { 'Idempotency-Key': key() } });
    expect(response.status).to.equal(422);
    expect(body.error.code).to.equal('validation');
  });

  it('replays the stored response for a repeated key and refuses another body with 409', async () => {
    const services = await call('/services?kind=service&limit=1');
    const request = { itemId: services.body.items[0].id, name: '王秀英', phone: '13800001234', preferredTime: 'morning', notes: '' };
    const k = key();
    const first = await call('/services/requests', { method: 'POST', token: 'resident', body: JSON.stringify(request), headers: { 'Idempotency-Key': k } });
    const again = await call('/services/requests', { method: 'POST', token: 'resident', body: JSON.stringify(request), headers: { 'Idempotency-Key': k } });
    expect(first.response.status).to.equal(200);
    expect(again.body).to.deep.equal(first.body);
    expect(again.response.headers.get('Idempotent-Replayed')).to.equal('true');
    const other = await call('/services/requests', { method: 'POST', token: 'resident', body: JSON.stringify({ ...request, notes: 'x' }), headers: { 'Idempotency-Key': k } });
    expect(other.response.status).to.equal(409);
    expect(other.body.error.code).to.equal('conflict');
  });

  it('localises labels from Accept-Language', async () => {
    const zh = await call('/cases/categories', { headers: { 'Accept-Language': 'zh-CN' } });
    const en = await call('/cases/categories', { headers: { 'Accept-Language': 'en;q=0.9' } });
    expect(en.body[0].name).not.to.equal(zh.body[0].name);
  });

  it('refuses malformed query values with 422 naming the parameter', async () => {
    const { response, body } = await call('/volunteers?partyMember=maybe');
    expect(response.status).to.equal(422);
    expect(body.error.fieldErrors.partyMember.code).to.equal('invalid');
  });
});
