import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import { personaSession } from '../../../src/adapters/memory/personas.js';
import { allowedActions, GridCase, type CaseActionRequest, type Session } from '../../../src/domain/index.js';
import { TEST_NOW } from '../../helpers/city-clock.js';
import { rejection } from '../../helpers/rejection.js';
import { ids, listAll } from './queue-helpers.js';

// The grid centre's supervision (督办 and 提级), enforced by the memory adapter as a real server would.

const HOME = 'd01-s01-c01';
let keys = 0;
const key = () => `supervision-${++keys}`;

function centre(areaId: string): Session {
  return { ...personaSession('grid-centre'), userId: `u-centre-${areaId}`, displayName: `${areaId}网格中心`, areaIds: [areaId] };
}

function makeAdapter(): MemoryAdapter {
  return createMemoryAdapter({ session: 'resident', now: () => TEST_NOW });
}

async function act(adapter: MemoryAdapter, who: PersonaName | Session, id: string, request: Omit<CaseActionRequest, 'idempotencyKey'>) {
  adapter.control.setSession(who);
  return adapter.cases.act(id, { idempotencyKey: key(), ...request });
}

/** A fresh case in the demo community, taken to `dispatched` at the city-management bureau. */
async function dispatchedCase(adapter: MemoryAdapter): Promise<GridCase> {
  adapter.control.setSession('resident');
  const kase = await adapter.cases.submit({
    categoryCode: 'streetlight',
    answers: { damage: 'off', wholeStretch: true },
    location: { areaId: `${HOME}-g1-p1-b1`, address: '1号楼东侧路灯' },
    description: '楼下路灯连续三天不亮，晚上很黑。',
    urgency: 'normal',
    anonymous: false,
    name: '王秀英',
    phone: '13912345678',
    idempotencyKey: key(),
  });
  await act(adapter, 'community-staff', kase.id, { action: 'accept' });
  return act(adapter, 'community-staff', kase.id, { action: 'dispatch', departmentId: 'dept-cg' });
}

describe('memory cases: the grid centre urges a department', () => {
  it('records the urge with its note and department, keeps the state, and the department sees it', async () => {
    const adapter = makeAdapter();
    const kase = await dispatchedCase(adapter);
    expect(allowedActions(personaSession('grid-centre'), kase)).to.include.members(['urge', 'escalate']);
    const urged = await act(adapter, 'grid-centre', kase.id, { action: 'urge', note: '请于今日内修复并反馈。' });
    expect(GridCase.safeParse(urged).success).to.equal(true);
    expect(urged.status).to.equal('dispatched');
    const event = urged.timeline.at(-1)!;
    expect(event).to.include({ action: 'urge', fromState: 'dispatched', toState: 'dispatched', note: '请于今日内修复并反馈。' });
    expect(event.actor).to.deep.equal({ name: '刘海燕', role: 'grid-centre' });
    expect(event.department?.id).to.equal('dept-cg');
    expect(urged.urges).to.deep.equal([{ at: event.at, departmentId: 'dept-cg' }]);
    adapter.control.setSession('department-staff');
    const seen = await adapter.cases.get(kase.id);
    expect(seen.timeline.at(-1)!.note).to.equal('请于今日内修复并反馈。');
    const listed = (await listAll(adapter, { status: ['dispatched'] })).find((c) => c.id === kase.id)!;
    expect(listed.urges).to.have.length(1);
    // Urged twice: both count.
    const again = await act(adapter, 'grid-centre', kase.id, { action: 'urge', note: '再次督办。' });
    expect(again.urges).to.have.length(2);
  });

  it('refuses the wrong people: residents, community staff, the department itself, another district’s centre; anonymous must sign in', async () => {
    const adapter = makeAdapter();
    const kase = await dispatchedCase(adapter);
    for (const who of ['resident', 'community-staff', 'department-staff', 'grid-worker', centre('d02')] as const) {
      const error = await rejection(act(adapter, who, kase.id, { action: 'urge', note: '督办' }));
      expect(error.code, typeof who === 'string' ? who : who.areaIds[0]).to.equal('forbidden');
    }
    expect((await rejection(act(adapter, 'anonymous', kase.id, { action: 'urge', note: '督办' }))).code).to.equal('unauthorized');
    // The community's own grid centre may.
    const urged = await act(adapter, centre(HOME), kase.id, { action: 'urge', note: '督办' });
    expect(urged.timeline.at(-1)!.action).to.equal('urge');
  });

  it('refuses an urge in any state but dispatched with conflict, and without a note with validation', async () => {
    const adapter = makeAdapter();
    adapter.control.setSession('grid-centre');
    for (const status of ['reported', 'accepted', 'handled', 'closed', 'returned'] as const) {
      const [one] = (await adapter.cases.list({ status: [status] }, { limit: 1 })).items;
      const error = await rejection(act(adapter, 'grid-centre', one!.id, { action: 'urge', note: '督办' }));
      expect(error.code, status).to.equal('conflict');
    }
    const kase = await dispatchedCase(adapter);
    for (const note of [undefined, '', '  ']) {
      const error = await rejection(act(adapter, 'grid-centre', kase.id, { action: 'urge', ...(note === undefined ? {} : { note }) }));
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.deep.equal({ note: { code: 'required' } });
    }
    adapter.control.setSession('grid-centre');
    expect((await adapter.cases.get(kase.id)).timeline).to.have.length(kase.timeline.length);
  });

  it('applies a repeated urge once', async () => {
    const adapter = makeAdapter();
    const kase = await dispatchedCase(adapter);
    adapter.control.setSession('grid-centre');
    const request = { action: 'urge' as const, note: '督办', idempotencyKey: key() };
    await adapter.cases.act(kase.id, request);
    const again = await adapter.cases.act(kase.id, { ...request });
    expect(again.timeline.filter((e) => e.action === 'urge')).to.have.length(1);
  });
});

describe('memory cases: the grid centre escalates a case', () => {
  it('goes up community → street → district, each step in the timeline, and no further', async () => {
    const adapter = makeAdapter();
    const kase = await dispatchedCase(adapter);
    expect(kase.escalationLevel).to.equal('community');
    const street = await act(adapter, 'grid-centre', kase.id, { action: 'escalate', note: '社区协调不了' });
    expect(street.status).to.equal('dispatched');
    expect(street.escalationLevel).to.equal('street');
    expect(street.timeline.at(-1)).to.include({ action: 'escalate', escalationLevel: 'street', note: '社区协调不了' });
    const district = await act(adapter, 'grid-centre', kase.id, { action: 'escalate', note: '街道协调不了' });
    expect(district.escalationLevel).to.equal('district');
    expect(allowedActions(personaSession('grid-centre'), district)).not.to.include('escalate');
    const error = await rejection(act(adapter, 'grid-centre', kase.id, { action: 'escalate', note: '再提级' }));
    expect(error.code).to.equal('conflict');
    adapter.control.setSession('grid-centre');
    expect((await adapter.cases.get(kase.id)).timeline).to.have.length(district.timeline.length);
  });

  it('moves the case out of the community centre’s hands and into the street centre’s', async () => {
    const adapter = makeAdapter();
    const kase = await dispatchedCase(adapter);
    const seen = async (who: Session) => {
      adapter.control.setSession(who);
      return ids(await listAll(adapter, { status: ['dispatched'] })).includes(kase.id);
    };
    expect(await seen(centre(HOME))).to.equal(true);
    await act(adapter, centre(HOME), kase.id, { action: 'escalate', note: '需要街道协调' });
    expect(await seen(centre(HOME))).to.equal(false);
    expect(await seen(centre('d01-s01'))).to.equal(true);
    // The community centre may no longer act on it; the street centre may, and escalates it to the district.
    expect((await rejection(act(adapter, centre(HOME), kase.id, { action: 'urge', note: '督办' }))).code).to.equal('forbidden');
    expect((await rejection(act(adapter, centre('d01-s02'), kase.id, { action: 'escalate', note: '提级' }))).code).to.equal('forbidden');
    const up = await act(adapter, centre('d01-s01'), kase.id, { action: 'escalate', note: '需要区里协调' });
    expect(up.escalationLevel).to.equal('district');
    expect(await seen(centre('d01-s01'))).to.equal(false);
    expect(await seen(centre('d01'))).to.equal(true);
  });

  it('refuses the wrong people, settled cases, and a missing note', async () => {
    const adapter = makeAdapter();
    const kase = await dispatchedCase(adapter);
    for (const who of ['resident', 'community-staff', 'department-staff'] as const) {
      expect((await rejection(act(adapter, who, kase.id, { action: 'escalate', note: '提级' }))).code, who).to.equal('forbidden');
    }
    expect((await rejection(act(adapter, 'anonymous', kase.id, { action: 'escalate', note: '提级' }))).code).to.equal('unauthorized');
    const missing = await rejection(act(adapter, 'grid-centre', kase.id, { action: 'escalate' }));
    expect(missing.code).to.equal('validation');
    expect(missing.fieldErrors).to.deep.equal({ note: { code: 'required' } });
    adapter.control.setSession('grid-centre');
    for (const status of ['handled', 'verified', 'closed'] as const) {
      const [one] = (await adapter.cases.list({ status: [status] }, { limit: 1 })).items;
      expect((await rejection(act(adapter, 'grid-centre', one!.id, { action: 'escalate', note: '提级' }))).code, status).to.equal('conflict');
    }
    // Open states other than dispatched can be escalated.
    const [reported] = (await adapter.cases.list({ status: ['reported'] }, { limit: 1 })).items;
    expect((await act(adapter, 'grid-centre', reported!.id, { action: 'escalate', note: '提级' })).escalationLevel).to.equal('street');
  });
});
