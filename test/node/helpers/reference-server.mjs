// For the server tests (test/node/server-*.test.mjs): builds the reference server once per test process, starts it as
// an integrator does (`node main.js --port 0 --db FILE`, or with DATABASE_URL), and talks to it over HTTP.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../../server/build.mjs';
import { freshPostgresDatabase } from './sql-sources.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Inside node_modules, so the bundle finds better-sqlite3 and pg; one per test process.
const BUNDLE = join(root, `node_modules/.cache/grassroots-rest-server/node-test-${process.pid}.mjs`);
/** The tests' city clock: what scripts/test.mjs froze, else a fixed morning, so nothing depends on today. */
export const CLOCK = process.env.GRASSROOTS_TEST_CLOCK ?? '2027-03-01T02:00:00.000Z';

let built;
function bundle() {
  built ??= buildServer(BUNDLE);
  return built;
}

export function removeBundle() {
  rmSync(BUNDLE, { force: true });
}

/**
 * The engines the tests run on: SQLite always; PostgreSQL when DATABASE_URL is set (CI sets it: .ci/run). Each
 * `fresh()` is a new, empty database: a temp SQLite file, or a new PostgreSQL database beside DATABASE_URL's.
 */
export const ENGINES = [
  {
    name: 'SQLite',
    skip: false,
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'grassroots-server-'));
      return { args: ['--db', join(dir, 'test.sqlite')], env: {}, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL',
    skip: process.env.DATABASE_URL ? false : 'DATABASE_URL is not set (CI sets it; see .ci/run)',
    async fresh() {
      const database = await freshPostgresDatabase(process.env.DATABASE_URL, 'test');
      return { args: [], env: { DATABASE_URL: database.url }, drop: database.drop };
    },
  },
];

/**
 * Starts the server on `database` (from an engine's `fresh()`); resolves once it listens. Its city clock is frozen at
 * CLOCK, unless `clock: null` (for a client on the system clock, such as the conformance CLI).
 */
export async function startServer(database, { clock = CLOCK } = {}) {
  const file = await bundle();
  const frozen = clock ? ['--clock', clock] : [];
  const child = spawn(process.execPath, [file, '--port', '0', ...frozen, ...database.args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '', ...database.env },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
  const url = await new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk;
      if (!buffer.includes('\n')) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      try {
        resolve(JSON.parse(buffer.split('\n')[0]).listening);
      } catch (e) {
        reject(new Error(`the server said: ${buffer} (${e})`));
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`the server exited early (${code ?? signal}): ${stderr}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    stderr: () => stderr,
    /** A clean stop (SIGTERM: the server closes its database). */
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    /** No chance to clean up: what a crash or a power-off leaves behind (for the process). */
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** One HTTP call; resolves with status, headers and the parsed body (or rejects on a network error). */
export async function call(server, method, path, { token = 'resident', key, body } = {}) {
  const headers = { Authorization: `Bearer ${token}` };
  if (key) headers['Idempotency-Key'] = key;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** A valid report in the resident's grid (the seeded city's first community). */
export function report(description) {
  return {
    categoryCode: 'garbage',
    answers: { wasteType: ['household'] },
    location: { areaId: 'd01-s01-c01-g1', address: '1号楼东侧' },
    description,
    urgency: 'normal',
    anonymous: false,
    name: '王秀英',
    phone: '13800000000',
  };
}
