import type { Volunteer, VolunteerQuery } from '../../domain/volunteers.js';
import type { ListItem, ServiceQuery } from '../../domain/services.js';
import { ok } from './assert.js';
import type { FullAdapter } from './fixtures.js';
import type { ConformancePersona, ConformanceRunner } from './types.js';

export function filterTests({ describe, it }: ConformanceRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('filters', () => {
    it('narrows volunteers by each filter, and every hit matches it', async () => {
      const a = await as('resident');
      const all = (await a.volunteers.query({}, { limit: 1 })).total ?? Infinity;
      const [team] = await a.volunteers.teams();
      const [root] = await a.areas.roots();
      const [district] = (await a.areas.children(root!.id, { limit: 1 })).items;
      const cases: Array<[string, VolunteerQuery, (v: Volunteer) => boolean]> = [
        ['skills', { skills: ['first-aid'] }, (v) => v.skills.includes('first-aid')],
        ['availability', { availability: ['weekend'] }, (v) => v.availability.includes('weekend')],
        ['partyMember', { partyMember: true }, (v) => v.partyMember],
        ['teamId', { teamId: team!.id }, (v) => v.teamIds.includes(team!.id)],
        ['areaId', { areaId: district!.id }, () => true],
        ['skills + partyMember', { skills: ['first-aid'], partyMember: false }, (v) => v.skills.includes('first-aid') && !v.partyMember],
      ];
      for (const [label, query, test] of cases) {
        const page = await a.volunteers.query(query, { limit: 50 });
        ok(page.total !== null && page.total < all, `volunteers filtered by ${label} are fewer than all (${String(page.total)} of ${all})`);
        ok(page.items.every(test), `every volunteer filtered by ${label} matches it`);
      }
      const name = (await a.volunteers.query({}, { limit: 1 })).items[0]!.name;
      const byName = await a.volunteers.query({ text: name }, { limit: 50 });
      ok(byName.items.length > 0 && byName.items.every((v) => v.name.includes(name)), 'text search finds names that contain it');
    });

    it('narrows services by audience, term, area and text, within one list kind', async () => {
      const a = await as('resident');
      const all = (await a.services.query({ kind: 'service' }, { limit: 1 })).total ?? Infinity;
      const terms = await a.services.taxonomy();
      const top = terms.find((t) => t.parentId === null)!;
      const [root] = await a.areas.roots();
      const [district] = (await a.areas.children(root!.id, { limit: 1 })).items;
      const cases: Array<[string, ServiceQuery, (i: ListItem) => boolean]> = [
        ['audience', { kind: 'service', audience: 'elderly' }, (i) => i.audiences.includes('elderly') || i.audiences.includes('everyone')],
        ['termIds', { kind: 'service', termIds: [top.id] }, (i) => i.termIds.length > 0],
        ['areaId', { kind: 'service', areaId: district!.id }, () => true],
      ];
      for (const [label, query, test] of cases) {
        const page = await a.services.query(query, { limit: 50 });
        ok(page.total !== null && page.total <= all, `services filtered by ${label} are no more than all`);
        ok(page.items.every((i) => i.kind === 'service' && test(i)), `every service filtered by ${label} matches it`);
      }
      const first = (await a.services.query({ kind: 'service' }, { limit: 1 })).items[0]!;
      const byText = await a.services.query({ kind: 'service', text: first.name }, { limit: 50 });
      ok(byText.items.some((i) => i.id === first.id), 'text search finds a service by its name');
      const resources = await a.services.query({ kind: 'resource' }, { limit: 20 });
      ok(resources.items.every((i) => i.kind === 'resource'), 'the resource list holds resources only');
    });

    it('finds organisations by name, each hit with the path to reveal it', async () => {
      const a = await as('resident');
      const [root] = await a.orgs.roots();
      const [child] = (await a.orgs.children(root!.id, { limit: 1 })).items;
      ok(child, 'the root organisation has children');
      const hits = await a.orgs.search(child.name, { limit: 20 });
      ok(hits.items.some((h) => h.organization.id === child.id), 'searching a name finds that organisation');
      for (const hit of hits.items) {
        const last = hit.path[hit.path.length - 1];
        ok(hit.path[0]?.id === root!.id || hit.organization.id === root!.id, 'a path starts at the root');
        ok(hit.organization.parentId === null ? hit.path.length === 0 : last?.id === hit.organization.parentId, 'a path ends at the parent');
      }
    });
  });
}
