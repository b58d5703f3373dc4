// web-test-runner plugin: starts the reference server (a fresh temp SQLite file) and the
// misbehaving server for the REST tests, and tells the test pages where they are through
// `GET /__rest-servers`. Both stop with the runner.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../server/build.mjs';
import { startMisbehavingServer } from './misbehaving-server.mjs';

// Inside node_modules, so the bundle finds better-sqlite3 there; .mjs, so it is an ES module anywhere;
// one file per runner process, so runs side by side never rewrite each other's bundle.
const BUNDLE = fileURLToPath(new URL(`../../node_modules/.cache/grassroots-rest-server/main-${process.pid}.mjs`, import.meta.url));

function startReferenceServer(bundle, db) {
  // The tests' frozen city clock (scripts/test.mjs), so the server's seeded world and "now" match the pages'.
  const clock = process.env.GRASSROOTS_TEST_CLOCK ? ['--clock', process.env.GRASSROOTS_TEST_CLOCK] : [];
  // Always the fresh SQLite file: a DATABASE_URL in the developer's environment must not point the tests at their PostgreSQL.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [bundle, '--port', '0', '--db', db, ...clock, '--exit-with-stdin'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env,
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n')[0];
      if (!buffer.includes('\n')) return;
      child.stdout.off('data', onData);
      child.stdout.resume(); // Keep draining, so the server never blocks on a full pipe.
      try {
        resolve({ child, url: JSON.parse(line).listening });
      } catch (e) {
        reject(new Error(`reference server said: ${line} (${e})`));
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`reference server exited early with ${code}`)));
    child.once('error', reject);
  });
}

export function restServersPlugin() {
  let reference;
  let misbehaving;
  let dir;
  return {
    name: 'rest-servers',
    async serverStart() {
      dir = mkdtempSync(join(tmpdir(), 'grassroots-rest-'));
      const [ref, mis] = await Promise.all([
        buildServer(BUNDLE).then((bundle) => startReferenceServer(bundle, join(dir, 'test.sqlite'))),
        startMisbehavingServer(),
      ]);
      reference = ref;
      misbehaving = mis;
    },
    async serverStop() {
      reference?.child.stdin.end();
      reference?.child.kill('SIGTERM');
      await misbehaving?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      rmSync(BUNDLE, { force: true });
    },
    serve(context) {
      if (context.path === '/__rest-servers') {
        return { body: JSON.stringify({ reference: reference.url, misbehaving: misbehaving.url }), type: 'json' };
      }
      return undefined;
    },
  };
}
