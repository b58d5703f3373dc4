// The reference server under concurrent writes, on each engine: one idempotency key sent by 200 requests at once
// makes one case (every other answer a replay of it), and 100 different writes at once all land.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ENGINES, call, removeBundle, report, startServer } from './helpers/reference-server.mjs';

after(removeBundle);

for (const engine of ENGINES) {
  describe(`reference server on ${engine.name}: concurrent writes`, { skip: engine.skip }, () => {
    let database;
    let server;
    after(async () => {
      await server?.stop();
      await database?.drop();
    });

    it('starts on a fresh database', async () => {
      database = await engine.fresh();
      server = await startServer(database);
    });

    it('200 concurrent submits with one key make one case; the others are replays of it', async () => {
      const body = report('并发同一键测试：楼下垃圾堆了三天');
      const answers = await Promise.all(
        Array.from({ length: 200 }, () => call(server, 'POST', '/cases', { key: 'concurrent-one-key-0001', body })),
      );
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [200], JSON.stringify(answers.find((a) => a.status !== 200)?.body));
      const ids = new Set(answers.map((a) => a.body.id));
      assert.equal(ids.size, 1, `one case, got ${[...ids].join(', ')}`);
      const replays = answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length;
      assert.equal(replays, 199, 'every answer but the first says Idempotent-Replayed');
      const listed = await call(server, 'GET', `/cases?text=${encodeURIComponent('并发同一键测试')}`, { token: 'grid-centre' });
      assert.equal(listed.status, 200);
      assert.equal(listed.body.total, 1);
      assert.equal(listed.body.items[0].id, [...ids][0]);
    });

    it('100 distinct concurrent submits all land, each once', async () => {
      const tag = '并发百件测试';
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          call(server, 'POST', '/cases', { key: `concurrent-distinct-${String(i).padStart(4, '0')}`, body: report(`${tag} 第${i}件`) }),
        ),
      );
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [200]);
      const ids = new Set(answers.map((a) => a.body.id));
      const numbers = new Set(answers.map((a) => a.body.publicNumber));
      assert.equal(ids.size, 100, 'one new case per write');
      assert.equal(numbers.size, 100, 'each with its own public number');
      const seen = new Set();
      let cursor = null;
      do {
        const page = await call(server, 'GET', `/cases?text=${encodeURIComponent(tag)}&limit=30${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
          token: 'grid-centre',
        });
        assert.equal(page.status, 200);
        assert.equal(page.body.total, 100);
        for (const c of page.body.items) seen.add(c.id);
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual([...seen].sort(), [...ids].sort());
    });

    it('a write whose body fails validation leaves nothing behind, and its key stays free', async () => {
      const bad = { ...report('校验失败测试'), urgency: 'not-an-urgency' };
      const refused = await call(server, 'POST', '/cases', { key: 'validation-fails-0001', body: bad });
      assert.equal(refused.status, 422);
      const listed = await call(server, 'GET', `/cases?text=${encodeURIComponent('校验失败测试')}`, { token: 'grid-centre' });
      assert.equal(listed.body.total, 0);
      const fixed = await call(server, 'POST', '/cases', { key: 'validation-fails-0001', body: report('校验失败测试') });
      assert.equal(fixed.status, 200);
      assert.equal(fixed.headers.get('idempotent-replayed'), null, 'the corrected write is new, not a replay of the failure');
    });
  });
}
