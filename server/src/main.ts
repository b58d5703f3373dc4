// `node server/dist/main.js [--port 8787] [--host 127.0.0.1] [--db server/data/grassroots.sqlite] [--seed N] [--clock ISO] [--exit-with-stdin]`
// With `DATABASE_URL=postgres://user:password@host:5432/name` in the environment the server runs on PostgreSQL instead of the SQLite file.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { frozenClock, setCityClock } from '../../src/domain/city-clock.js';
import { TOKENS } from './auth.js';
import { startServer } from './app.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    db: { type: 'string', default: process.env.GRASSROOTS_DB ?? 'server/data/grassroots.sqlite' },
    seed: { type: 'string' },
    // For test harnesses: freeze the city clock at this instant, so the server's "now" is the tests' "now".
    clock: { type: 'string' },
    // For test harnesses: stop when the parent closes our stdin, so no server outlives its runner.
    'exit-with-stdin': { type: 'boolean', default: false },
  },
});

if (values.clock) setCityClock(frozenClock(values.clock));
const databaseUrl = process.env.DATABASE_URL || undefined;
if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must be a postgres:// URL');
if (!databaseUrl && values.db !== ':memory:') mkdirSync(dirname(values.db), { recursive: true });
const running = await startServer({
  db: values.db,
  databaseUrl,
  host: values.host,
  port: Number(values.port),
  seed: values.seed === undefined ? undefined : Number(values.seed),
});
// One JSON line first, for programs that start the server and need its address.
console.log(JSON.stringify({ listening: running.url }));
const where = databaseUrl ? `PostgreSQL ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}` : `SQLite ${values.db}`;
console.log(`Grassroots reference server on ${running.url} (${where}); tokens: ${TOKENS.join(', ')}`);

const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
if (values['exit-with-stdin']) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
