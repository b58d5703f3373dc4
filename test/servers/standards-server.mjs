// A local server that speaks three standards from the fixtures in test/fixtures/standards/, for the widget tests
// (test/servers/standards-plugin.mjs starts it) and for `npm run demo:standards`:
//
//   /open311/{live|batch}/…   Open311 GeoReport v2, JSON (`.json`) or XML (`.xml`): services and their definitions
//                             from real fixtures, requests seeded from real captures; POST requests stores a new one
//                             (`batch` answers with a token, resolved by tokens/{token}). Some request ids serve a
//                             fixture file as it is (see VERBATIM_REQUESTS).
//   /hsds/…                   Open Referral HSDS 3.0: /services (paged: page, per_page, search, taxonomy_term_id),
//                             /services/{id}, /taxonomy_terms (paged), from own/hsds and the spec's examples.
//   /files/{path}             any fixture file as it is (Popolo exports are fetched from here).
//
// Every answer allows any origin, so the demo portal on another port can call it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/standards/', import.meta.url));
const file = (path) => readFileSync(FIXTURES + path);
const json = (path) => JSON.parse(file(path).toString('utf8'));

// --- Open311 ----------------------------------------------------------------------------------------------------

/** Services per format, with the definitions of those that have `metadata: true`. */
const OPEN311_SERVICES = {
  json: {
    list: 'open311/open311status/service_list.json',
    definitions: {
      '001': 'open311/spec-wiki/service-definition.json',
      '002': 'open311/libre311/service_definition_numeric_codes.json',
      '003': 'own/open311/service-definition-all-types.json',
    },
  },
  xml: {
    list: 'open311/mysociety-open311-adapter/endpoint_services.xml',
    definitions: {
      POT: 'open311/mysociety-open311-adapter/endpoint_service_definition_POT.xml',
      SPOT: 'open311/mysociety-open311-adapter/fixture_confirm_service_without_ign_attribute.xml',
    },
  },
};

/** Requests answered with a fixture file as it is (possibly in the other format: clients must cope). */
const VERBATIM_REQUESTS = {
  638344: { json: 'open311/spec-wiki/request-single.json', xml: 'open311/spec-wiki/request-single.xml' },
  101005420892: { xml: 'open311/open311status/toronto_requests_single.xml' },
  0: { xml: 'open311/mysociety-open311-adapter/endpoint_request_0.xml' },
  2003: { xml: 'open311/mysociety-open311-adapter/passthrough_requests_in_progress.xml' },
};

const serviceNames = {
  json: Object.fromEntries(json(OPEN311_SERVICES.json.list).map((s) => [s.service_code, s.service_name])),
  xml: Object.fromEntries(
    [...file(OPEN311_SERVICES.xml.list).toString('utf8').matchAll(/<service_code>([^<]*)<\/service_code>\s*<service_name>([^<]*)</g)].map(
      (m) => [m[1], m[2]],
    ),
  ),
};

export function createStandardsStore() {
  // Seeded from real captures (valid JSON ones): Chicago, Bloomington, New Haven.
  const requests = [
    ...json('open311/open311status/chicago_service_requests.json'),
    ...json('open311/open311status/bloomington_requests.json').slice(0, 8),
    ...json('open311/seeclickfix/newhaven_requests_account_29.json').slice(0, 6),
  ];
  return { requests, tokens: new Map(), next: 900001 };
}

function xmlEscape(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function render(format, rows) {
  if (format === 'json') return JSON.stringify(rows);
  const body = rows
    .map((row) => {
      const fields = Object.entries(row)
        .map(([k, v]) => (v === null || v === undefined ? `<${k}/>` : `<${k}>${xmlEscape(v)}</${k}>`))
        .join('');
      return `<request>${fields}</request>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><service_requests>${body}</service_requests>`;
}

function errors(format, status, description) {
  return format === 'json'
    ? JSON.stringify([{ code: status, description }])
    : `<?xml version="1.0" encoding="utf-8"?><errors><error><code>${status}</code><description>${xmlEscape(description)}</description></error></errors>`;
}

function open311(store, method, profile, path, format, query, body) {
  const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8';
  const ok = (text) => ({ status: 200, type, body: text });
  const fail = (status, description) => ({ status, type, body: errors(format, status, description) });
  const services = OPEN311_SERVICES[format];
  if (method === 'GET' && path === 'services') return ok(file(services.list));
  const definition = /^services\/(.+)$/.exec(path);
  if (method === 'GET' && definition) {
    const source = services.definitions[decodeURIComponent(definition[1])];
    return source ? ok(file(source)) : fail(404, `No service definition for ${definition[1]}`);
  }
  if (method === 'GET' && path === 'requests') {
    const ids = query.get('service_request_id')?.split(',');
    const rows = store.requests
      .filter((r) => !ids || ids.includes(String(r.service_request_id)))
      .filter((r) => !query.get('service_code') || String(r.service_code) === query.get('service_code'))
      .filter((r) => !query.get('status') || r.status === query.get('status'));
    return ok(render(format, rows));
  }
  const one = /^requests\/(.+)$/.exec(path);
  if (method === 'GET' && one) {
    const id = decodeURIComponent(one[1]);
    const verbatim = VERBATIM_REQUESTS[id];
    if (verbatim) {
      const source = verbatim[format] ?? Object.values(verbatim)[0];
      return { status: 200, type: source.endsWith('.xml') ? 'text/xml; charset=utf-8' : 'application/json', body: file(source) };
    }
    const row = store.requests.find((r) => String(r.service_request_id) === id);
    return row ? ok(render(format, [row])) : fail(404, `Service request not found with id or token ${id}`);
  }
  const token = /^tokens\/(.+)$/.exec(path);
  if (method === 'GET' && token) {
    const id = store.tokens.get(decodeURIComponent(token[1]));
    return id === undefined ? fail(404, `No token ${token[1]}`) : ok(render(format, [{ service_request_id: id, token: token[1] }]));
  }
  if (method === 'POST' && path === 'requests') {
    const form = new URLSearchParams(body);
    const code = form.get('service_code');
    if (!code || !(code in serviceNames[format])) return fail(400, `Service Code ${code ?? ''} is not valid -- can't proceed with the request.`);
    if (!form.get('lat') && !form.get('address_string') && !form.get('address_id')) return fail(400, 'A location is required');
    if (!form.get('description')) return fail(400, 'A description is required');
    const id = store.next++;
    const at = new Date().toISOString().replace(/\.\d+Z$/, '+00:00');
    const attributes = [...form.keys()].filter((k) => k.startsWith('attribute['));
    store.requests.unshift({
      service_request_id: id,
      status: 'open',
      status_notes: null,
      service_name: serviceNames[format][code],
      service_code: code,
      description: form.get('description'),
      agency_responsible: null,
      service_notice: null,
      requested_datetime: at,
      updated_datetime: at,
      expected_datetime: null,
      address: form.get('address_string') ?? '',
      address_id: form.get('address_id') ?? null,
      zipcode: null,
      lat: form.get('lat') ?? null,
      long: form.get('long') ?? null,
      media_url: form.get('media_url') ?? '',
    });
    const notice = attributes.length ? `Received with ${attributes.length} answers.` : 'Received.';
    if (profile === 'batch') {
      const t = `T${id}`;
      store.tokens.set(t, id);
      return ok(render(format, [{ token: t }]));
    }
    return ok(render(format, [{ service_request_id: id, service_notice: notice, account_id: null }]));
  }
  return fail(404, `No such Open311 resource: ${method} ${path}`);
}

// --- HSDS -------------------------------------------------------------------------------------------------------

// The spec example and the ORUK mock share an id; a directory lists each service once, so the mock gets its own.
const HSDS_SERVICES = [
  ...json('own/hsds/services.json'),
  json('hsds/examples/service_full.json'),
  { ...json('hsds/validator-mocks/tpximpact-OpenReferralApi/V3.0-UK-Default_service_full.json'), id: 'oruk-default-service' },
];
const HSDS_TERMS = [...json('own/hsds/taxonomy_terms.json'), json('hsds/examples/taxonomy_term.json')];

function page(items, query) {
  const size = Math.max(1, Math.min(100, Number(query.get('per_page')) || 10));
  const number = Math.max(1, Number(query.get('page')) || 1);
  const contents = items.slice((number - 1) * size, number * size);
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: number,
    size,
    first_page: number === 1,
    last_page: number >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function termIdsOf(service) {
  return (service.attributes ?? []).map((a) => a.taxonomy_term?.id).filter(Boolean);
}

function hsds(method, path, query) {
  const ok = (value) => ({ status: 200, type: 'application/json', body: JSON.stringify(value) });
  if (method !== 'GET') return { status: 405, type: 'application/json', body: '{"message":"HSDS is read-only"}' };
  if (path === '' || path === '/') return { status: 200, type: 'application/json', body: file('hsds/examples/base.json') };
  if (path === 'services') {
    const text = query.get('search')?.toLowerCase();
    const term = query.get('taxonomy_term_id');
    const rows = HSDS_SERVICES.filter(
      (s) =>
        (!text || `${s.name} ${s.description ?? ''}`.toLowerCase().includes(text)) && (!term || termIdsOf(s).includes(term)),
    );
    return ok(page(rows, query));
  }
  const one = /^services\/(.+)$/.exec(path);
  if (one) {
    const service = HSDS_SERVICES.find((s) => s.id === decodeURIComponent(one[1]));
    return service ? ok(service) : { status: 404, type: 'application/json', body: '{"message":"Not found"}' };
  }
  if (path === 'taxonomy_terms') return ok(page(HSDS_TERMS, query));
  return { status: 404, type: 'application/json', body: '{"message":"Not found"}' };
}

// --- the server -------------------------------------------------------------------------------------------------

/** A Node request handler for the three standards; `store` keeps what was submitted. */
export function createStandardsHandler(store = createStandardsStore()) {
  return async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headers = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Accept-Language',
      'Cache-Control': 'no-store',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, headers).end();
      return;
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    let answer;
    const o311 = /^\/open311\/(live|batch)\/(.+)\.(json|xml)$/.exec(url.pathname);
    const hs = /^\/hsds\/?(.*)$/.exec(url.pathname);
    const files = /^\/files\/(.+)$/.exec(url.pathname);
    try {
      if (o311) answer = open311(store, req.method, o311[1], o311[2], o311[3], url.searchParams, body);
      else if (hs) answer = hsds(req.method, hs[1], url.searchParams);
      else if (files && !files[1].split('/').includes('..')) {
        const path = decodeURIComponent(files[1]);
        answer = { status: 200, type: path.endsWith('.xml') ? 'text/xml' : 'application/json', body: file(path) };
      }
    } catch (e) {
      answer = e.code === 'ENOENT' ? undefined : { status: 500, type: 'text/plain', body: String(e) };
    }
    answer ??= { status: 404, type: 'text/plain', body: 'Not found' };
    res.writeHead(answer.status, { ...headers, 'Content-Type': answer.type }).end(answer.body);
  };
}

/** Starts the server on 127.0.0.1 (port 0: any free one); resolves to its URL and a close function. */
export function startStandardsServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(createStandardsHandler());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
