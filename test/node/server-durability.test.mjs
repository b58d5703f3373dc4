// The reference server keeps what it acknowledged, on each engine: across a clean restart, and across a SIGKILL in
// the middle of a burst of writes (every write that got a 200 is there after the restart, and retrying its key is a
// replay, never a second case).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ENGINES, call, removeBundle, report, startServer } from './helpers/reference-server.mjs';

after(removeBundle);

/** All cases whose text matches `text`, walking every page. */
async function casesMatching(server, text) {
  const items = [];
  let cursor = null;
  do {
    const page = await call(server, 'GET', `/cases?text=${encodeURIComponent(text)}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
      token: 'grid-centre',
    });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

for (const engine of ENGINES) {
  describe(`reference server on ${engine.name}: durability`, { skip: engine.skip }, () => {
    const databases = [];
    const servers = [];
    after(async () => {
      for (const s of servers) await s.stop();
      for (const d of databases) await d.drop();
    });
    async function fresh() {
      const database = await engine.fresh();
      databases.push(database);
      return database;
    }
    async function start(database) {
      const server = await startServer(database);
      servers.push(server);
      return server;
    }

    it('a restart keeps the cases, their actions and the idempotency keys', async () => {
      const database = await fresh();
      let server = await start(database);
      const body = report('重启保留测试：路灯不亮');
      const made = await call(server, 'POST', '/cases', { key: 'restart-keeps-0001', body });
      assert.equal(made.status, 200);
      const accepted = await call(server, 'POST', `/cases/${made.body.id}/actions`, {
        token: 'community-staff',
        key: 'restart-accept-0001',
        body: { action: 'accept', note: '已受理' },
      });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      await server.stop();

      server = await start(database);
      const got = await call(server, 'GET', `/cases/${made.body.id}`, { token: 'grid-centre' });
      assert.equal(got.status, 200);
      assert.equal(got.body.publicNumber, made.body.publicNumber);
      assert.equal(got.body.status, accepted.body.status);
      assert.deepEqual(got.body.timeline.map((e) => e.action), accepted.body.timeline.map((e) => e.action));
      const again = await call(server, 'POST', '/cases', { key: 'restart-keeps-0001', body });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, made.body.id);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      const other = await call(server, 'POST', '/cases', { key: 'restart-keeps-0001', body: report('重启保留测试：另一件事') });
      assert.equal(other.status, 409, 'the same key with another body is a conflict');
      assert.equal(other.body.error.existing?.id, made.body.id, 'naming the case the key made');
    });

    it('a SIGKILL mid-burst loses no acknowledged write; a retry of each key is a replay or its first landing', async () => {
      const database = await fresh();
      let server = await start(database);
      const tag = '强杀测试';
      const total = 400;
      const concurrency = 25;
      const acked = new Map();
      const sent = [];
      let next = 0;
      let killed = null;
      const worker = async () => {
        while (next < total && !killed) {
          const i = next++;
          const key = `kill-burst-${String(i).padStart(4, '0')}`;
          sent.push({ key, body: report(`${tag} 第${i}件`) });
          try {
            const answer = await call(server, 'POST', '/cases', { key, body: sent.at(-1).body });
            if (answer.status === 200) acked.set(key, answer.body);
          } catch {
            // The connection died with the server: this write was not acknowledged.
          }
          if (acked.size >= 60 && !killed) killed = server.kill();
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      await killed;
      assert.ok(killed, 'the server was killed during the burst');
      assert.ok(acked.size >= 60 && acked.size < sent.length, `killed mid-burst: ${acked.size} acknowledged of ${sent.length} sent`);

      server = await start(database);
      for (const [key, first] of acked) {
        const got = await call(server, 'GET', `/cases/${first.id}`, { token: 'grid-centre' });
        assert.equal(got.status, 200, `acknowledged ${key} (${first.publicNumber}) is there`);
        assert.equal(got.body.publicNumber, first.publicNumber);
      }
      const retries = await Promise.all(sent.map(({ key, body }) => call(server, 'POST', '/cases', { key, body })));
      sent.forEach(({ key }, i) => {
        const retry = retries[i];
        assert.equal(retry.status, 200, `${key}: ${JSON.stringify(retry.body)}`);
        if (acked.has(key)) {
          assert.equal(retry.body.id, acked.get(key).id, `${key} retried gives the acknowledged case`);
          assert.equal(retry.headers.get('idempotent-replayed'), 'true', `${key} retried is a replay`);
        }
      });
      const stored = await casesMatching(server, tag);
      assert.equal(stored.length, sent.length, 'exactly one case per key sent: no acknowledged write lost, none doubled');
      assert.equal(new Set(stored.map((c) => c.id)).size, sent.length);
    });
  });
}
