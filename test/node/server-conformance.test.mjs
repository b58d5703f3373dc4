// The conformance kit's CLI (bin/grassroots-conformance.mjs --rest), as an integrator runs it, against the reference
// server on each engine (a fresh SQLite file; a fresh PostgreSQL database when DATABASE_URL is set). The bin loads the
// kit from ../dist, so the test lays out a small package: the bin as it is and dist/adapters/{conformance,rest}
// bundled from src.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ENGINES, removeBundle, startServer } from './helpers/reference-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'grassroots-server-kit-'));

before(async () => {
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, 'bin/grassroots-conformance.mjs'), join(dir, 'bin/grassroots-conformance.mjs'));
  for (const name of ['conformance', 'rest']) {
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
});

after(() => {
  removeBundle();
  rmSync(dir, { recursive: true, force: true });
});

function conformance(url) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'bin/grassroots-conformance.mjs'), '--rest', url], { cwd: dir });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

for (const engine of ENGINES) {
  describe(`reference server on ${engine.name}: the conformance kit`, { skip: engine.skip }, () => {
    let database;
    let server;
    after(async () => {
      await server?.stop();
      await database?.drop();
    });

    it('passes every clause of the HTTP contract', async () => {
      database = await engine.fresh();
      // The CLI runs the kit on the system clock, as an integrator's does: so does this server.
      server = await startServer(database, { clock: null });
      const { code, out } = await conformance(server.url);
      const lines = out.split('\n').filter((l) => /^(pass|FAIL) {2}/.test(l));
      assert.equal(code, 0, out);
      assert.ok(lines.length > 30, `expected every clause, got ${lines.length}:\n${out}`);
      assert.ok(lines.every((l) => l.startsWith('pass')), out);
      assert.match(out, /runs the closed loop/);
      assert.match(out, new RegExp(`${lines.length} passed, 0 failed`));
    });
  });
}
