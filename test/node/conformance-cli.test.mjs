// `npm run test:node`: the grassroots-conformance CLI (bin/grassroots-conformance.mjs), as an integrator runs it, against
// the reference server (built by server/build.mjs, on a throwaway in-memory database) and against adapter modules.
// The bin loads the kit from ../dist, so the test lays out a small package in a temp folder: the bin file as it is,
// and dist/adapters/{conformance,rest,memory}/index.js bundled from src with esbuild.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildServer } from '../../server/build.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'grassroots-cli-'));
// Inside node_modules, so the server bundle finds better-sqlite3.
const serverBundle = join(root, `node_modules/.cache/grassroots-rest-server/cli-test-${process.pid}.mjs`);
let server;
let serverUrl;

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'bin/grassroots-conformance.mjs'), ...args], { cwd: dir });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

before(async () => {
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, 'bin/grassroots-conformance.mjs'), join(dir, 'bin/grassroots-conformance.mjs'));
  for (const name of ['conformance', 'rest', 'memory']) {
    await build({
      entryPoints: [join(root, `src/adapters/${name}/index.ts`)],
      outfile: join(dir, `dist/adapters/${name}/index.js`),
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'node20',
      logLevel: 'warning',
      tsconfig: join(root, 'tsconfig.json'),
    });
  }
  await buildServer(serverBundle);
  server = spawn(process.execPath, [serverBundle, '--port', '0', '--db', ':memory:', '--exit-with-stdin'], { stdio: ['pipe', 'pipe', 'inherit'] });
  serverUrl = await new Promise((resolve, reject) => {
    let buffer = '';
    server.stdout.setEncoding('utf8').on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n') && !serverUrl) resolve(JSON.parse(buffer.split('\n')[0]).listening);
    });
    server.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
  });
});

after(() => {
  server?.stdin.end();
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
  rmSync(serverBundle, { force: true });
});

describe('grassroots-conformance', () => {
  it('passes the reference server with --rest: one pass line per clause, exit 0', async () => {
    const { code, out } = await run(['--rest', serverUrl]);
    assert.equal(code, 0, out);
    const lines = out.split('\n').filter((l) => /^(pass|FAIL) {2}/.test(l));
    assert.ok(lines.length > 30, `expected every clause, got ${lines.length}:\n${out}`);
    assert.ok(lines.every((l) => l.startsWith('pass')), out);
    assert.match(out, /runs the closed loop/);
    assert.match(out, new RegExp(`${lines.length} passed, 0 failed`));
  });

  it('runs an adapter module with --adapter, only for its groups', async () => {
    writeFileSync(
      join(dir, 'orgs-adapter.mjs'),
      `import { createMemoryAdapter } from './dist/adapters/memory/index.js';
const memory = createMemoryAdapter();
export const name = 'memory orgs';
export default { name, orgs: memory.orgs };
`,
    );
    const { code, out } = await run(['--adapter', './orgs-adapter.mjs']);
    assert.equal(code, 0, out);
    assert.match(out, /Conformance: memory orgs/);
    assert.match(out, /pass {2}error codes › answers an unknown organisation with not_found/);
    assert.doesNotMatch(out, /volunteer|closed loop/);
  });

  it('prints FAIL with the reason and exits 1 when a clause fails', async () => {
    writeFileSync(
      join(dir, 'broken-adapter.mjs'),
      `const org = { id: 'o1', name: 'Only', classification: 'committee', level: 'city', parentId: null, childCount: 0, memberCount: 0, head: null };
export function create() {
  return {
    orgs: {
      roots: async () => [org],
      children: async () => ({ items: [], nextCursor: null, total: 0 }),
      get: async () => ({ organization: org }),
      members: async () => ({ items: [], nextCursor: null, total: 0 }),
      search: async () => ({ items: [], nextCursor: null, total: 0 }),
    },
  };
}
`,
    );
    const { code, out } = await run(['--adapter', './broken-adapter.mjs', '--grep', 'orgs: roots']);
    assert.equal(code, 1, out);
    assert.match(out, /FAIL {2}responses parse with the domain schemas › orgs: roots, get, children and members/);
    assert.match(out, /orgs\.get returned data that does not match the contract/);
    assert.match(out, /0 passed, 1 failed/);
  });

  it('exits 2 with the usage on bad arguments', async () => {
    const { code, out } = await run([]);
    assert.equal(code, 2);
    assert.match(out, /give exactly one of --adapter and --rest/);
    assert.match(out, /Usage:/);
  });
});
