import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import {
  CaseStats,
  ServiceStats,
  VolunteerStats,
  type CaseSummary,
  type Demand,
  type ListItem,
  type StatsQuery,
  type Volunteer,
} from '../../../src/domain/index.js';
import { TEST_NOW } from '../../helpers/city-clock.js';
import { rejection } from '../../helpers/rejection.js';
import { cityDay, cityMonday, listAll, overdueAt, within } from './queue-helpers.js';

// Every figure of cases.stats is worked out again here from the full case list (paged through as the
// city's grid centre), with the definitions written out by hand, and compared with the backend's.

const DAY = 86_400_000;
const HOME = 'd01-s01-c01';
const round2 = (x: number) => Math.round(x * 100) / 100;

function makeAdapter(): MemoryAdapter {
  return createMemoryAdapter({ session: 'grid-centre', now: () => TEST_NOW });
}

/** Midnight in the city of the day `ms` falls in. */
const cityMidnight = (ms: number) => Date.parse(`${cityDay(ms)}T00:00:00+08:00`);

/** [from, to): the last whole city days up to the end of today, or the custom range. */
function periodOf(query: StatsQuery): [number, number] {
  const endOfToday = cityMidnight(TEST_NOW.getTime() + DAY);
  if (query.from) return [Date.parse(query.from), query.to ? Date.parse(query.to) : endOfToday];
  const days = { week: 7, month: 30, quarter: 90 }[query.period ?? 'month'];
  return [cityMidnight(TEST_NOW.getTime() - (days - 1) * DAY), endOfToday];
}

function middle(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return round2(s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2);
}

function ratings(list: CaseSummary[]) {
  const rated = list.filter((c) => c.rating != null).map((c) => c.rating!);
  return {
    average: rated.length ? round2(rated.reduce((a, b) => a + b, 0) / rated.length) : null,
    count: rated.length,
    distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: rated.filter((r) => r === rating).length })),
  };
}

async function expectedCaseStats(adapter: MemoryAdapter, all: CaseSummary[], query: StatsQuery): Promise<CaseStats> {
  const [from, to] = periodOf(query);
  const areaId = query.areaId ?? 'city';
  const inPeriod = (iso: string | null | undefined) => iso != null && Date.parse(iso) >= from && Date.parse(iso) < to;
  const cases = all.filter((c) => within(c.location.areaPath, areaId));
  const reported = cases.filter((c) => inPeriod(c.createdAt));
  const closed = cases.filter((c) => c.status === 'closed' && inPeriod(c.closedAt));
  const onTime = (c: CaseSummary) => c.settledAt != null && Date.parse(c.settledAt) <= Date.parse(c.dueAt);
  const share = (part: number, whole: number) => (whole ? round2(part / whole) : null);
  const overdue = cases.filter((c) => overdueAt(c, TEST_NOW));
  const urges = cases.flatMap((c) => c.urges!.filter((u) => inPeriod(u.at)));
  const categoryNames = new Map((await adapter.cases.categories()).map((c) => [c.code, c.name]));
  const departmentNames = new Map((await adapter.cases.departments()).map((d) => [d.id, d.name]));

  const codes = new Set([...reported, ...closed, ...overdue].map((c) => c.categoryCode));
  const byCategory = [...codes]
    .map((code) => ({
      categoryCode: code,
      categoryName: categoryNames.get(code)!,
      reported: reported.filter((c) => c.categoryCode === code).length,
      closed: closed.filter((c) => c.categoryCode === code).length,
      overdueNow: overdue.filter((c) => c.categoryCode === code).length,
    }))
    .sort((a, b) => b.reported - a.reported || b.closed - a.closed || (a.categoryCode < b.categoryCode ? -1 : 1));

  const departments = new Set([...cases.map((c) => c.department?.id), ...urges.map((u) => u.departmentId)].filter((d): d is string => !!d));
  const byDepartment = [...departments]
    .map((id) => {
      const ours = cases.filter((c) => c.department?.id === id);
      const handled = ours.filter((c) => inPeriod(c.settledAt));
      const rated = ratings(handled);
      return {
        departmentId: id,
        departmentName: departmentNames.get(id)!,
        handled: handled.length,
        onTimeRate: share(handled.filter(onTime).length, handled.length),
        medianDaysToHandle: middle(handled.map((c) => (Date.parse(c.settledAt!) - Date.parse(c.createdAt)) / DAY)),
        satisfaction: rated.average,
        rated: rated.count,
        urged: urges.filter((u) => u.departmentId === id).length,
        overdueNow: ours.filter((c) => overdue.includes(c)).length,
      };
    })
    .filter((d) => d.handled || d.urged || d.overdueNow)
    .sort((a, b) => b.handled - a.handled || b.urged - a.urged || (a.departmentId < b.departmentId ? -1 : 1));

  const weekly = [];
  for (let monday = Date.parse(`${cityMonday(from)}T00:00:00+08:00`); monday < to; monday += 7 * DAY) {
    const key = cityDay(monday);
    weekly.push({
      weekStart: key,
      reported: reported.filter((c) => cityMonday(Date.parse(c.createdAt)) === key).length,
      closed: closed.filter((c) => cityMonday(Date.parse(c.closedAt!)) === key).length,
    });
  }

  return {
    areaId,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    reported: reported.length,
    closed: closed.length,
    onTimeRate: share(closed.filter(onTime).length, closed.length),
    medianDaysToClose: middle(closed.map((c) => (Date.parse(c.closedAt!) - Date.parse(c.createdAt)) / DAY)),
    overdueNow: overdue.length,
    urged: urges.length,
    escalatedNow: cases.filter((c) => !['handled', 'verified', 'closed'].includes(c.status) && c.escalationLevel !== 'community').length,
    satisfaction: ratings(closed),
    byCategory,
    byDepartment,
    weekly,
  };
}

const QUERIES: StatsQuery[] = [
  { period: 'week' },
  { period: 'month' },
  { period: 'quarter' },
  {},
  { period: 'quarter', areaId: 'd01' },
  { period: 'month', areaId: 'd03' },
  { period: 'quarter', areaId: HOME },
  { from: new Date(TEST_NOW.getTime() - 20 * DAY).toISOString(), to: new Date(TEST_NOW.getTime() - 6 * DAY).toISOString() },
];

describe('memory cases.stats: every figure equals the one worked out from the full case list', () => {
  it('for the city, a district and a community, over a week, a month, a quarter and a custom period', async () => {
    const adapter = makeAdapter();
    const all = await listAll(adapter);
    expect(all).to.have.length(400);
    for (const query of QUERIES) {
      const stats = await adapter.cases.stats(query);
      expect(CaseStats.safeParse(stats).success, JSON.stringify(query)).to.equal(true);
      expect(stats, JSON.stringify(query)).to.deep.equal(await expectedCaseStats(adapter, all, query));
    }
  });

  it('gives the seeded city figures worth charting', async () => {
    const stats = await makeAdapter().cases.stats({ period: 'quarter' });
    expect(stats.reported).to.be.greaterThan(300);
    expect(stats.closed).to.be.greaterThan(200);
    expect(stats.onTimeRate).to.be.within(0.1, 0.95);
    expect(stats.medianDaysToClose).to.be.greaterThan(0.5);
    expect(stats.overdueNow).to.be.greaterThan(5);
    expect(stats.urged).to.be.greaterThan(20);
    expect(stats.escalatedNow).to.be.greaterThan(0);
    expect(stats.satisfaction.count).to.be.greaterThan(100);
    expect(stats.satisfaction.distribution.filter((d) => d.count > 0).length).to.equal(5);
    expect(stats.byCategory.length).to.be.at.least(10);
    expect(stats.byDepartment.length).to.be.at.least(6);
    expect(stats.byDepartment.filter((d) => d.urged > 0).length).to.be.at.least(4);
    expect(stats.weekly.filter((w) => w.reported > 0 && w.closed > 0).length).to.be.at.least(6);
  });

  it('counts an urge, a close and a rating as they happen, and stays equal to the list', async () => {
    const adapter = makeAdapter();
    const before = await adapter.cases.stats({ period: 'week', areaId: HOME });
    adapter.control.setSession('resident');
    let kase = await adapter.cases.submit({
      categoryCode: 'streetlight',
      answers: { damage: 'off', wholeStretch: true },
      location: { areaId: `${HOME}-g1-p1-b1`, address: '1号楼东侧路灯' },
      description: '路灯不亮。',
      urgency: 'normal',
      anonymous: false,
      name: '王秀英',
      phone: '13912345678',
      idempotencyKey: 'stats-loop-report',
    });
    const steps: Array<[Parameters<MemoryAdapter['control']['setSession']>[0], Parameters<MemoryAdapter['cases']['act']>[1]]> = [
      ['grid-centre', { action: 'accept', idempotencyKey: 'stats-loop-accept' }],
      ['grid-centre', { action: 'dispatch', departmentId: 'dept-cg', idempotencyKey: 'stats-loop-dispatch' }],
      ['grid-centre', { action: 'urge', note: '请尽快修复', idempotencyKey: 'stats-loop-urge' }],
      ['department-staff', { action: 'resolve', note: '已修复', idempotencyKey: 'stats-loop-resolve' }],
      ['grid-centre', { action: 'verify', idempotencyKey: 'stats-loop-verify' }],
      ['grid-centre', { action: 'close', idempotencyKey: 'stats-loop-close' }],
      ['resident', { action: 'rate', rating: 2, idempotencyKey: 'stats-loop-rate' }],
    ];
    for (const [who, request] of steps) {
      adapter.control.setSession(who);
      kase = await adapter.cases.act(kase.id, request);
    }
    const after = await adapter.cases.stats({ period: 'week', areaId: HOME });
    expect(after.reported).to.equal(before.reported + 1);
    expect(after.closed).to.equal(before.closed + 1);
    expect(after.urged).to.equal(before.urged + 1);
    expect(after.satisfaction.count).to.equal(before.satisfaction.count + 1);
    expect(after.satisfaction.distribution[1]!.count).to.equal(before.satisfaction.distribution[1]!.count + 1);
    const dept = (s: CaseStats) => s.byDepartment.find((d) => d.departmentId === 'dept-cg') ?? { handled: 0, urged: 0, rated: 0 };
    expect(dept(after).handled).to.equal(dept(before).handled + 1);
    expect(dept(after).urged).to.equal(dept(before).urged + 1);
    expect(dept(after).rated).to.equal(dept(before).rated + 1);
    adapter.control.setSession('grid-centre');
    expect(after).to.deep.equal(await expectedCaseStats(adapter, await listAll(adapter), { period: 'week', areaId: HOME }));
  });

  it('speaks the locale asked for, and refuses a bad query with validation', async () => {
    const adapter = makeAdapter();
    const en = await adapter.cases.stats({ period: 'month' }, { locale: 'en' });
    expect(en.byDepartment.find((d) => d.departmentId === 'dept-cg')!.departmentName).to.equal('City Management Bureau');
    expect(en.byCategory.find((c) => c.categoryCode === 'streetlight')?.categoryName ?? 'Broken street light').to.equal('Broken street light');
    for (const [query, field] of [
      [{ period: 'week', from: TEST_NOW.toISOString() }, 'period'],
      [{ areaId: 'nowhere' }, 'areaId'],
      [{ from: TEST_NOW.toISOString(), to: new Date(TEST_NOW.getTime() - DAY).toISOString() }, 'to'],
      [{ period: 'decade' }, 'period'],
    ] as const) {
      const error = await rejection(adapter.cases.stats(query as unknown as StatsQuery));
      expect(error.code, field).to.equal('validation');
      expect(Object.keys(error.fieldErrors ?? {}), field).to.deep.equal([field]);
    }
  });
});

/** Every volunteer living in an area, paged through. */
async function volunteersIn(adapter: MemoryAdapter, areaId: string): Promise<Volunteer[]> {
  const out: Volunteer[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<MemoryAdapter['volunteers']['query']>> = await adapter.volunteers.query({ areaId }, { cursor, limit: 200 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const year = () => cityDay(TEST_NOW.getTime()).slice(0, 4);
const yearStart = () => new Date(`${year()}-01-01T00:00:00+08:00`).toISOString();

describe('memory volunteers.stats', () => {
  it('adds up, over the year to date, to the hours the roster and the teams show', async () => {
    const adapter = makeAdapter();
    const area = 'd02';
    const stats = await adapter.volunteers.stats({ areaId: area, from: yearStart() });
    expect(VolunteerStats.safeParse(stats).success).to.equal(true);
    const people = await volunteersIn(adapter, area);
    expect(stats.volunteers).to.equal(people.length);
    expect(stats.partyMembers).to.equal(people.filter((v) => v.partyMember).length);
    expect(stats.hours).to.be.closeTo(people.reduce((sum, v) => sum + v.hoursThisYear, 0), 0.05);
    const teams = new Map((await adapter.volunteers.teams()).map((t) => [t.id, t]));
    const teamIds = new Set(people.flatMap((v) => v.teamIds));
    expect(stats.byTeam.map((t) => t.teamId).sort()).to.deep.equal([...teamIds].sort());
    for (const row of stats.byTeam) {
      const members = people.filter((v) => v.teamIds.includes(row.teamId));
      expect(row.members, row.teamId).to.equal(members.length);
      expect(row.hours, row.teamId).to.be.closeTo(members.reduce((sum, v) => sum + v.hoursThisYear, 0), 0.05);
      expect(row.teamName).to.equal(teams.get(row.teamId)!.name);
    }
    for (let i = 1; i < stats.byTeam.length; i++) expect(stats.byTeam[i - 1]!.hours).to.be.at.least(stats.byTeam[i]!.hours);
    expect(stats.byMonth.reduce((sum, m) => sum + m.hours, 0)).to.be.closeTo(stats.hours, 0.1);
    expect(stats.byMonth[0]!.month).to.equal(`${year()}-01`);
    expect(stats.byMonth.at(-1)!.month).to.equal(cityDay(TEST_NOW.getTime()).slice(0, 7));
  });

  it('makes city-wide team totals over the year to date those of volunteers.teams', async () => {
    const adapter = makeAdapter();
    const stats = await adapter.volunteers.stats({ from: yearStart() });
    const teams = await adapter.volunteers.teams();
    expect(stats.byTeam).to.have.length(teams.filter((t) => t.memberCount > 0).length);
    for (const team of teams.filter((t) => t.memberCount > 0)) {
      const row = stats.byTeam.find((r) => r.teamId === team.id)!;
      expect(row.members, team.id).to.equal(team.memberCount);
      expect(row.hours, team.id).to.be.closeTo(team.hoursThisYear, 0.05);
    }
    expect(stats.volunteers).to.equal((await adapter.volunteers.query({}, { limit: 1 })).total);
  });

  it('counts logged hours on their day, in the volunteer’s area, teams and month, and nowhere else', async () => {
    const adapter = makeAdapter();
    adapter.control.setSession('community-staff');
    const [v] = (await adapter.volunteers.query({ areaId: HOME }, { limit: 1 })).items;
    const date = cityDay(TEST_NOW.getTime() - DAY);
    const query: StatsQuery = { period: 'week', areaId: v!.areaId };
    const before = await adapter.volunteers.stats(query);
    const elsewhere = await adapter.volunteers.stats({ period: 'week', areaId: 'd05' });
    await adapter.volunteers.logHours({ volunteerId: v!.id, date, hours: 3.5, activity: '入户走访', idempotencyKey: 'stats-hours-1' });
    const after = await adapter.volunteers.stats(query);
    expect(after.hours).to.be.closeTo(before.hours + 3.5, 0.011);
    for (const teamId of v!.teamIds) {
      const hours = (s: VolunteerStats) => s.byTeam.find((t) => t.teamId === teamId)!.hours;
      expect(hours(after), teamId).to.be.closeTo(hours(before) + 3.5, 0.011);
    }
    const month = (s: VolunteerStats) => s.byMonth.find((m) => m.month === date.slice(0, 7))!.hours;
    expect(month(after)).to.be.closeTo(month(before) + 3.5, 0.011);
    expect(await adapter.volunteers.stats({ period: 'week', areaId: 'd05' })).to.deep.equal(elsewhere);
    // A period that ends before that day does not count it.
    const earlier = { from: new Date(TEST_NOW.getTime() - 10 * DAY).toISOString(), to: `${date}T00:00:00+08:00` };
    const a = await makeAdapter().volunteers.stats({ ...earlier, areaId: v!.areaId });
    expect((await adapter.volunteers.stats({ ...earlier, areaId: v!.areaId })).hours).to.equal(a.hours);
  });

  it('spreads the seeded hours over the months, and refuses a bad query', async () => {
    const adapter = makeAdapter();
    const stats = await adapter.volunteers.stats({ period: 'quarter' });
    expect(stats.hours).to.be.greaterThan(1000);
    expect(stats.volunteers).to.equal(19_000);
    expect(stats.byMonth.map((m) => m.month)).to.have.length.within(4, 5);
    expect((await rejection(adapter.volunteers.stats({ areaId: 'nowhere' }))).fieldErrors).to.deep.equal({ areaId: { code: 'invalid_option' } });
  });
});

/** Every demand, paged through. */
async function allDemands(adapter: MemoryAdapter): Promise<Demand[]> {
  const out: ListItem[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<MemoryAdapter['services']['query']>> = await adapter.services.query({ kind: 'demand' }, { cursor, limit: 200 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out as Demand[];
}

describe('memory services.stats', () => {
  it('counts the demands posted in the period in the area and how many were taken up, as the demand list says', async () => {
    const adapter = makeAdapter();
    const demands = await allDemands(adapter);
    for (const query of [{ period: 'month' }, { period: 'quarter', areaId: 'd01' }, { period: 'week' }] as StatsQuery[]) {
      const stats = await adapter.services.stats(query);
      expect(ServiceStats.safeParse(stats).success).to.equal(true);
      const [from, to] = periodOf(query);
      const posted = demands.filter(
        (d) => Date.parse(d.postedAt) >= from && Date.parse(d.postedAt) < to && (!query.areaId || d.areaId.startsWith(`${query.areaId}-`)),
      );
      expect(stats.demandsPosted, JSON.stringify(query)).to.equal(posted.length);
      expect(stats.demandsTakenUp).to.equal(posted.filter((d) => d.status !== 'open').length);
      expect(stats.takeUpRate).to.equal(posted.length ? round2(stats.demandsTakenUp / posted.length) : null);
      expect(stats.demandsByStatus).to.deep.equal(
        (['open', 'claimed', 'matched', 'done'] as const).map((status) => ({ status, count: posted.filter((d) => d.status === status).length })),
      );
      expect(stats.requestsByBranch.reduce((sum, b) => sum + b.count, 0)).to.equal(stats.requests);
    }
    const month = await adapter.services.stats({ period: 'month' });
    expect(month.requests, 'seeded requests').to.be.greaterThan(50);
    expect(month.demandsPosted).to.be.greaterThan(10);
    expect(month.demandsTakenUp).to.be.greaterThan(0);
  });

  it('counts a request in its area and branch, and a posted demand, as they happen', async () => {
    const adapter = makeAdapter();
    adapter.control.setSession('resident');
    const [service] = (await adapter.services.query({ kind: 'service', areaId: HOME }, { limit: 1 })).items;
    const terms = new Map((await adapter.services.taxonomy()).map((t) => [t.id, t]));
    let branch = terms.get(service!.termIds[0]!)!;
    while (branch.parentId) branch = terms.get(branch.parentId)!;
    const query: StatsQuery = { period: 'week', areaId: service!.areaId };
    const before = await adapter.services.stats(query);
    const count = (s: ServiceStats) => s.requestsByBranch.find((b) => b.termId === branch.id)?.count ?? 0;
    await adapter.services.request({ itemId: service!.id, name: '王秀英', phone: '13912345678', preferredTime: '周六上午', notes: '', idempotencyKey: 'stats-request-1' });
    await adapter.services.postDemand({
      name: '想找人帮忙修理门锁',
      description: '家里门锁坏了，老人独居。',
      areaId: HOME,
      termIds: [],
      audiences: ['elderly'],
      contactName: '王秀英',
      phone: '13912345678',
      idempotencyKey: 'stats-demand-1',
    });
    const after = await adapter.services.stats(query);
    expect(after.requests).to.equal(before.requests + 1);
    expect(count(after)).to.equal(count(before) + 1);
    const home = await adapter.services.stats({ period: 'week', areaId: HOME });
    expect(home.demandsByStatus[0]!.count).to.equal((await makeAdapter().services.stats({ period: 'week', areaId: HOME })).demandsByStatus[0]!.count + 1);
    expect(home.demandsPosted).to.be.greaterThan(0);
  });
});
