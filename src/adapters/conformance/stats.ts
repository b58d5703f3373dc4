import { cityDate, cityNow } from '../../domain/city-clock.js';
import type { CaseAction, GridCase } from '../../domain/cases.js';
import type { CaseStats, ServiceStats, VolunteerStats } from '../../domain/stats.js';
import { equal, ok, uniqueKey } from './assert.js';
import type { FullAdapter } from './fixtures.js';
import { randomReportableArea, reportAt } from './queue.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

const near = (a: number, b: number, what: string, within = 0.05) => ok(Math.abs(a - b) <= within, `${what}: ${a} is not ${b}`);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The figures of one answer agree with each other. */
function checkCaseStats(s: CaseStats, what: string): void {
  equal(sum(s.byCategory.map((c) => c.reported)), s.reported, `${what}: byCategory adds up to reported`);
  equal(sum(s.byCategory.map((c) => c.closed)), s.closed, `${what}: byCategory adds up to closed`);
  equal(sum(s.weekly.map((w) => w.reported)), s.reported, `${what}: the weeks add up to reported`);
  equal(sum(s.weekly.map((w) => w.closed)), s.closed, `${what}: the weeks add up to closed`);
  equal(sum(s.satisfaction.distribution.map((d) => d.count)), s.satisfaction.count, `${what}: the ratings add up`);
  ok(s.satisfaction.count <= s.closed, `${what}: no more ratings than cases closed`);
  ok(s.closed === 0 ? s.onTimeRate === null : s.onTimeRate !== null, `${what}: an on-time rate when cases closed`);
  ok(s.weekly.every((w, i) => i === 0 || Date.parse(s.weekly[i - 1]!.weekStart) < Date.parse(w.weekStart)), `${what}: weeks oldest first`);
  ok(sum(s.byDepartment.map((d) => d.urged)) <= s.urged, `${what}: departments were urged no more than all`);
}

export function statsTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  const act = async (who: ConformancePersona, kase: GridCase, action: CaseAction, extra: Record<string, unknown> = {}) =>
    (await as(who)).cases.act(kase.id, { action, ...extra, idempotencyKey: uniqueKey(action) });

  describe('statistics computed by the backend', () => {
    it('cases.stats: figures that add up, for relative and custom periods, and the period it used', ['cases', 'case-stats'], async () => {
      const a = await as('resident');
      for (const period of ['week', 'month', 'quarter'] as const) checkCaseStats(await a.cases.stats!({ period }), period);
      const from = new Date(cityNow().getTime() - 20 * 86_400_000).toISOString();
      const to = new Date(cityNow().getTime() - 6 * 86_400_000).toISOString();
      const custom = await a.cases.stats!({ from, to });
      checkCaseStats(custom, 'a custom period');
      equal(Date.parse(custom.from), Date.parse(from), 'the custom period starts at from');
      equal(Date.parse(custom.to), Date.parse(to), 'the custom period ends at to');
      ok(Date.parse(custom.weekly[0]?.weekStart ?? from) <= Date.parse(from), 'the first week starts no later than the period');
    });

    it('cases.stats counts a report, an urge, a close and a rating where and when they happen', ['session', 'areas', 'cases', 'case-actions', 'case-supervision', 'case-stats'], async () => {
      const resident = await as('resident');
      const grid = await randomReportableArea(resident, (await resident.areas.roots())[0]!.id);
      const query = { period: 'week' as const, areaId: grid };
      const before = await resident.cases.stats!(query);
      equal(before.areaId, grid, 'the figures are for the area asked for');
      let kase = await reportAt(resident, grid);
      const officer = await (await as('department-staff')).session.current();
      const departmentId = officer.departmentId ?? (await resident.cases.departments())[0]!.id;
      for (const [who, action, extra] of [
        ['grid-centre', 'accept', {}],
        ['grid-centre', 'dispatch', { departmentId }],
        ['grid-centre', 'urge', { note: 'Conformance: hurry' }],
        ['department-staff', 'resolve', { note: 'Conformance: fixed' }],
        ['grid-centre', 'verify', {}],
        ['grid-centre', 'close', {}],
        ['resident', 'rate', { rating: 4 }],
      ] as Array<[ConformancePersona, CaseAction, Record<string, unknown>]>) {
        kase = await act(who, kase, action, extra);
      }
      const after = await resident.cases.stats!(query);
      checkCaseStats(after, 'after the loop');
      equal(after.reported, before.reported + 1, 'reported counts the report');
      equal(after.closed, before.closed + 1, 'closed counts the close');
      equal(after.urged, before.urged + 1, 'urged counts the urge');
      equal(after.satisfaction.count, before.satisfaction.count + 1, 'the rating is counted');
      equal(after.satisfaction.distribution[3]!.count, before.satisfaction.distribution[3]!.count + 1, 'as a 4');
      const category = (s: CaseStats) => s.byCategory.find((c) => c.categoryCode === kase.categoryCode)?.reported ?? 0;
      equal(category(after), category(before) + 1, 'its category counts it');
      const dept = (s: CaseStats) => s.byDepartment.find((d) => d.departmentId === departmentId) ?? { handled: 0, urged: 0, rated: 0 };
      equal(dept(after).handled, dept(before).handled + 1, 'its department handled it');
      equal(dept(after).urged, dept(before).urged + 1, 'its department was urged');
      equal(dept(after).rated, dept(before).rated + 1, 'its department was rated');
    });

    it('volunteers.stats: hours by team and month that add up, and logged hours counted in their area and teams', ['session', 'volunteers', 'volunteer-stats'], async () => {
      const staff = await as('community-staff');
      const quarter = await staff.volunteers.stats!({ period: 'quarter' });
      near(sum(quarter.byMonth.map((m) => m.hours)), quarter.hours, 'the months add up to the hours', 0.1);
      ok(quarter.byTeam.every((t, i) => i === 0 || quarter.byTeam[i - 1]!.hours >= t.hours), 'teams with the most hours first');
      ok(quarter.partyMembers <= quarter.volunteers, 'no more party members than volunteers');
      const teams = await staff.volunteers.teams();
      const team = teams[Math.floor(Math.random() * teams.length)]!;
      const members = (await staff.volunteers.query({ teamId: team.id }, { limit: 100 })).items;
      const v = members[Math.floor(Math.random() * members.length)] ?? (await staff.volunteers.query({}, { limit: 1 })).items[0]!;
      const query = { period: 'week' as const, areaId: v.areaId };
      const hours = (s: VolunteerStats, teamId: string) => s.byTeam.find((t) => t.teamId === teamId)?.hours ?? 0;
      const before = await staff.volunteers.stats!(query);
      const yesterday = cityDate(new Date(cityNow().getTime() - 86_400_000));
      await staff.volunteers.logHours({ volunteerId: v.id, date: yesterday, hours: 2.5, activity: 'Conformance', idempotencyKey: uniqueKey('hours') });
      const after = await staff.volunteers.stats!(query);
      near(after.hours, before.hours + 2.5, 'the area counts the logged hours', 0.011);
      for (const teamId of v.teamIds) near(hours(after, teamId), hours(before, teamId) + 2.5, `team ${teamId} counts them`, 0.011);
    });

    it('services.stats: requests counted in their area and branch, demands taken up that add up', ['services', 'service-requests', 'service-stats'], async () => {
      const resident = await as('resident');
      const month = await resident.services.stats!({ period: 'month' });
      equal(sum(month.requestsByBranch.map((b) => b.count)), month.requests, 'the branches add up to the requests');
      equal(sum(month.demandsByStatus.map((d) => d.count)), month.demandsPosted, 'the statuses add up to the demands posted');
      equal(month.demandsPosted - (month.demandsByStatus.find((d) => d.status === 'open')?.count ?? 0), month.demandsTakenUp, 'taken up: all but the open ones');
      const { items } = await resident.services.query({ kind: 'service' }, { limit: 100 });
      const service = items[Math.floor(Math.random() * items.length)]!;
      const query = { period: 'week' as const, areaId: service.areaId };
      const before = await resident.services.stats!(query);
      await resident.services.request({ itemId: service.id, name: '测试员', phone: '13800000000', preferredTime: 'weekday morning', notes: '', idempotencyKey: uniqueKey('request') });
      const after: ServiceStats = await resident.services.stats!(query);
      equal(after.requests, before.requests + 1, 'the request is counted in its area');
      const grew = after.requestsByBranch.filter((b) => b.count !== (before.requestsByBranch.find((x) => x.termId === b.termId)?.count ?? 0));
      equal(grew.length, 1, 'in one branch');
    });
  });
}
