import { expect } from '@open-wc/testing';
import {
  allowedActions,
  checkAction,
  escalationLevelOf,
  nextEscalationLevel,
  supervises,
  type AreaLevel,
  type CaseForActions,
  type EscalationLevel,
  type Permission,
  type Session,
} from '../../src/domain/index.js';

// The grid centre's supervision, as the handbook says it.

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
