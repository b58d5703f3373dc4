// The reference server of HEAD on a seeded SQLite file, for the browser benches over REST (issue 16). Seeding
// 200,000 volunteers and 100,000 organisations takes about a minute, so the seeded file is cached under
// node_modules/.cache/grassroots-bench-db/, keyed by seed, sizes and the git trees of what decides its contents
// (the migrations, the seeds and the memory world they generate); each run serves a copy, so the cache stays as
// seeded. Builds and starts the server with bench/server's helpers.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchServer, exportCommit, startBenchServer } from '../server/lib/server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(root, 'node_modules/.cache/grassroots-bench-db');
const SEED_TIMEOUT_MS = 20 * 60_000;

/** What the seeded file depends on: these folders' trees at `commit`. */
const SCHEMA_PATHS = ['server/src/sql', 'src/adapters/memory', 'src/domain'];

function cacheKey(commit, seed, sizes) {
  const trees = execFileSync('git', ['ls-tree', commit, '--', ...SCHEMA_PATHS], { cwd: root, encoding: 'utf8' });
  return createHash('sha256').update(JSON.stringify({ seed, sizes, trees })).digest('hex').slice(0, 16);
}

/**
 * Starts the server of `commit` on a copy of the cached seeded file (seeding it first when there is none).
 * Resolves with `{ url, db, cached, seedMs, stop() }` (`db`: the served copy, to look up test data in).
 */
export async function startSeededServer({ commit = 'HEAD', seed = 1, sizes, log = console.error }) {
  const sources = exportCommit(commit);
  const bundle = await buildBenchServer(sources.dir);
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `${cacheKey(commit, seed, sizes)}.sqlite`);
  const hit = existsSync(cached);
  let seedMs = 0;
  if (!hit) {
    log(`  seeding ${JSON.stringify(sizes)} into ${cached} (once; later runs reuse it) …`);
    const partial = `${cached}.partial-${process.pid}`;
    const seeding = await startBenchServer(bundle, { db: partial, seed, sizes }, { timeoutMs: SEED_TIMEOUT_MS });
    seedMs = seeding.startupMs;
    await seeding.stop(); // closes the database, so the WAL is folded into the file
    // One seeded file at a time (each is ~570 MB): those of older schemas go.
    for (const old of readdirSync(CACHE)) if (/\.sqlite(-wal|-shm)?$/.test(old)) rmSync(join(CACHE, old), { force: true });
    renameSync(partial, cached);
    log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
  } else log(`  reusing the seeded database ${cached}`);
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-bench-db-'));
  const db = join(dir, 'bench.sqlite');
  copyFileSync(cached, db);
  const server = await startBenchServer(bundle, { db, seed, sizes }, { timeoutMs: SEED_TIMEOUT_MS });
  return {
    url: server.url,
    db,
    cached: hit,
    seedMs,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
      rmSync(bundle, { force: true });
      sources.remove();
    },
  };
}
