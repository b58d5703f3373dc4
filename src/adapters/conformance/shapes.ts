import { ok } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ConformancePersona, ConformanceRunner } from './types.js';

/** Calls every read method once; the validating wrapper fails the test on any response off the schemas. */
export function shapeTests({ describe, it }: ConformanceRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('responses', () => {
    it('parse with the domain schemas for every read method', async () => {
      const a = await as('grid-centre');
      await a.session.current();
      const [root] = await a.areas.roots();
      const children = await a.areas.children(root!.id, { limit: 2 });
      const area = await a.areas.get(children.items[0]!.id);
      ok((await a.areas.path(area.id)).at(-1)?.id === area.id, 'areas.path ends at the area');
      await a.areas.search(area.name, { limit: 2 });
      const categories = await a.cases.categories({ locale: 'en' });
      await a.cases.departments();
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      await a.cases.similar({ categoryCode: categories[0]!.code, areaId: kase.location.areaId });
      await a.cases.list({ status: ['reported'] }, { limit: 5 });
      await a.cases.get(kase.id);
      await a.cases.follow((await a.cases.list({ status: ['accepted'] }, { limit: 1 })).items[0]?.id ?? kase.id).catch(() => undefined);
      const [org] = await a.orgs.roots();
      await a.orgs.get(org!.id);
      await a.orgs.children(org!.id, { limit: 2 });
      await a.orgs.members(org!.id, { limit: 2 });
      await a.volunteers.teams();
      const [v] = (await a.volunteers.query({ sort: 'hours-desc' }, { limit: 2 })).items;
      await a.volunteers.get(v!.id);
      await a.services.taxonomy();
      for (const kind of ['service', 'demand', 'resource', 'project'] as const) {
        const [item] = (await a.services.query({ kind }, { limit: 2 })).items;
        if (item) await a.services.get(kind, item.id);
      }
    });
  });
}
