import { locatesCase } from '../../domain/case-validation.js';
import { AREA_LEVELS } from '../../domain/areas.js';
import { isOverdue, SETTLED_STATES } from '../../domain/case-machine.js';
import { cityNow } from '../../domain/city-clock.js';
import type { CaseAction, CaseQuery, CaseSubmission, CaseSummary, GridCase } from '../../domain/cases.js';
import { equal, ok, rejectsWith, uniqueKey } from './assert.js';
import { validSubmission, walk, type FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

/** A random pick, from the platform's randomness (the kit runs against shared servers: tests must not collide). */
function randomIndex(length: number): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0]! % length;
}

/**
 * A reportable area (a grid or below) chosen at random below `startId`, one page of children per level:
 * so two runs of the kit against one server count their own cases in their own grids.
 */
export async function randomReportableArea(adapter: FullAdapter, startId: string): Promise<string> {
  let area = await adapter.areas.get(startId);
  for (let depth = 0; depth < AREA_LEVELS.length && !locatesCase(area); depth++) {
    const { items } = await adapter.areas.children(area.id, { limit: 200 });
    ok(items.length > 0, `areas.children("${area.id}") returns the areas below a ${area.level}`);
    area = items[randomIndex(items.length)]!;
  }
  ok(locatesCase(area), `walking down from "${startId}" reaches a grid, compound or building`);
  return area.id;
}

/** The resident's valid report, located at `areaId`. */
export async function reportAt(resident: FullAdapter, areaId: string): Promise<GridCase> {
  const submission: CaseSubmission = await validSubmission(resident);
  return resident.cases.submit({ ...submission, location: { ...submission.location, areaId } });
}

/** Every case of a query, up to `maxPages` pages of 100. */
async function listed(a: FullAdapter, query: CaseQuery, maxPages = 20): Promise<CaseSummary[]> {
  return (await walk((cursor) => a.cases.list(query, { cursor, limit: 100 }), (c) => c.id, maxPages)).items;
}

export function queueTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  const act = async (who: ConformancePersona, kase: GridCase, action: CaseAction, extra: { departmentId?: string; note?: string } = {}) =>
    (await as(who)).cases.act(kase.id, { action, ...extra, idempotencyKey: uniqueKey(action) });

  describe('case lists: scope, filters and sorts', () => {
    it('lists for each session exactly its scope: its community, its department, its own cases, nothing for an anonymous visitor', ['session', 'areas', 'cases', 'case-actions'], async () => {
      const staff = await as('community-staff');
      const staffSession = await staff.session.current();
      ok(staffSession.areaIds.length > 0, 'the community staff work in an area');
      const resident = await as('resident');
      const kase = await reportAt(resident, await randomReportableArea(resident, staffSession.areaIds[0]!));
      const has = async (who: ConformancePersona, query: CaseQuery = {}) =>
        (await (await as(who)).cases.list({ ...query, text: kase.publicNumber }, { limit: 5 })).items.some((c) => c.id === kase.id);
      ok(await has('resident'), 'the reporter lists their own case');
      ok(await has('community-staff'), 'the community staff list a case in their area');
      ok(await has('grid-centre'), 'the grid centre lists it');
      ok(!(await has('department-staff')), 'a department does not list a case not dispatched to it');
      equal((await (await as('anonymous')).cases.list({}, { limit: 1 })).total ?? 0, 0, 'an anonymous visitor lists nothing');

      const own = await listed(resident, {}, 5);
      for (const c of own.slice(0, 10)) ok((await resident.cases.get(c.id)).mine, `the resident's list holds only their own or followed cases (${c.publicNumber})`);
      const areas = new Set(staffSession.areaIds);
      for (const c of await listed(staff, {}, 5)) {
        ok(c.location.areaPath.some((a) => areas.has(a.id)) || (await staff.cases.get(c.id)).mine, `${c.publicNumber} lies in the staff's areas`);
      }

      const officer = await (await as('department-staff')).session.current();
      ok(officer.departmentId, 'the department officer has a department');
      await act('grid-centre', kase, 'accept');
      await act('grid-centre', kase, 'dispatch', { departmentId: officer.departmentId! });
      ok(await has('department-staff'), 'a department lists a case once it is dispatched to it');
      for (const c of await listed(await as('department-staff'), {}, 5)) {
        equal(c.department?.id, officer.departmentId!, `${c.publicNumber} in the department's list is dispatched to it`);
      }
    });

    it('applies each filter in the backend: every case listed matches it, and the new case is found by its own', ['session', 'areas', 'cases', 'case-actions'], async () => {
      const centre = await as('grid-centre');
      const resident = await as('resident');
      const kase = await reportAt(resident, await randomReportableArea(resident, (await resident.areas.roots())[0]!.id));
      const all = (await centre.cases.list({}, { limit: 1 })).total ?? Infinity;
      const now = cityNow();
      const dueBefore = new Date(now.getTime() + 86_400_000).toISOString();
      const reportedFrom = new Date(Date.parse(kase.createdAt) - 3 * 86_400_000).toISOString();
      const [department] = await centre.cases.departments();
      const area = kase.location.areaPath.find((a) => a.level === 'district') ?? kase.location.areaPath[1] ?? kase.location.areaPath[0]!;
      const filters: Array<[string, CaseQuery, (c: CaseSummary) => boolean]> = [
        ['status', { status: ['dispatched', 'handled'] }, (c) => c.status === 'dispatched' || c.status === 'handled'],
        ['categoryCode', { categoryCode: kase.categoryCode }, (c) => c.categoryCode === kase.categoryCode],
        ['areaId', { areaId: area.id }, (c) => c.location.areaPath.some((a) => a.id === area.id)],
        ['urgency', { urgency: ['high', 'emergency'] }, (c) => c.urgency === 'high' || c.urgency === 'emergency'],
        ['departmentId', { departmentId: department!.id }, (c) => c.department?.id === department!.id],
        ['overdue', { overdue: true }, (c) => isOverdue(c, new Date(now.getTime() + 60_000))],
        ['dueBefore', { dueBefore }, (c) => Date.parse(c.dueAt) < Date.parse(dueBefore)],
        ['reportedFrom', { reportedFrom }, (c) => Date.parse(c.createdAt) >= Date.parse(reportedFrom)],
        ['reportedTo', { reportedTo: reportedFrom }, (c) => Date.parse(c.createdAt) < Date.parse(reportedFrom)],
      ];
      for (const [label, query, test] of filters) {
        const page = await centre.cases.list(query, { limit: 100 });
        ok(page.total !== null && page.total <= all, `cases filtered by ${label} are no more than all (${String(page.total)} of ${all})`);
        const wrong = page.items.find((c) => !test(c));
        ok(!wrong, `every case filtered by ${label} matches it (not ${wrong?.publicNumber})`);
      }
      const found = async (query: CaseQuery) => (await centre.cases.list({ ...query, text: kase.publicNumber }, { limit: 5 })).items.some((c) => c.id === kase.id);
      ok(await found({ reportedFrom, categoryCode: kase.categoryCode, urgency: [kase.urgency], status: ['reported'], areaId: kase.location.areaId }), 'the new case matches its own filters');
      ok(!(await found({ reportedTo: reportedFrom })), 'the new case is not reported before it was');
      ok(!(await found({ status: ['closed'] })), 'the new case is not closed');
    });

    // A backend that runs the whole loop serves the staff's queue (a standards proxy such as Open311 lists what its server lists).
    it('sorts due first (open cases by due date, then settled ones), newest first and most followed first', ['cases', 'case-actions'], async () => {
      const centre = await as('grid-centre');
      const t = (iso: string) => Date.parse(iso);
      const due = (await centre.cases.list({ sort: 'due' }, { limit: 100 })).items;
      const settled = due.map((c) => SETTLED_STATES.has(c.status));
      ok(settled.every((s, i) => i === 0 || !settled[i - 1] || s), 'due: no open case after a settled one');
      const open = due.filter((c) => !SETTLED_STATES.has(c.status));
      ok(open.every((c, i) => i === 0 || t(open[i - 1]!.dueAt) <= t(c.dueAt)), 'due: open cases by due date, the earliest first');
      const done = due.filter((c) => SETTLED_STATES.has(c.status));
      ok(done.every((c, i) => i === 0 || t(done[i - 1]!.updatedAt) >= t(c.updatedAt)), 'due: settled cases by update, the latest first');
      const newest = (await centre.cases.list({ sort: 'newest' }, { limit: 100 })).items;
      ok(newest.every((c, i) => i === 0 || t(newest[i - 1]!.createdAt) >= t(c.createdAt)), 'newest: by report time, the latest first');
      const followed = (await centre.cases.list({ sort: 'followers' }, { limit: 100 })).items;
      ok(followed.every((c, i) => i === 0 || followed[i - 1]!.followers >= c.followers), 'followers: the most followed first');
      const e = await rejectsWith(centre.cases.list({ sort: 'oldest' as never }), 'validation', 'an unknown sort');
      ok(e.fieldErrors?.sort, 'the error names the sort');
    });
  });
}
