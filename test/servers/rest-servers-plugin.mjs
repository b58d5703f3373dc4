// web-test-runner plugin: starts a reference server per browser (each on a fresh temp SQLite file, on the
// browser's first ask) and the misbehaving server for the REST tests, and tells each test page where they are
// through `GET /__rest-servers`. All stop with the runner.
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

/** Which browser a test page runs in, from its User-Agent: each browser gets its own reference server. */
function browserOf(userAgent = '') {
  return /Firefox\//.test(userAgent) ? 'firefox' : 'chromium';
}

export function restServersPlugin() {
  let bundle;
  let misbehaving;
  let dir;
  // One reference server per browser, started on the browser's first ask: the browsers run the same suites side by
  // side, and a list walked page by page in one must not see the other's writes land in the same community.
  const references = new Map();
  const referenceFor = (browser) => {
    if (!references.has(browser)) references.set(browser, bundle.then((file) => startReferenceServer(file, join(dir, `${browser}.sqlite`))));
    return references.get(browser);
  };
  return {
    name: 'rest-servers',
    async serverStart() {
      dir = mkdtempSync(join(tmpdir(), 'grassroots-rest-'));
      bundle = buildServer(BUNDLE);
      [misbehaving] = await Promise.all([startMisbehavingServer(), bundle]);
    },
    async serverStop() {
      for (const started of references.values()) {
        const reference = await started.catch(() => undefined);
        reference?.child.stdin.end();
        reference?.child.kill('SIGTERM');
      }
      await misbehaving?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      rmSync(BUNDLE, { force: true });
    },
    async serve(context) {
      if (context.path === '/__rest-servers') {
        const reference = await referenceFor(browserOf(context.get('user-agent')));
        return { body: JSON.stringify({ reference: reference.url, misbehaving: misbehaving.url }), type: 'json' };
      }
      return undefined;
    },
  };
}
