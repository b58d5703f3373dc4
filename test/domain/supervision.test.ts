import { expect } from '@open-wc/testing';
import {
  allowedActions,
  caseScope,
  checkAction,
  compareCases,
  defaultCaseSort,
  escalationLevelOf,
  inCaseScope,
  nextEscalationLevel,
  supervises,
  type AreaLevel,
  type CaseForActions,
  type CaseForSort,
  type EscalationLevel,
  type Permission,
  type Session,
} from '../../src/domain/index.js';

// The grid centre's supervision and the queue's scope and order, as the handbook says them.

const PATH: Array<{ id: string; level: AreaLevel }> = [
  { id: 'city', level: 'city' },
  { id: 'd01', level: 'district' },
  { id: 'd01-s01', level: 'street' },
  { id: 'd01-s01-c01', level: 'community' },
  { id: 'd01-s01-c01-g1', level: 'grid' },
];
const place = { areaPath: PATH };
const elsewhere = { areaPath: [PATH[0]!, { id: 'd02', level: 'district' as const }, { id: 'd02-s01', level: 'street' as const }] };

function centre(areaId: string, permissions: Permission[] = ['case:view-all', 'case:urge', 'case:escalate']): Session {
  return { userId: `u-${areaId}`, displayName: 'Centre', roles: ['grid-centre'], permissions, areaIds: [areaId] };
}

function dispatched(level?: EscalationLevel, over: Partial<CaseForActions> = {}): CaseForActions {
  return { status: 'dispatched', mine: false, department: { id: 'dept-cg' }, location: place, ...(level ? { escalationLevel: level } : {}), ...over };
}

describe('supervision: urge and escalate', () => {
  it('needs case:urge and case:escalate', () => {
    const none = centre('city', ['case:view-all']);
    expect(checkAction(none, dispatched(), 'urge')).to.equal('forbidden');
    expect(checkAction(none, dispatched(), 'escalate')).to.equal('forbidden');
    expect(checkAction(centre('city'), dispatched(), 'urge')).to.equal(null);
    expect(checkAction(centre('city'), dispatched(), 'escalate')).to.equal(null);
    expect(checkAction(null, dispatched(), 'urge')).to.equal('forbidden');
  });

  it('urges only a department that has the case, and escalates only open cases', () => {
    const city = centre('city');
    for (const status of ['reported', 'accepted', 'returned', 'reopened', 'handled', 'verified', 'closed'] as const) {
      expect(checkAction(city, dispatched(undefined, { status }), 'urge'), status).to.equal('invalid_transition');
    }
    for (const status of ['handled', 'verified', 'closed'] as const) {
      expect(checkAction(city, dispatched(undefined, { status }), 'escalate'), status).to.equal('invalid_transition');
    }
    for (const status of ['reported', 'accepted', 'dispatched', 'returned', 'reopened'] as const) {
      expect(checkAction(city, dispatched(undefined, { status }), 'escalate'), status).to.equal(null);
    }
  });

  it('goes up one level at a time, community → street → district, and no further', () => {
    expect(escalationLevelOf({})).to.equal('community');
    expect(nextEscalationLevel('community')).to.equal('street');
    expect(nextEscalationLevel('street')).to.equal('district');
    expect(nextEscalationLevel('district')).to.equal(null);
    expect(checkAction(centre('city'), dispatched('district'), 'escalate')).to.equal('top_level');
    // Urging a district-level case is still supervision.
    expect(checkAction(centre('city'), dispatched('district'), 'urge')).to.equal(null);
  });

  it('lets a grid centre supervise cases in its area at its level or below', () => {
    const community = centre('d01-s01-c01');
    const street = centre('d01-s01');
    const district = centre('d01');
    expect(supervises(community, { location: place })).to.equal(true);
    expect(supervises(community, { location: place, escalationLevel: 'street' })).to.equal(false);
    expect(supervises(street, { location: place, escalationLevel: 'street' })).to.equal(true);
    expect(supervises(street, { location: place, escalationLevel: 'district' })).to.equal(false);
    expect(supervises(district, { location: place, escalationLevel: 'district' })).to.equal(true);
    expect(supervises(district, { location: elsewhere })).to.equal(false);
    expect(supervises(centre('city'), { location: elsewhere, escalationLevel: 'district' })).to.equal(true);
    // A community centre escalates its case to the street, and then may no longer act on it.
    expect(checkAction(community, dispatched(), 'escalate')).to.equal(null);
    expect(checkAction(community, dispatched('street'), 'urge')).to.equal('forbidden');
    expect(checkAction(street, dispatched('street'), 'escalate')).to.equal(null);
    expect(checkAction(centre('d02'), dispatched(), 'urge')).to.equal('forbidden');
    // Without a place, nobody supervises it.
    expect(checkAction(centre('city'), dispatched(undefined, { location: undefined }), 'urge')).to.equal('forbidden');
  });

  it('offers urge and escalate to the grid centre after the loop steps, before return', () => {
    const city = centre('city', ['case:view-all', 'case:resolve', 'case:return', 'case:urge', 'case:escalate']);
    expect(allowedActions(city, dispatched())).to.deep.equal(['resolve', 'urge', 'escalate', 'return']);
    expect(allowedActions(city, dispatched('district'))).to.deep.equal(['resolve', 'urge', 'return']);
    const staff: Session = { ...centre('d01-s01-c01', ['case:view-all', 'case:accept', 'case:dispatch']), roles: ['community-staff'] };
    expect(allowedActions(staff, dispatched())).to.deep.equal([]);
  });
});

describe('the scope of a session’s case lists', () => {
  const resident: Session = { userId: 'u1', displayName: 'R', roles: ['resident'], permissions: ['case:report'], areaIds: ['d01-s01-c01'] };
  const staff: Session = { userId: 'u2', displayName: 'S', roles: ['community-staff'], permissions: ['case:view-all'], areaIds: ['d01-s01-c01'] };
  const officer: Session = { userId: 'u3', displayName: 'D', roles: ['department-staff'], permissions: ['case:view-all'], areaIds: [], departmentId: 'dept-cg' };
  const kase = { mine: false, department: { id: 'dept-sw' }, location: place };

  it('is computed from the session', () => {
    expect(caseScope(null)).to.deep.equal({ kind: 'none' });
    expect(caseScope({ ...resident, userId: null })).to.deep.equal({ kind: 'none' });
    expect(caseScope(resident)).to.deep.equal({ kind: 'own' });
    expect(caseScope(staff)).to.deep.equal({ kind: 'areas', areaIds: ['d01-s01-c01'] });
    expect(caseScope(officer)).to.deep.equal({ kind: 'department', departmentId: 'dept-cg' });
    expect(caseScope(centre('d01'))).to.deep.equal({ kind: 'supervision', areaIds: ['d01'] });
  });

  it('holds what each kind of person works on, and always their own cases', () => {
    expect(inCaseScope(caseScope(resident), kase)).to.equal(false);
    expect(inCaseScope(caseScope(resident), { ...kase, mine: true })).to.equal(true);
    expect(inCaseScope(caseScope(null), kase)).to.equal(false);
    expect(inCaseScope(caseScope(staff), kase)).to.equal(true);
    expect(inCaseScope(caseScope(staff), { ...kase, location: elsewhere })).to.equal(false);
    expect(inCaseScope(caseScope(officer), kase)).to.equal(false);
    expect(inCaseScope(caseScope(officer), { ...kase, department: { id: 'dept-cg' } })).to.equal(true);
    expect(inCaseScope(caseScope(officer), { ...kase, department: null })).to.equal(false);
    expect(inCaseScope(caseScope(centre('d01-s01')), { ...kase, escalationLevel: 'street' })).to.equal(true);
    expect(inCaseScope(caseScope(centre('d01-s01')), { ...kase, escalationLevel: 'district' })).to.equal(false);
  });
});

describe('the order of case lists', () => {
  const c = (id: string, over: Partial<CaseForSort>): CaseForSort => ({
    id,
    status: 'dispatched',
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    dueAt: '2026-11-22T00:00:00.000Z',
    followers: 0,
    ...over,
  });
  const cases = [
    c('a', { dueAt: '2026-11-25T00:00:00.000Z', createdAt: '2026-11-23T00:00:00.000Z', followers: 3 }),
    c('b', { status: 'closed', updatedAt: '2026-11-24T00:00:00.000Z', dueAt: '2026-11-19T00:00:00.000Z' }),
    c('c', { dueAt: '2026-11-21T00:00:00.000Z', createdAt: '2026-11-19T00:00:00.000Z', followers: 3 }),
    c('d', { status: 'handled', updatedAt: '2026-11-26T00:00:00.000Z', followers: 9 }),
    c('e', { dueAt: '2026-11-21T00:00:00.000Z', createdAt: '2026-11-21T00:00:00.000Z' }),
  ];
  const order = (sort: Parameters<typeof compareCases>[0]) => [...cases].sort(compareCases(sort)).map((x) => x.id);

  it('due: open cases by due date (ties by id), then settled ones, the latest first', () => {
    expect(order('due')).to.deep.equal(['c', 'e', 'a', 'd', 'b']);
  });

  it('newest: by report time, the latest first (ties by id, the last first)', () => {
    expect(order('newest')).to.deep.equal(['a', 'e', 'd', 'b', 'c']);
  });

  it('followers: the most followed first, then the newest', () => {
    expect(order('followers')).to.deep.equal(['d', 'a', 'c', 'e', 'b']);
  });

  it('is due first for staff and newest first for everyone else', () => {
    expect(defaultCaseSort(centre('city'))).to.equal('due');
    expect(defaultCaseSort({ userId: 'u1', displayName: 'R', roles: ['resident'], permissions: ['case:report'], areaIds: [] })).to.equal('newest');
    expect(defaultCaseSort(null)).to.equal('newest');
  });
});
