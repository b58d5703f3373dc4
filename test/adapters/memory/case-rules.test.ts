import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import type { CaseAction, CaseActionRequest, CaseSubmission, GridCase } from '../../../src/domain/index.js';
import { TEST_NOW } from '../../helpers/city-clock.js';
import { rejection } from '../../helpers/rejection.js';

// The domain's rules a backend must enforce itself, not leave to the widgets:
// resolve, return and reopen need a note; a report is located at a grid or below.

const HOME = 'd01-s01-c01';
let keys = 0;
const key = () => `case-rules-${++keys}`;

function makeAdapter(): MemoryAdapter {
  return createMemoryAdapter({ session: 'resident', now: () => TEST_NOW });
}

function submission(areaId: string, over: Partial<CaseSubmission> = {}): CaseSubmission {
  return {
    categoryCode: 'streetlight',
    answers: { damage: 'off', wholeStretch: true },
    location: { areaId, address: '1号楼东侧路灯' },
    description: '楼下路灯连续三天不亮，晚上很黑。',
    urgency: 'normal',
    anonymous: false,
    name: '王秀英',
    phone: '13912345678',
    idempotencyKey: key(),
    ...over,
  };
}

async function act(adapter: MemoryAdapter, who: PersonaName, id: string, request: Omit<CaseActionRequest, 'idempotencyKey'> & { idempotencyKey?: string }): Promise<GridCase> {
  adapter.control.setSession(who);
  return adapter.cases.act(id, { idempotencyKey: key(), ...request });
}

/** Acting without a note (and with a blank one) is refused with a "required" note, and changes nothing. */
async function expectNoteRequired(adapter: MemoryAdapter, who: PersonaName, kase: GridCase, action: CaseAction, extra: Partial<CaseActionRequest> = {}) {
  for (const note of [undefined, '', '   ']) {
    const error = await rejection(act(adapter, who, kase.id, { action, ...extra, ...(note === undefined ? {} : { note }) }));
    expect(error.code, `${action} with note ${JSON.stringify(note)}`).to.equal('validation');
    expect(error.fieldErrors, `${action} with note ${JSON.stringify(note)}`).to.deep.equal({ note: { code: 'required' } });
  }
  adapter.control.setSession('grid-centre');
  const after = await adapter.cases.get(kase.id);
  expect(after.status, `a refused ${action} leaves the case as it was`).to.equal(kase.status);
  expect(after.timeline.length).to.equal(kase.timeline.length);
}

async function caseCount(adapter: MemoryAdapter): Promise<number> {
  adapter.control.setSession('grid-centre');
  const total = (await adapter.cases.list({}, { limit: 1 })).total!;
  adapter.control.setSession('resident');
  return total;
}

describe('memory cases: actions that need a note', () => {
  it('refuses a return without a reason, at report, from the department and from the grid centre', async () => {
    const adapter = makeAdapter();
    let kase = await adapter.cases.submit(submission(`${HOME}-g1`));
    await expectNoteRequired(adapter, 'grid-worker', kase, 'return');
    kase = await act(adapter, 'grid-worker', kase.id, { action: 'accept' });
    kase = await act(adapter, 'community-staff', kase.id, { action: 'dispatch', departmentId: 'dept-cg' });
    await expectNoteRequired(adapter, 'department-staff', kase, 'return');
    kase = await act(adapter, 'department-staff', kase.id, { action: 'resolve', note: '已更换灯泡' });
    await expectNoteRequired(adapter, 'grid-centre', kase, 'return');
    kase = await act(adapter, 'grid-centre', kase.id, { action: 'return', note: '现场未整改到位' });
    expect(kase.status).to.equal('returned');
    expect(kase.timeline.at(-1)!.note).to.equal('现场未整改到位');
  });

  it('refuses a resolve without saying what was done, and a reopen without saying what is still wrong', async () => {
    const adapter = makeAdapter();
    let kase = await adapter.cases.submit(submission(`${HOME}-g1`));
    kase = await act(adapter, 'grid-worker', kase.id, { action: 'accept' });
    kase = await act(adapter, 'community-staff', kase.id, { action: 'dispatch', departmentId: 'dept-cg' });
    await expectNoteRequired(adapter, 'department-staff', kase, 'resolve');
    kase = await act(adapter, 'department-staff', kase.id, { action: 'resolve', note: '已更换灯泡' });
    kase = await act(adapter, 'grid-centre', kase.id, { action: 'verify' });
    await expectNoteRequired(adapter, 'resident', kase, 'reopen');
    kase = await act(adapter, 'resident', kase.id, { action: 'reopen', note: '又坏了' });
    expect(kase.status).to.equal('reopened');
  });

  it('keeps the key of a refused action free, so the same key with a note goes through', async () => {
    const adapter = makeAdapter();
    const kase = await adapter.cases.submit(submission(`${HOME}-g1`));
    const idempotencyKey = key();
    expect((await rejection(act(adapter, 'grid-worker', kase.id, { action: 'return', idempotencyKey }))).code).to.equal('validation');
    const returned = await act(adapter, 'grid-worker', kase.id, { action: 'return', note: '不属于受理范围', idempotencyKey });
    expect(returned.status).to.equal('returned');
  });

  it('still answers forbidden and conflict first: who may act, and from which state, before what the action needs', async () => {
    const adapter = makeAdapter();
    const kase = await adapter.cases.submit(submission(`${HOME}-g1`));
    expect((await rejection(act(adapter, 'resident', kase.id, { action: 'return' }))).code).to.equal('forbidden');
    expect((await rejection(act(adapter, 'grid-centre', kase.id, { action: 'resolve' }))).code).to.equal('conflict');
  });
});

describe('memory cases: where a report is located', () => {
  it('refuses a report on the whole city, a district, a street or a community', async () => {
    const adapter = makeAdapter();
    const before = await caseCount(adapter);
    for (const areaId of ['city', 'd01', 'd01-s01', HOME]) {
      const error = await rejection(adapter.cases.submit(submission(areaId)));
      expect(error.code, areaId).to.equal('validation');
      expect(error.fieldErrors, areaId).to.deep.equal({ 'location.areaId': { code: 'area_too_broad' } });
    }
    expect(await caseCount(adapter), 'nothing was created').to.equal(before);
  });

  it('takes a report on a grid, a compound or a building, and keeps the path down to it', async () => {
    const adapter = makeAdapter();
    for (const areaId of [`${HOME}-g1`, `${HOME}-g1-p1`, `${HOME}-g1-p1-b1`]) {
      const kase = await adapter.cases.submit(submission(areaId));
      expect(kase.location.areaId).to.equal(areaId);
      expect(kase.location.areaPath.at(-1)!.id).to.equal(areaId);
    }
  });

  it('still calls an unknown area unknown', async () => {
    const error = await rejection(makeAdapter().cases.submit(submission('d99-nowhere')));
    expect(error.fieldErrors?.['location.areaId']).to.deep.equal({ code: 'invalid_option' });
  });
});
