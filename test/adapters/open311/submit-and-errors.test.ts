import { expect } from '@open-wc/testing';
import { createOpen311Adapter, type Open311AdapterOptions } from '../../../src/adapters/open311/index.js';
import { rejection } from '../../helpers/rejection.js';
import { report } from './helpers.js';
import { fixtureFetch, type Route } from '../../helpers/standards.js';

const ENDPOINT = 'https://city.example/open311/v2';
const O = 'open311';
const SERVICES = { body: '[{"service_code":"POT","service_name":"Pothole","metadata":true,"group":"Roads"}]' };
const SERVICES_XML = { body: '<services><service><service_code>POT</service_code><service_name>Pothole</service_name><metadata>true</metadata></service></services>' };

function setup(routes: Record<string, Route | string>, options: Partial<Open311AdapterOptions> = {}) {
  const fake = fixtureFetch(ENDPOINT, {
    'GET services.json': SERVICES,
    'GET services/POT.json': 'own/open311/service-definition-all-types.json',
    'GET services.xml': SERVICES_XML,
    'GET services/POT.xml': `${O}/mysociety-open311-adapter/endpoint_service_definition_POT.xml`,
    ...routes,
  });
  return { fake, adapter: createOpen311Adapter({ endpoint: ENDPOINT, fetch: fake, ...options }) };
}


describe('open311 submit', () => {
  it('posts a report as a form: location, contact, answers as attribute[code] (lists as attribute[code][]), key and jurisdiction', async () => {
    const { fake, adapter } = setup(
      { 'POST requests.json': `${O}/spec-wiki/post-requests-response.json` },
      { jurisdictionId: 'city.example', apiKey: 'SECRET' },
    );
    const kase = await adapter.cases.submit(report());
    const post = fake.calls.find((c) => c.method === 'POST')!;
    const form = new URLSearchParams(post.body);
    expect(form.get('jurisdiction_id')).to.equal('city.example');
    expect(form.get('api_key')).to.equal('SECRET');
    expect(form.get('service_code')).to.equal('POT');
    expect([form.get('lat'), form.get('long'), form.get('address_string')]).to.deep.equal(['39.9612', '116.4178', '和平里北街12号']);
    expect([form.get('first_name'), form.get('phone'), form.get('description')]).to.deep.equal(['王秀英', '13912345678', 'A deep pothole by the bus stop']);
    expect(form.get('attribute[where]')).to.equal('1');
    expect(form.get('attribute[depth]')).to.equal('12');
    expect(form.getAll('attribute[hazards][]')).to.deep.equal(['oil', 'glass']);
    // The server knows the id but does not list it yet (GET answers 404): the case is what was sent.
    expect(kase).to.include({ id: '293944', publicNumber: '293944', status: 'reported', mine: true, urgency: 'high', description: 'A deep pothole by the bus stop' });
    expect(kase.reporter).to.deep.equal({ anonymous: false, name: '王秀英', phone: '139****5678' });
    expect(kase.timeline[0]!.note).to.match(/^The City will inspect/); // service_notice
    expect(kase.location.areaId).to.equal('grid-7');
  });

  it('reads the XML answer (notice wrapped in whitespace, <account_id/>) and then the request itself', async () => {
    const { adapter } = setup(
      {
        'POST requests.xml': `${O}/spec-wiki/post-requests-response.xml`,
        'GET requests/293944.xml': { body: '<service_requests><request><service_request_id>293944</service_request_id><status>open</status><service_code>POT</service_code><requested_datetime>2026-11-30T10:00:00+08:00</requested_datetime></request></service_requests>' },
      },
      { format: 'xml' },
    );
    const kase = await adapter.cases.submit(report({ answers: { depth: 3 } }));
    expect(kase.createdAt).to.equal('2026-11-30T02:00:00.000Z');
    expect(kase.timeline[0]!.note).to.equal(
      'The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code',
    );
    expect(kase.mine).to.equal(true);
  });

  it('resolves a token answer through tokens/{token}, and keeps a token that is not resolved yet as the case number', async () => {
    const merton = setup(
      {
        'POST requests.xml': `${O}/mysociety-open311-adapter/fixture_merton_requestpost.xml`,
        'GET tokens/TOKEN.xml': `${O}/mysociety-open311-adapter/fixture_merton_token.xml`,
        'GET requests/ServiceID.xml': { body: '<service_requests><request><service_request_id>ServiceID</service_request_id><status>open</status><requested_datetime>2026-11-30T10:00:00Z</requested_datetime></request></service_requests>' },
      },
      { format: 'xml' },
    );
    expect((await merton.adapter.cases.submit(report({ answers: { depth: 3 } }))).id).to.equal('ServiceID');
    const boston = setup({ 'POST requests.xml': `${O}/oiva-node-open311/boston-submitrequest-token.xml` }, { format: 'xml' });
    const pending = await boston.adapter.cases.submit(report({ answers: { depth: 3 } }));
    expect(pending).to.include({ id: 'token:503fc045901932078800163c', status: 'reported', mine: true });
    const notYet = await rejection(boston.adapter.cases.get(pending.id));
    expect(notYet.code).to.equal('not_found');
    const json = setup({ 'POST requests.json': 'own/open311/post-response-token.json', 'GET tokens/8f2c1d7e.json': `${O}/spec-wiki/tokens-response.json`, 'GET requests/638344.json': `${O}/spec-wiki/request-single.json` });
    expect((await json.adapter.cases.submit(report())).id).to.equal('638344');
  });

  it('refuses an answer with an empty id or an element inside the id with invalid_response', async () => {
    for (const file of ['post_response_empty_service_request_id.xml', 'post_response_nested_element_in_id.xml']) {
      const { adapter } = setup({ 'POST requests.xml': `${O}/mysociety-fixmystreet/${file}` }, { format: 'xml' });
      expect((await rejection(adapter.cases.submit(report({ answers: { depth: 3 } })))).code, file).to.equal('invalid_response');
    }
  });

  it('checks the report before sending it, with the domain rules and the definition', async () => {
    const { fake, adapter } = setup({});
    const e = await rejection(adapter.cases.submit(report({ description: '', answers: { depth: 'deep' }, phone: '123' })));
    expect(e.code).to.equal('validation');
    expect(e.fieldErrors).to.deep.include({
      description: { code: 'required' },
      phone: { code: 'invalid_phone' },
      'answers.where': { code: 'required' },
      'answers.depth': { code: 'not_a_number' },
    });
    expect((await rejection(adapter.cases.submit(report({ categoryCode: 'NOPE' })))).fieldErrors?.categoryCode?.code).to.equal('invalid_option');
    expect(fake.calls.some((c) => c.method === 'POST')).to.equal(false);
  });

  it('sends a photo through the portal hook as media_url; without a hook, a photo is a field error', async () => {
    const photo = new File([new Uint8Array([1, 2, 3])], 'hole.jpg', { type: 'image/jpeg' });
    const uploaded: Blob[] = [];
    const { fake, adapter } = setup(
      { 'POST requests.json': `${O}/spec-wiki/post-requests-response.json` },
      { uploadPhoto: async (blob) => (uploaded.push(blob), 'https://cdn.city.example/p/1.jpg') },
    );
    await adapter.cases.submit(report({ photos: [photo] }));
    expect(uploaded).to.deep.equal([photo]);
    expect(new URLSearchParams(fake.calls.find((c) => c.method === 'POST')!.body).get('media_url')).to.equal('https://cdn.city.example/p/1.jpg');
    const without = setup({ 'POST requests.json': `${O}/spec-wiki/post-requests-response.json` });
    expect((await rejection(without.adapter.cases.submit(report({ photos: [photo] })))).fieldErrors?.photos?.code).to.equal('invalid');
  });

  it('sends a report once per idempotency key, and a reused key with another body is a conflict naming the case', async () => {
    const { fake, adapter } = setup({ 'POST requests.json': `${O}/spec-wiki/post-requests-response.json` });
    const first = report();
    const [a, b] = await Promise.all([adapter.cases.submit(first), adapter.cases.submit({ ...first })]);
    expect(a.id).to.equal(b.id);
    expect(fake.calls.filter((c) => c.method === 'POST')).to.have.length(1);
    const conflict = await rejection(adapter.cases.submit({ ...first, description: 'Something else' }));
    expect(conflict.code).to.equal('conflict');
    expect(conflict.existing).to.deep.equal({ id: '293944', publicNumber: '293944' });
  });

  it('is read-only for the loop: act and follow reject with unsupported, and capabilities say so', async () => {
    const { adapter } = setup({});
    expect(adapter.cases.capabilities).to.deep.equal({ actions: [], follow: false, system: 'Open311' });
    expect((await rejection(adapter.cases.act('638344', { action: 'verify', idempotencyKey: 'k-12345678' }))).code).to.equal('unsupported');
    expect((await rejection(adapter.cases.follow('638344'))).code).to.equal('unsupported');
  });
});

describe('open311 errors', () => {
  const cases: Array<[string, Route, string, RegExp]> = [
    ['spec JSON errors, 403', { file: `${O}/spec-wiki/errors.json`, status: 403 }, 'forbidden', /Invalid api_key received/],
    ['spec XML errors, 403', { file: `${O}/spec-wiki/errors.xml`, status: 403 }, 'forbidden', /Invalid api_key received/],
    ['spec JSON errors printed with the HTTP status line, sent as 200', { file: `${O}/spec-wiki/errors.json.http` }, 'forbidden', /Invalid api_key/],
    ['spec XML errors printed with the HTTP status line, sent as 200', { file: `${O}/spec-wiki/errors.xml.http` }, 'forbidden', /Invalid api_key/],
    ['a bare <error>text</error> after a status line', { file: `${O}/codeforamerica-open311-ruby/403.xml`, status: 403 }, 'forbidden', /Invalid api_key/],
    ['a 404 <errors> for an unknown id', { file: `${O}/codeforamerica-open311-ruby/get_service_request_not_found.xml`, status: 404 }, 'not_found', /not found with id/],
    ['a one-line 400 <errors>', { file: `${O}/mysociety-fixmystreet/error_400.xml`, status: 400 }, 'validation', /Service Code cannot be null/],
    ['a malformed XML error body', { file: `${O}/mysociety-fixmystreet/error_malformed_xml.xml`, status: 400 }, 'validation', /HTTP 400/],
    ['Boston: a duplicate', { file: `${O}/oiva-node-open311/boston-err-submitrequest-base_is_duplicate.xml`, status: 400 }, 'validation', /base is a duplicate/],
    ['SeeClickFix: an extra key (full_errors)', { file: `${O}/seeclickfix/error_invalid_organization_id.json`, status: 404 }, 'not_found', /Invalid Organization ID/],
    ['a bare message', { file: 'own/open311/error-bare-message.txt', status: 401 }, 'unauthorized', /Invalid api_key received/],
    ['a 503 with an HTML page', { body: '<html><body>Down for maintenance</body></html>', status: 503 }, 'unavailable', /HTTP 503/],
    ['a 200 that is neither JSON nor XML', { body: 'Service temporarily unavailable' }, 'invalid_response', /neither JSON nor well-formed XML/],
  ];
  for (const [what, route, code, message] of cases) {
    it(`${what} → ${code}`, async () => {
      const { adapter } = setup({ 'GET requests.json': route });
      const e = await rejection(adapter.cases.list({}));
      expect(e.name).to.equal('AdapterError');
      expect(e.code).to.equal(code);
      expect(e.message).to.match(message);
    });
  }

  it('a network failure is network; an abort stays an AbortError; a bad time zone fails at once', async () => {
    const offline = createOpen311Adapter({ endpoint: ENDPOINT, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect((await rejection(offline.cases.list({}))).code).to.equal('network');
    const { adapter } = setup({ 'GET requests.json': `${O}/spec-wiki/requests.json` });
    const controller = new AbortController();
    controller.abort();
    expect((await rejection(adapter.cases.list({}, { signal: controller.signal }))).name).to.equal('AbortError');
    expect(() => createOpen311Adapter({ endpoint: ENDPOINT, timeZone: 'Mars/Olympus' })).to.throw(RangeError);
  });
});
