// A tiny HTTP server that breaks on purpose, for the RestAdapter's retry and error tests.
// URLs are `/s/<scenario>/<run>/<contract path>`: the scenario picks the misbehaviour, the run id
// (unique per test) keeps attempt counts apart, and `GET /__attempts/<run>` reports what arrived
// and when, measured here on the server so no test depends on client timing.
import { createServer } from 'node:http';

const SESSION = { userId: 'u-1', displayName: 'Test', roles: ['resident'], permissions: ['case:report'], areaIds: [] };
const RECEIPT = { id: 'rq-1', referenceNumber: 'FW-20261127-0001', itemId: 'sv-1', createdAt: '2026-11-27T08:00:00.000Z', status: 'received' };

function success(path) {
  if (/^\/volunteers\/[^/]+\/reveal$/.test(path)) return { value: '13800001234' };
  if (path === '/services/requests') return RECEIPT;
  if (path.endsWith('/children')) return { items: [], nextCursor: null, total: 0 };
  return SESSION;
}

const error = (code, message, extra = {}) => JSON.stringify({ error: { code, message, ...extra } });

export async function startMisbehavingServer() {
  const attempts = new Map();
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key, Accept-Language');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const url = new URL(req.url, 'http://x');
    const report = /^\/__attempts\/([^/]+)$/.exec(url.pathname);
    if (report) return void json(res, 200, JSON.stringify(attempts.get(report[1]) ?? []));
    const m = /^\/s\/([^/]+)\/([^/]+)(\/.*)$/.exec(url.pathname);
    if (!m) return void json(res, 404, error('not_found', 'no scenario'));
    const [, scenario, run, path] = m;
    const list = attempts.get(run) ?? [];
    attempts.set(run, list);
    list.push({
      at: Date.now(),
      method: req.method,
      path,
      query: url.search,
      authorization: req.headers.authorization ?? null,
      idempotencyKey: req.headers['idempotency-key'] ?? null,
      acceptLanguage: req.headers['accept-language'] ?? null,
    });
    req.resume();
    req.on('end', () => respond(res, scenario, list.length, path));
  });

  function respond(res, scenario, n, path) {
    const ok = () => json(res, 200, JSON.stringify(success(path)));
    switch (scenario) {
      case 'ok':
        return ok();
      case 'slow': {
        const timer = setTimeout(ok, 3000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'flaky': // Two 503s, then success.
        return n <= 2 ? json(res, 503, error('unavailable', 'try again')) : ok();
      case 'down':
        return json(res, 500, error('unavailable', 'broken'));
      case 'malformed':
        return json(res, 200, '{"userId": nul');
      case 'wrong-shape':
        return json(res, 200, JSON.stringify({ userId: 5 }));
      case 'retry-after': // One 429 asking for a second's pause, then success.
        return n === 1 ? json(res, 429, error('unavailable', 'slow down'), { 'Retry-After': '1' }) : ok();
      case 'retry-after-long':
        return json(res, 503, error('unavailable', 'maintenance'), { 'Retry-After': '120' });
      case 'html-error':
        res.writeHead(502, { 'Content-Type': 'text/html' });
        return void res.end('<html><body>Bad gateway</body></html>');
      case 'fields':
        return json(res, 422, error('validation', 'The report has errors', {
          fieldErrors: { description: { code: 'required' }, 'answers.depth': { code: 'too_big', max: 10 } },
        }));
      default: {
        const status = Number(/^status-(\d{3})$/.exec(scenario)?.[1] ?? 404);
        return json(res, status, error('whatever', `status ${status}`));
      }
    }
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(body);
}
