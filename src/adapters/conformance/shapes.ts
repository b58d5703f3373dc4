import { equal, ok } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

/** Calls every read method once; the validating wrapper fails the test on any response off the schemas. */
export function shapeTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('responses parse with the domain schemas', () => {
    it('session.current', ['session'], async () => {
      await (await as('grid-centre')).session.current();
    });

    it('areas: roots, children, get, path and search', ['areas'], async () => {
      const a = await as('grid-centre');
      const [root] = await a.areas.roots();
      const children = await a.areas.children(root!.id, { limit: 2 });
      const area = await a.areas.get(children.items[0]!.id);
      ok((await a.areas.path(area.id)).at(-1)?.id === area.id, 'areas.path ends at the area');
      await a.areas.search(area.name, { limit: 2 });
    });

    it('cases: categories (codes unique, list questions with options), departments, submit, get, list, similar', ['cases'], async () => {
      const a = await as('grid-centre');
      const categories = await a.cases.categories({ locale: 'en' });
      ok(categories.length > 0, 'cases.categories returns at least one category');
      equal(new Set(categories.map((c) => c.code)).size, categories.length, 'category codes are unique');
      for (const q of categories.flatMap((c) => c.questions)) {
        if (q.datatype === 'single' || q.datatype === 'multi') ok(q.options?.length, `question ${q.code} (${q.datatype}) has options`);
      }
      await a.cases.departments();
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      equal(kase.status, 'reported', 'a new case');
      equal((await a.cases.get(kase.id)).id, kase.id, 'cases.get by id finds the new case');
      equal((await a.cases.get(kase.publicNumber)).id, kase.id, 'cases.get by public number finds the new case');
      await a.cases.similar({ categoryCode: categories[0]!.code, areaId: kase.location.areaId });
      await a.cases.list({ status: ['reported'] }, { limit: 5 });
    });

    it('cases.follow', ['cases', 'case-follow'], async () => {
      const a = await as('grid-centre');
      const resident = await as('resident');
      const kase = (await a.cases.list({ status: ['accepted'] }, { limit: 1 })).items[0] ?? (await resident.cases.submit(await validSubmission(resident)));
      await a.cases.follow(kase.id).catch(() => undefined);
    });

    it('orgs: roots, get, children and members', ['orgs'], async () => {
      const a = await as('grid-centre');
      const [org] = await a.orgs.roots();
      ok(org, 'orgs.roots returns a root');
      await a.orgs.get(org.id);
      await a.orgs.children(org.id, { limit: 2 });
      await a.orgs.members(org.id, { limit: 2 });
    });

    it('volunteers: teams, query and get', ['volunteers'], async () => {
      const a = await as('grid-centre');
      await a.volunteers.teams();
      const [v] = (await a.volunteers.query({ sort: 'hours-desc' }, { limit: 2 })).items;
      await a.volunteers.get(v!.id);
    });

    it('services: taxonomy, and query and get for every list kind', ['services'], async () => {
      const a = await as('grid-centre');
      await a.services.taxonomy();
      for (const kind of ['service', 'demand', 'resource', 'project'] as const) {
        const [item] = (await a.services.query({ kind }, { limit: 2 })).items;
        if (item) equal((await a.services.get(kind, item.id)).id, item.id, `services.get("${kind}") finds what query listed`);
      }
    });
  });
}
