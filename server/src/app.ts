import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdapterError } from '../../src/adapters/errors.js';
import { createMemoryAdapter, DEFAULT_SEED, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { MemorySizes } from '../../src/adapters/memory/options.js';
import { ROUTES, matchRoute } from '../../src/adapters/rest/routes.js';
import { sessionFor } from './auth.js';
import { openDatabase, readMeta, writeMeta } from './db.js';
import { HANDLERS } from './handlers.js';
import { errorResponse, preferredLocale, readJsonBody, sendJson, setCors } from './http.js';
import { IdempotencyKeys, existingCase, fingerprint } from './idempotency.js';
import { Query } from './query.js';
import { SerialQueue } from './queue.js';
import { SqliteStorage } from './sqlite-storage.js';

export interface ServerOptions {
  /** SQLite file; created and seeded on first start. `:memory:` for a throwaway server. */
  db: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Only used when the database is new; afterwards the database's own seed wins. */
  seed?: number;
  sizes?: Partial<MemorySizes>;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The reference server: the whole adapter contract over HTTP. The rules come from the memory
 * adapter (the same generator, state machine, permissions and validation), its changes are kept
 * in SQLite, and the HTTP layer adds bearer-token sessions and `Idempotency-Key` replay.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = openDatabase(options.db);
  const seed = Number(readMeta(db, 'seed') ?? options.seed ?? DEFAULT_SEED);
  const sizes = JSON.parse(readMeta(db, 'sizes') ?? JSON.stringify(options.sizes ?? {})) as Partial<MemorySizes>;
  writeMeta(db, 'seed', String(seed));
  writeMeta(db, 'sizes', JSON.stringify(sizes));
  const engine: MemoryAdapter = createMemoryAdapter({ seed, sizes, session: 'anonymous', persist: { storage: new SqliteStorage(db), key: 'state' } });
  const keys = new IdempotencyKeys(db);
  const queue = new SerialQueue();

  const server = createServer((req, res) => {
    setCors(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    handle(req).then(
      (r) => sendJson(res, r.status, r.body, r.headers),
      (e) => {
        const r = errorResponse(e);
        sendJson(res, r.status, r.body, r.headers);
      },
    );
  });

  async function handle(req: import('node:http').IncomingMessage): Promise<{ status: number; body: string; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = matchRoute(req.method ?? 'GET', url.pathname);
    if (!match) throw new AdapterError('not_found', `No route ${req.method} ${url.pathname}`);
    const session = sessionFor(req.headers.authorization);
    if (!session) throw new AdapterError('unauthorized', 'Unknown bearer token');
    const route = ROUTES[match.op];
    const body = route.method === 'POST' ? await readJsonBody(req) : {};
    const key = String(req.headers['idempotency-key'] ?? '');
    if ('idempotent' in route && route.idempotent && !key) {
      throw new AdapterError('validation', 'This write needs an Idempotency-Key header', { fieldErrors: { idempotencyKey: { code: 'required' } } });
    }
    const options = { locale: preferredLocale(req.headers['accept-language']) };
    const input = { params: match.params, query: new Query(url.searchParams), body, key, options };

    return queue.run(async () => {
      const operation = `${route.method} ${url.pathname}`;
      const print = fingerprint({ body, user: session.userId });
      if (key && 'idempotent' in route) {
        const seen = keys.lookup(operation, key, print);
        if (seen && 'conflict' in seen) {
          // A report edited after a lost answer: name the case this key already created, so the client can find it.
          const existing = match.op === 'cases.submit' ? existingCase(seen.conflict) : undefined;
          throw new AdapterError('conflict', `Idempotency-Key ${key} was already used with a different request`, { existing });
        }
        if (seen) return { ...seen.replay, headers: { 'Idempotent-Replayed': 'true' } };
      }
      engine.control.setSession(session);
      const result = await HANDLERS[match.op](engine, input);
      engine.control.flush();
      const response = { status: 200, body: JSON.stringify(result) };
      if (key && 'idempotent' in route) keys.store(operation, key, print, response);
      return response;
    });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
