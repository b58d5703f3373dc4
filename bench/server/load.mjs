// `npm run bench:server`: the reference server under load (issue 15). Seeds a city's year on a fresh database,
// then measures per route, bounded in count and time, on loopback: submit (distinct keys, concurrency 50),
// act, list with filters, list paging deep, orgs children, volunteers query, services query and each group's
// stats; each read alone (latency, held to its p95 target) and at concurrency 10 (throughput, p95 shown only);
// prints a table with each figure beside its target, PASS or FAIL. On SQLite always; on PostgreSQL too
// when DATABASE_URL is set (in a database of its own, dropped afterwards).
//
//   node bench/server/load.mjs                 # the server of HEAD (git archive), print only
//   node bench/server/load.mjs --write         # also bench/server/results.json and RESULTS.md's section
//   node bench/server/load.mjs --working-tree  # the sources as they are in this folder
//   node bench/server/load.mjs --quick         # a small city and fewer requests, to try the bench itself
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { section, table, verdict, withSection } from './lib/report.mjs';
import { runRoutes } from './lib/routes.mjs';
import { buildBenchServer, exportCommit, startBenchServer } from './lib/server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    'working-tree': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    commit: { type: 'string', default: 'HEAD' },
  },
});

/** A city's year (issue 15); the other sizes are the memory adapter's defaults. */
const SIZES = values.quick ? { cases: 2_000, volunteers: 5_000, orgNodes: 5_000 } : { cases: 100_000, volunteers: 200_000, orgNodes: 100_000 };
const PLAN = values.quick
  ? { writes: 200, writeConcurrency: 50, reads: 100, readConcurrency: 10, deepPages: 50, budgetMs: 30_000, readBudgetMs: 15_000 }
  : { writes: 1_000, writeConcurrency: 50, reads: 400, readConcurrency: 10, deepPages: 50, budgetMs: 60_000, readBudgetMs: 30_000 };
const STARTUP_MS = 20 * 60_000;
const log = (line) => console.error(line);

/** A fresh PostgreSQL database beside DATABASE_URL's, and how to drop it. */
async function freshPostgres(url) {
  const name = `grassroots_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

async function runEngine(name, bundle, options, cleanup) {
  log(`${name}: migrating and seeding a fresh database (${JSON.stringify(SIZES)}) …`);
  let server;
  try {
    server = await startBenchServer(bundle, { sizes: SIZES, ...options }, { timeoutMs: STARTUP_MS });
    log(`${name}: up in ${(server.startupMs / 1000).toFixed(1)} s at ${server.url}; SQL groups: ${server.sqlGroups.join(', ')}`);
    const results = await runRoutes(server.url, PLAN, log);
    return { name, startupMs: server.startupMs, sqlGroups: server.sqlGroups, results };
  } catch (e) {
    log(`${name}: ${e.message}`);
    return { name, error: e.message };
  } finally {
    await server?.stop();
    await cleanup();
  }
}

// Other work on the machine shows in every figure: the 1-minute load average before and after is kept with them.
const loadBefore = loadavg()[0];
const head = execFileSync('git', ['rev-parse', '--short', values.commit], { cwd: root, encoding: 'utf8' }).trim();
const source = values['working-tree'] ? { dir: root, remove: () => undefined } : exportCommit(values.commit);
const label = values['working-tree'] ? `the working tree at ${head} (with any uncommitted changes in it)` : `commit ${head}`;
log(`Building the server from ${label} …`);
const bundle = await buildBenchServer(source.dir);
const engines = [];
try {
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-bench-db-'));
  engines.push(await runEngine('SQLite', bundle, { db: join(dir, 'bench.sqlite') }, async () => rmSync(dir, { recursive: true, force: true })));
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgres(process.env.DATABASE_URL);
    engines.push(await runEngine('PostgreSQL', bundle, { db: ':memory:', databaseUrl: fresh.url }, fresh.drop));
  }
} finally {
  rmSync(bundle, { force: true });
  source.remove();
}

const run = {
  date: new Date().toISOString(),
  source: label,
  machine: `${cpus()[0]?.model.trim()} ×${cpus().length}, ${platform()} ${release()}`,
  node: process.version,
  loadAverage: { before: loadBefore, after: loadavg()[0] },
  sizes: SIZES,
  plan: PLAN,
  engines,
};
for (const engine of engines) {
  console.log(`\n${engine.name}${engine.error ? `: did not run (${engine.error})` : ` (SQL: ${engine.sqlGroups.join(', ')}; start-up ${(engine.startupMs / 1000).toFixed(1)} s)`}`);
  if (!engine.error) console.log(table(engine.results));
}
const pass = engines.every((e) => !e.error && e.results.every((r) => verdict(r).pass));
console.log(`\n${pass ? 'PASS' : 'FAIL'}`);
if (values.write) {
  writeFileSync(join(root, 'bench/server/results.json'), `${JSON.stringify(run, null, 2)}\n`);
  const resultsMd = join(root, 'bench/RESULTS.md');
  writeFileSync(resultsMd, withSection(readFileSync(resultsMd, 'utf8'), section(run)));
  console.log('Wrote bench/server/results.json and the "Reference server under load" section of bench/RESULTS.md.');
}
process.exitCode = pass ? 0 : 1;
