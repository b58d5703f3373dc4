import type { Volunteer, VolunteerQuery } from '../../domain/volunteers.js';
import type { ListItem, ServiceQuery } from '../../domain/services.js';
import { ok } from './assert.js';
import type { FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

export function filterTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('filters', () => {
    it('narrows volunteers by each filter, and every hit matches it', ['volunteers', 'areas'], async () => {
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

    it('narrows services by audience, term and text, within one list kind', ['services'], async () => {
      const a = await as('resident');
      const all = (await a.services.query({ kind: 'service' }, { limit: 1 })).total ?? Infinity;
      const terms = await a.services.taxonomy();
      const top = terms.find((t) => t.parentId === null);
      const cases: Array<[string, ServiceQuery, (i: ListItem) => boolean]> = [
        ['audience', { kind: 'service', audience: 'elderly' }, (i) => i.audiences.includes('elderly') || i.audiences.includes('everyone')],
      ];
      if (top) cases.push(['termIds', { kind: 'service', termIds: [top.id] }, (i) => i.termIds.length > 0]);
      for (const [label, query, test] of cases) {
        const page = await a.services.query(query, { limit: 50 });
        ok(page.total === null || page.total <= all, `services filtered by ${label} are no more than all`);
        ok(page.items.every((i) => i.kind === 'service' && test(i)), `every service filtered by ${label} matches it`);
      }
      const first = (await a.services.query({ kind: 'service' }, { limit: 1 })).items[0]!;
      const byText = await a.services.query({ kind: 'service', text: first.name }, { limit: 50 });
      ok(byText.items.some((i) => i.id === first.id), 'text search finds a service by its name');
      const resources = await a.services.query({ kind: 'resource' }, { limit: 20 });
      ok(resources.items.every((i) => i.kind === 'resource'), 'the resource list holds resources only');
    });

    it('narrows services by area', ['services', 'areas'], async () => {
      const a = await as('resident');
      const all = (await a.services.query({ kind: 'service' }, { limit: 1 })).total ?? Infinity;
      const [root] = await a.areas.roots();
      const [district] = (await a.areas.children(root!.id, { limit: 1 })).items;
      const page = await a.services.query({ kind: 'service', areaId: district!.id }, { limit: 50 });
      ok(page.total !== null && page.total <= all, 'services filtered by areaId are no more than all');
      ok(page.items.every((i) => i.kind === 'service'), 'every service filtered by areaId is a service');
    });

    it('finds organisations by name, each hit with the path to reveal it', ['orgs'], async () => {
      const a = await as('resident');
      const roots = await a.orgs.roots();
      ok(roots.length > 0, 'orgs.roots returns a root');
      // A child of one of the first roots, or a root when no root has children (a flat export).
      let target = roots[0]!;
      for (const root of roots.slice(0, 5)) {
        const [child] = (await a.orgs.children(root.id, { limit: 1 })).items;
        if (child) {
          target = child;
          break;
        }
      }
      const hits = await a.orgs.search(target.name, { limit: 20 });
      ok(hits.items.some((h) => h.organization.id === target.id), 'searching a name finds that organisation');
      const rootIds = new Set(roots.map((r) => r.id));
      for (const hit of hits.items) {
        const last = hit.path[hit.path.length - 1];
        if (hit.organization.parentId === null) ok(hit.path.length === 0, 'a root has an empty path');
        else ok(rootIds.has(hit.path[0]?.id ?? '') && last?.id === hit.organization.parentId, 'a path runs from a root to the parent');
      }
    });
  });
}
