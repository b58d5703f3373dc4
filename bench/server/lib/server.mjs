// Builds the reference server for the load bench and runs it in a child process on loopback. The entry
// is the server's own startServer (server/src/app.ts), bundled as server/build.mjs bundles main.ts, but
// with the seed sizes passed in (main.ts has no flag for sizes). By default the sources are those of a
// commit (`git archive`), so the figures belong to it and not to whatever else is being edited.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../../server/build.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The sources of `commit` in a temp folder (server/, src/, tsconfig.json), using this clone's node_modules. */
export function exportCommit(commit) {
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-bench-src-'));
  const tar = execFileSync('git', ['archive', '--format=tar', commit, 'server', 'src', 'tsconfig.json'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return { dir: `${dir}/`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const ENTRY = `
import { startServer } from './server/src/app.ts';
import { SQL_GROUPS } from './server/src/sql/engine.ts';
const options = JSON.parse(process.argv[2]);
const started = performance.now();
const running = await startServer(options);
console.log(JSON.stringify({ listening: running.url, startupMs: performance.now() - started, sqlGroups: Object.keys(SQL_GROUPS) }));
const stop = () => void running.close().then(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
`;

/** Bundles the server from `sources` inside node_modules (so it finds better-sqlite3 and pg there); returns the file. */
export async function buildBenchServer(sources = root) {
  mkdirSync(`${root}node_modules/.cache/grassroots-bench-server`, { recursive: true });
  const outfile = `${root}node_modules/.cache/grassroots-bench-server/server-${process.pid}.mjs`;
  await build({
    stdin: { contents: ENTRY, resolveDir: sources, loader: 'ts', sourcefile: 'bench-server-entry.ts' },
    outfile,
    ...nodeBundleOptions(`${sources}tsconfig.json`),
  });
  return outfile;
}

/**
 * Starts the bundled server with these options (`db`, `databaseUrl`, `sizes`, …) on 127.0.0.1 and a free
 * port; resolves with its URL and how long migrating and seeding took. Stops with `stop()` (its stdin closes).
 */
export function startBenchServer(bundle, options, { timeoutMs }) {
  const env = { ...process.env };
  delete env.DATABASE_URL; // The engine is chosen by options.databaseUrl only.
  const child = spawn(process.execPath, ['--max-old-space-size=6144', bundle, JSON.stringify({ host: '127.0.0.1', port: 0, ...options })], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', function onData(chunk) {
      buffer += chunk;
      if (!buffer.includes('\n')) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      clearTimeout(timer);
      try {
        const { listening, startupMs, sqlGroups } = JSON.parse(buffer.split('\n')[0]);
        resolve({
          url: listening,
          startupMs,
          sqlGroups,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.stdin.end();
              setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
            }),
        });
      } catch (e) {
        reject(new Error(`the server said: ${buffer.split('\n')[0]} (${e})`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited early with ${code}`));
    });
  });
}
