// The reference server's areas (SQL, seeded from the memory generator) are the memory adapter's, on each engine: the
// same city, ids, names, order, child counts and centroids, walked page by page with the server's keyset cursors.
import assert from 'node:assert/strict';
import { walkPages } from './helpers/walk-pages.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CLOCK, ENGINES, call, removeBundle, startServer } from './helpers/reference-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'grassroots-areas-'));
let memory;

before(async () => {
  const outfile = join(dir, 'memory.mjs');
  await build({
    entryPoints: [join(root, 'src/adapters/memory/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const { createMemoryAdapter } = await import(pathToFileURL(outfile).href);
  memory = createMemoryAdapter({ session: 'grid-centre', now: () => new Date(CLOCK) });
});

after(() => {
  removeBundle();
  rmSync(dir, { recursive: true, force: true });
});

/** Every item of a paged call, with the pages' totals. */
const walk = async (page) => {
  const { items, totals } = await walkPages(page);
  return { items, totals };
};

for (const engine of ENGINES) {
  describe(`reference server on ${engine.name}: areas`, { skip: engine.skip }, () => {
    let database;
    let server;
    const get = async (path) => {
      const answer = await call(server, 'GET', path, { token: 'grid-centre' });
      assert.equal(answer.status, 200, `${path}: ${JSON.stringify(answer.body)}`);
      return answer.body;
    };
    const children = (id, limit) => (cursor) => get(`/areas/${id}/children?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);

    before(async () => {
      database = await engine.fresh();
      server = await startServer(database);
    });
    after(async () => {
      await server?.stop();
      await database?.drop();
    });

    it('has the memory city: roots, and children down one branch to a building, paged by 3', async () => {
      assert.deepEqual(await get('/areas/roots'), await memory.areas.roots());
      for (const id of ['city', 'd01', 'd01-s01', 'd01-s01-c01', 'd01-s01-c01-g1', 'd01-s01-c01-g1-p1', 'd08']) {
        const sql = await walk(children(id, 3));
        const mem = await walk((cursor) => memory.areas.children(id, { cursor, limit: 3 }));
        assert.deepEqual(sql.items, mem.items, `children of ${id}`);
        assert.deepEqual(sql.totals, mem.totals);
      }
    });

    it('gets an area and its path as the memory adapter does', async () => {
      for (const id of ['city', 'd03-s02', 'd01-s01-c01-g1-p1-b1', 'd08-s01-c01-g2']) {
        assert.deepEqual(await get(`/areas/${id}`), await memory.areas.get(id));
        assert.deepEqual(await get(`/areas/${id}/path`), await memory.areas.path(id));
      }
    });

    it('searches as the memory adapter does: same hits in the same order, with paths and totals, across pages', async () => {
      for (const [text, level] of [['安', undefined], ['第2网格', 'grid'], ['社区', 'community'], ['  花园 ', undefined], ['%', undefined]]) {
        const query = `text=${encodeURIComponent(text)}${level ? `&level=${level}` : ''}`;
        const sql = await walk((cursor) => get(`/areas/search?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
        const mem = await walk((cursor) => memory.areas.search(text, { cursor, limit: 200, level }));
        assert.deepEqual(sql.totals, mem.totals, `total for ${text}`);
        assert.deepEqual(sql.items, mem.items, `hits for ${text}`);
      }
    });

    it('answers an unknown area with 404 and a cursor it did not issue with 422', async () => {
      assert.equal((await call(server, 'GET', '/areas/no-such-area')).status, 404);
      assert.equal((await call(server, 'GET', '/areas/no-such-area/children')).status, 404);
      const forged = await call(server, 'GET', '/areas/city/children?cursor=%25%25not-a-cursor%25%25');
      assert.equal(forged.status, 422);
      assert.equal(forged.body.error.fieldErrors.cursor.code, 'invalid');
    });
  });
}
