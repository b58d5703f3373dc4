// A pass-through HTTP proxy on loopback that times every request it forwards to the reference server: from
// sending it upstream to the last byte of the answer, so a figure is the server's time plus one loopback hop
// (no change to the server needed). Each request is named by its route in the contract
// (src/adapters/rest/routes.ts, read as text) and, for the list routes, by what it asks (text, team, …, next page).
import { readFileSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const ROUTES_TS = fileURLToPath(new URL('../../src/adapters/rest/routes.ts', import.meta.url));

/** `[{ op, method, parts }]` from the ROUTES table's `'op': { method: 'GET', path: '/x/{id}' }` lines. */
function readRoutes() {
  const text = readFileSync(ROUTES_TS, 'utf8');
  return [...text.matchAll(/'([\w.]+)': \{ method: '(GET|POST)', path: '([^']+)'/g)].map(([, op, method, path]) => ({ op, method, parts: path.split('/').filter(Boolean) }));
}

/** As the server's matchRoute: the route with the most literal segments wins. */
function routeOf(routes, method, pathname) {
  const parts = pathname.split('/').filter(Boolean);
  let best;
  for (const r of routes) {
    if (r.method !== method || r.parts.length !== parts.length) continue;
    let literals = 0;
    if (!r.parts.every((seg, i) => seg.startsWith('{') || (seg === parts[i] && ++literals))) continue;
    if (!best || literals > best.literals) best = { op: r.op, literals };
  }
  return best?.op ?? `${method} ${pathname}`;
}

/** The filters a list request carries, e.g. `volunteers.query (text, next page)`. */
function qualified(op, search) {
  if (op !== 'volunteers.query' && op !== 'orgs.children') return op;
  const asks = ['text', 'teamId', 'skills', 'areaId', 'availability', 'partyMember'].filter((k) => search.has(k)).map((k) => k.replace(/Id$/, ''));
  if (search.has('cursor')) asks.push('next page');
  return asks.length ? `${op} (${asks.join(', ')})` : op;
}

/** Starts the proxy in front of `upstream`; `timings` is `[{ route, ms, status }]`, `clear()` empties it. */
export function startTimingProxy(upstream) {
  const target = new URL(upstream);
  const routes = readRoutes();
  const timings = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, target);
    const start = performance.now();
    const up = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
      answer.on('end', () => {
        if (req.method === 'OPTIONS') return; // CORS preflights: not a route
        timings.push({ route: qualified(routeOf(routes, req.method, url.pathname), url.searchParams), ms: performance.now() - start, status: answer.statusCode });
      });
    });
    up.on('error', (e) => res.destroy(e));
    req.pipe(up);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        timings,
        clear: () => void timings.splice(0),
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      }),
    ),
  );
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
}

/** `{ route: { n, p50, p95, max } }` over these timings. */
export function perRoute(timings) {
  const by = new Map();
  for (const t of timings) by.set(t.route, [...(by.get(t.route) ?? []), t.ms]);
  return Object.fromEntries([...by].sort(([a], [b]) => a.localeCompare(b)).map(([route, ms]) => [route, { n: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) }]));
}
