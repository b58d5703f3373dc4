import { cityNow } from '../../domain/city-clock.js';
import { equal, ok, rejectsWith } from './assert.js';
import { walk, type FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

export function pagingTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('paging', () => {
    it('walks area children to the end with cursors; the total matches what was seen', ['areas'], async () => {
      const a = await as('resident');
      const [root] = await a.areas.roots();
      ok(root, 'areas.roots returns a root');
      const seen = await walk((cursor) => a.areas.children(root.id, { cursor, limit: 3 }), (x) => x.id);
      ok(seen.complete, 'the walk reached the last page');
      equal(seen.items.length, seen.total, 'items seen equal the total');
      ok(seen.items.every((x) => x.parentId === root.id), 'every child names its parent');
    });

    it('walks a team of volunteers to the end; the first page and a big page agree', ['volunteers'], async () => {
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

    it('pages organisation children and members without repeats', ['orgs'], async () => {
      const a = await as('resident');
      const [root] = await a.orgs.roots();
      ok(root, 'orgs.roots returns a root');
      const children = await walk((cursor) => a.orgs.children(root.id, { cursor, limit: 2 }), (o) => o.id, 20);
      if (children.complete && children.total !== null) equal(children.items.length, children.total, 'children seen equal the total');
      ok(children.items.every((o) => o.parentId === root.id), 'every child names its parent');
      const org = children.items[0] ?? root;
      const seen = await walk((cursor) => a.orgs.members(org.id, { cursor, limit: 25 }), (m) => m.id, 8);
      if (seen.complete) equal(seen.items.length, seen.total, 'members seen equal the total');
      else ok((seen.total ?? Infinity) > seen.items.length, 'an unfinished walk has more to come');
    });

    it('walks services with cursors without repeats; the first page and a big page agree', ['services'], async () => {
      const a = await as('resident');
      const seen = await walk((cursor) => a.services.query({ kind: 'service' }, { cursor, limit: 2 }), (i) => i.id, 10);
      ok(seen.items.length > 0, 'services.query lists services');
      if (seen.complete && seen.total !== null) equal(seen.items.length, seen.total, 'services seen equal the total');
      const big = await a.services.query({ kind: 'service' }, { limit: 50 });
      equal(big.items[0]?.id, seen.items[0]?.id, 'page size does not change the order');
    });

    it('walks cases with cursors without repeats', ['cases'], async () => {
      const a = await as('grid-centre');
      // Cases reported before the walk: other runs against a shared server report new ones meanwhile.
      const query = { reportedTo: cityNow().toISOString() };
      const seen = await walk((cursor) => a.cases.list(query, { cursor, limit: 2 }), (c) => c.id, 5);
      if (seen.complete && seen.total !== null) equal(seen.items.length, seen.total, 'cases seen equal the total');
    });

    it('refuses an area cursor it did not issue with validation', ['areas'], async () => {
      const a = await as('resident');
      const [root] = await a.areas.roots();
      await rejectsWith(a.areas.children(root!.id, { cursor: '%%not-a-cursor%%' }), 'validation', 'a forged cursor');
    });

    it('refuses an organisation cursor it did not issue with validation', ['orgs'], async () => {
      const a = await as('resident');
      const [root] = await a.orgs.roots();
      await rejectsWith(a.orgs.children(root!.id, { cursor: '%%not-a-cursor%%' }), 'validation', 'a forged cursor on orgs.children');
    });

    it('refuses a services cursor it did not issue with validation', ['services'], async () => {
      const a = await as('resident');
      await rejectsWith(a.services.query({ kind: 'service' }, { cursor: '%%not-a-cursor%%' }), 'validation', 'a forged cursor on services.query');
    });

    it('refuses a cases cursor it did not issue with validation', ['cases'], async () => {
      const a = await as('grid-centre');
      await rejectsWith(a.cases.list({}, { cursor: '%%not-a-cursor%%' }), 'validation', 'a forged cursor on cases.list');
    });
  });
}
