import { equal, ok, rejectsWith } from './assert.js';
import { walk, type FullAdapter } from './fixtures.js';
import type { ConformancePersona, ConformanceRunner } from './types.js';

export function pagingTests({ describe, it }: ConformanceRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('paging', () => {
    it('walks area children to the end with cursors; the total matches what was seen', async () => {
      const a = await as('resident');
      const [root] = await a.areas.roots();
      ok(root, 'areas.roots returns a root');
      const seen = await walk((cursor) => a.areas.children(root.id, { cursor, limit: 3 }), (x) => x.id);
      ok(seen.complete, 'the walk reached the last page');
      equal(seen.items.length, seen.total, 'items seen equal the total');
      ok(seen.items.every((x) => x.parentId === root.id), 'every child names its parent');
    });

    it('walks a team of volunteers to the end; the first page and a big page agree', async () => {
      const a = await as('resident');
      const teams = await a.volunteers.teams();
      ok(teams.length > 0, 'volunteers.teams returns teams');
      // The smallest team, so the walk stays short on big backends.
      const team = teams.reduce((min, t) => (t.memberCount < min.memberCount ? t : min));
      const seen = await walk((cursor) => a.volunteers.query({ teamId: team.id }, { cursor, limit: 100 }), (v) => v.id, 100);
      ok(seen.complete, 'the walk reached the last page');
      equal(seen.items.length, seen.total, 'volunteers seen equal the total');
      const big = await a.volunteers.query({ teamId: team.id }, { limit: 200 });
      equal(big.items[0]?.id, seen.items[0]?.id, 'page size does not change the order');
    });

    it('pages organisation members without repeats', async () => {
      const a = await as('resident');
      const [root] = await a.orgs.roots();
      ok(root, 'orgs.roots returns a root');
      const [child] = (await a.orgs.children(root.id, { limit: 1 })).items;
      const org = child ?? root;
      const seen = await walk((cursor) => a.orgs.members(org.id, { cursor, limit: 25 }), (m) => m.id, 8);
      if (seen.complete) equal(seen.items.length, seen.total, 'members seen equal the total');
      else ok((seen.total ?? Infinity) > seen.items.length, 'an unfinished walk has more to come');
    });

    it('refuses a cursor it did not issue with validation', async () => {
      const a = await as('resident');
      const [root] = await a.areas.roots();
      await rejectsWith(a.areas.children(root!.id, { cursor: '%%not-a-cursor%%' }), 'validation', 'a forged cursor');
    });
  });
}
