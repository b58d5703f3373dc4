import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import { personaSession } from '../../../src/adapters/memory/personas.js';
import type { CaseQuery, CaseSummary, Session } from '../../../src/domain/index.js';
import { TEST_NOW } from '../../helpers/city-clock.js';
import { rejection } from '../../helpers/rejection.js';
import { byDue, byFollowers, byNewest, ids, listAll, overdueAt, within } from './queue-helpers.js';

// The work queue's backend: each session sees exactly its scope, every filter and sort is applied by
// the backend, and the answers are compared with what the test works out from the full list.

const HOUR = 3_600_000;
const HOME = 'd01-s01-c01';

function makeAdapter(session: PersonaName | Session = 'grid-centre'): MemoryAdapter {
  return createMemoryAdapter({ session, now: () => TEST_NOW });
}

function centre(areaId: string): Session {
  return { ...personaSession('grid-centre'), userId: `u-centre-${areaId}`, areaIds: [areaId] };
}

const sorted = (cases: CaseSummary[]) => ids(cases).sort();

/** The city's grid centre sees every case: the full list the other scopes are cut from. */
async function everything(adapter: MemoryAdapter): Promise<CaseSummary[]> {
  adapter.control.setSession('grid-centre');
  const all = await listAll(adapter);
  expect(all).to.have.length(400);
  return all;
}

async function seenBy(adapter: MemoryAdapter, session: PersonaName | Session, query: CaseQuery = {}): Promise<CaseSummary[]> {
  adapter.control.setSession(session);
  const items = await listAll(adapter, query, 50);
  const { total } = await adapter.cases.list(query, { limit: 1 });
  expect(total, 'the total is what paging to the end gives').to.equal(items.length);
  return items;
}

describe('memory cases: each session sees exactly its scope', () => {
  it('community staff see their community, a grid worker their grid, a department what was dispatched to it', async () => {
    const adapter = makeAdapter();
    const all = await everything(adapter);
    const cases: Array<[PersonaName, (c: CaseSummary) => boolean]> = [
      ['community-staff', (c) => within(c.location.areaPath, HOME)],
      ['grid-worker', (c) => within(c.location.areaPath, `${HOME}-g1`)],
      ['department-staff', (c) => c.department?.id === 'dept-cg'],
    ];
    for (const [persona, test] of cases) {
      const expected = all.filter(test);
      expect(expected.length, persona).to.be.greaterThan(2);
      expect(sorted(await seenBy(adapter, persona)), persona).to.deep.equal(sorted(expected));
    }
  });

  it('a resident sees their own reports and the cases they follow; an anonymous visitor nothing', async () => {
    const adapter = makeAdapter();
    const all = await everything(adapter);
    adapter.control.setSession('resident');
    const theirs: string[] = [];
    for (const c of all) if ((await adapter.cases.get(c.id)).mine) theirs.push(c.id);
    expect(theirs).to.have.length(3);
    expect(sorted(await seenBy(adapter, 'resident'))).to.deep.equal([...theirs].sort());
    // Following a neighbour's case puts it in their list.
    const other = all.find((c) => c.status === 'dispatched' && !theirs.includes(c.id))!;
    await adapter.cases.follow(other.id);
    expect(sorted(await seenBy(adapter, 'resident'))).to.deep.equal([...theirs, other.id].sort());
    expect(await seenBy(adapter, 'anonymous')).to.deep.equal([]);
  });

  it('a grid centre sees its area at its level and below: community, street, district, city', async () => {
    const adapter = makeAdapter();
    const all = await everything(adapter);
    const level = (c: CaseSummary) => c.escalationLevel ?? 'community';
    const above = all.filter((c) => level(c) !== 'community');
    expect(above.some((c) => within(c.location.areaPath, HOME)), 'an escalated case in the demo community').to.equal(true);
    // The street and district of a case escalated to the district, so each scope has something to leave out.
    const top = all.find((c) => level(c) === 'district')!;
    expect(top, 'a case escalated to the district').to.exist;
    const street = top.location.areaPath.find((a) => a.level === 'street')!.id;
    const district = top.location.areaPath.find((a) => a.level === 'district')!.id;
    const scopes: Array<[string, (c: CaseSummary) => boolean]> = [
      [HOME, (c) => within(c.location.areaPath, HOME) && level(c) === 'community'],
      ['d01-s01', (c) => within(c.location.areaPath, 'd01-s01') && level(c) !== 'district'],
      [street, (c) => within(c.location.areaPath, street) && level(c) !== 'district'],
      [district, (c) => within(c.location.areaPath, district)],
      ['city', () => true],
    ];
    for (const [areaId, test] of scopes) {
      expect(sorted(await seenBy(adapter, centre(areaId))), areaId).to.deep.equal(sorted(all.filter(test)));
    }
    expect(all.filter((c) => within(c.location.areaPath, street)).some((c) => level(c) === 'district'), 'the street centre misses one').to.equal(true);
  });

  it('puts a new report in the scope of its community and grid centre, and in the department’s once dispatched', async () => {
    const adapter = makeAdapter('resident');
    const kase = await adapter.cases.submit({
      categoryCode: 'garbage',
      answers: { wasteType: ['household'] },
      location: { areaId: `${HOME}-g2-p1`, address: '2号楼' },
      description: '垃圾堆了三天没人清运。',
      urgency: 'normal',
      anonymous: false,
      name: '王秀英',
      phone: '13912345678',
      idempotencyKey: 'queue-scope-new-report',
    });
    const has = async (who: PersonaName | Session) => ids(await seenBy(adapter, who)).includes(kase.id);
    expect(await has('community-staff')).to.equal(true);
    expect(await has(centre(HOME))).to.equal(true);
    expect(await has('department-staff')).to.equal(false);
    expect(await has('grid-worker'), 'another grid').to.equal(false);
    adapter.control.setSession('community-staff');
    await adapter.cases.act(kase.id, { action: 'accept', idempotencyKey: 'queue-scope-accept' });
    await adapter.cases.act(kase.id, { action: 'dispatch', departmentId: 'dept-cg', idempotencyKey: 'queue-scope-dispatch' });
    expect(await has('department-staff')).to.equal(true);
  });
});

describe('memory cases: filters and sorts done by the backend', () => {
  it('applies each filter exactly as the full list says, alone and together', async () => {
    const adapter = makeAdapter();
    const all = await everything(adapter);
    const newest = [...all].sort(byNewest);
    const reported = all.map((c) => Date.parse(c.createdAt)).sort((a, b) => a - b);
    const from = new Date(reported[100]!).toISOString();
    const to = new Date(reported[300]!).toISOString();
    const dueBefore = new Date(TEST_NOW.getTime() + 24 * HOUR).toISOString();
    const grid = all.find((c) => c.location.areaPath.length > 5)!.location.areaPath[4]!.id;
    const lit = all.find((c) => c.categoryCode === 'streetlight')!;
    const filters: Array<[string, CaseQuery, (c: CaseSummary) => boolean]> = [
      ['status', { status: ['dispatched', 'returned'] }, (c) => ['dispatched', 'returned'].includes(c.status)],
      ['categoryCode', { categoryCode: 'garbage' }, (c) => c.categoryCode === 'garbage'],
      ['areaId (district)', { areaId: 'd02' }, (c) => within(c.location.areaPath, 'd02')],
      ['areaId (grid)', { areaId: grid }, (c) => within(c.location.areaPath, grid)],
      ['urgency', { urgency: ['high', 'emergency'] }, (c) => c.urgency === 'high' || c.urgency === 'emergency'],
      ['departmentId', { departmentId: 'dept-sw' }, (c) => c.department?.id === 'dept-sw'],
      ['overdue', { overdue: true }, (c) => overdueAt(c, TEST_NOW)],
      ['not overdue', { overdue: false }, (c) => !overdueAt(c, TEST_NOW)],
      ['dueBefore', { dueBefore }, (c) => Date.parse(c.dueAt) < Date.parse(dueBefore)],
      ['reportedFrom', { reportedFrom: from }, (c) => Date.parse(c.createdAt) >= Date.parse(from)],
      ['reportedTo', { reportedTo: to }, (c) => Date.parse(c.createdAt) < Date.parse(to)],
      ['text (number)', { text: lit.publicNumber }, (c) => c.id === lit.id],
      ['text (words)', { text: '路灯' }, (c) => c.categoryName.includes('路灯') || c.description.includes('路灯') || c.location.address.includes('路灯')],
      [
        'due within 24 h, open, not overdue',
        { status: ['reported', 'accepted', 'dispatched', 'returned', 'reopened'], overdue: false, dueBefore },
        (c) => !['handled', 'verified', 'closed'].includes(c.status) && !overdueAt(c, TEST_NOW) && Date.parse(c.dueAt) < Date.parse(dueBefore),
      ],
      [
        'reported between, urgent, in a district',
        { reportedFrom: from, reportedTo: to, urgency: ['high'], areaId: 'd01' },
        (c) => Date.parse(c.createdAt) >= Date.parse(from) && Date.parse(c.createdAt) < Date.parse(to) && c.urgency === 'high' && within(c.location.areaPath, 'd01'),
      ],
    ];
    for (const [label, query, test] of filters) {
      const expected = newest.filter(test);
      expect(expected.length, `${label} finds something`).to.be.greaterThan(0);
      if (!label.startsWith('text')) expect(expected.length, `${label} leaves something out`).to.be.lessThan(all.length);
      const got = await listAll(adapter, { ...query, sort: 'newest' }, 50);
      expect(ids(got), label).to.deep.equal(ids(expected));
    }
  });

  it('sorts due first (the staff default), newest first (the resident default) and most followed first', async () => {
    const adapter = makeAdapter();
    const all = await everything(adapter);
    expect(ids(await listAll(adapter, { sort: 'due' }))).to.deep.equal(ids([...all].sort(byDue)));
    expect(ids(all), 'the grid centre’s default').to.deep.equal(ids([...all].sort(byDue)));
    expect(ids(await listAll(adapter, { sort: 'newest' }))).to.deep.equal(ids([...all].sort(byNewest)));
    expect(ids(await listAll(adapter, { sort: 'followers' }))).to.deep.equal(ids([...all].sort(byFollowers)));
    // Due first puts the most overdue on top.
    const [first] = await listAll(adapter, { sort: 'due', overdue: true });
    expect(overdueAt(first!, TEST_NOW)).to.equal(true);
    adapter.control.setSession('community-staff');
    const home = await listAll(adapter);
    expect(ids(home), 'community staff: due first').to.deep.equal(ids([...home].sort(byDue)));
    adapter.control.setSession('resident');
    const own = await listAll(adapter);
    expect(ids(own), 'a resident: newest first').to.deep.equal(ids([...own].sort(byNewest)));
  });

  it('pages the same order whatever the page size, with the same total on every page', async () => {
    const adapter = makeAdapter();
    const query: CaseQuery = { sort: 'followers', status: ['closed', 'dispatched', 'handled'] };
    const big = await listAll(adapter, query, 200);
    const small = await listAll(adapter, query, 7);
    expect(ids(small)).to.deep.equal(ids(big));
    const first = await adapter.cases.list(query, { limit: 7 });
    const second = await adapter.cases.list(query, { limit: 7, cursor: first.nextCursor });
    expect(second.total).to.equal(first.total);
    expect(first.total).to.equal(big.length);
  });

  it('carries what a queue row shows: department, escalation level, urges, settled and closed times, rating', async () => {
    const adapter = makeAdapter();
    const all = await everything(adapter);
    for (const c of all.filter((_, i) => i % 20 === 0)) {
      const kase = await adapter.cases.get(c.id);
      expect(c.department?.id ?? null, c.id).to.equal(kase.department?.id ?? null);
      expect(c.closedAt).to.equal(kase.closedAt);
      expect(c.rating).to.equal(kase.rating);
      expect(c.urges, c.id).to.deep.equal(kase.timeline.filter((e) => e.action === 'urge').map((e) => ({ at: e.at, departmentId: e.department!.id })));
      const escalations = kase.timeline.filter((e) => e.action === 'escalate');
      expect(c.escalationLevel).to.equal(escalations.at(-1)?.escalationLevel ?? 'community');
      expect(c.settledAt === null, c.id).to.equal(!['handled', 'verified', 'closed'].includes(c.status));
    }
    expect(all.filter((c) => c.urges!.length > 0).length, 'seeded cases the grid centre urged').to.be.greaterThan(5);
    expect(all.filter((c) => c.escalationLevel !== 'community').length, 'seeded escalated cases').to.be.greaterThan(2);
    expect(new Set(all.map((c) => c.department?.id).filter(Boolean)).size, 'departments').to.be.at.least(6);
    expect(all.filter((c) => c.rating != null).length, 'rated cases').to.be.greaterThan(20);
  });

  it('refuses an unknown sort, a malformed date and an unknown urgency with validation', async () => {
    const adapter = makeAdapter();
    for (const [query, field] of [
      [{ sort: 'oldest' }, 'sort'],
      [{ dueBefore: 'tomorrow' }, 'dueBefore'],
      [{ reportedFrom: '2026-13-01T00:00:00Z' }, 'reportedFrom'],
      [{ urgency: ['urgent'] }, 'urgency.0'],
    ] as const) {
      const error = await rejection(adapter.cases.list(query as unknown as CaseQuery));
      expect(error.code, field).to.equal('validation');
      expect(Object.keys(error.fieldErrors ?? {}), field).to.deep.equal([field]);
    }
  });
});
