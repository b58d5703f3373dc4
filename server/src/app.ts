import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AdapterError } from '../../src/adapters/errors.js';
import { DEFAULT_SEED, DEFAULT_SIZES } from '../../src/adapters/memory/index.js';
import type { MemorySizes } from '../../src/adapters/memory/options.js';
import { ROUTES, matchRoute } from '../../src/adapters/rest/routes.js';
import { cityNow } from '../../src/domain/city-clock.js';
import { sessionFor } from './auth.js';
import { HANDLERS } from './handlers.js';
import { errorResponse, preferredLocale, readJsonBody, sendJson, setCors } from './http.js';
import { Query } from './query.js';
import type { SqlContext } from './sql/context.js';
import type { Db } from './sql/db.js';
import { engineFor, groupSeeds } from './sql/engine.js';
import { migrate } from './sql/migrate.js';
import { openPostgres } from './sql/postgres.js';
import { seedGroups, seedInput } from './sql/seed.js';
import { openSqlite } from './sql/sqlite.js';

export interface ServerOptions {
  /** SQLite file; created, migrated and seeded on first start. `:memory:` for a throwaway server. */
  db: string;
  /** `postgres://…`: PostgreSQL instead of the SQLite file. */
  databaseUrl?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Only used when the database is new; afterwards the database's own seed wins. */
  seed?: number;
  sizes?: Partial<MemorySizes>;
}

interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface RunningServer {
  url: string;
  server: Server;
  /** The database the server runs on (tests look inside). */
  db: Db;
  close(): Promise<void>;
}

function openDb(options: ServerOptions): Db {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.db);
}

/**
 * The reference server: the whole adapter contract over HTTP, on SQL (SQLite or PostgreSQL).
 * Each request gets its own context (caller, clock) and runs its reads and its write transaction
 * on the database directly: no global queue; transactions and unique keys keep concurrent writes
 * safe. The HTTP layer adds bearer-token sessions and says `Idempotent-Replayed` on a replay.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = openDb(options);
  try {
    await migrate(db, cityNow());
    const input = await seedInput(db, { seed: options.seed ?? DEFAULT_SEED, sizes: { ...DEFAULT_SIZES, ...options.sizes } }, cityNow());
    await seedGroups(db, input, groupSeeds());
  } catch (e) {
    await db.close();
    throw e;
  }

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

  async function handle(req: IncomingMessage): Promise<Reply> {
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

    let replayed = false;
    const ctx: SqlContext = { db, session, now: cityNow, replayed: () => void (replayed = true) };
    const result = await HANDLERS[match.op](engineFor(ctx), input);
    return { status: 200, body: JSON.stringify(result), headers: replayed ? { 'Idempotent-Replayed': 'true' } : undefined };
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    server,
    db,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(() => void db.close().then(resolve, reject));
      }),
  };
}
