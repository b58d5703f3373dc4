import { expect } from '@open-wc/testing';
import { applyCaseAction, caseActionErrors, DEFAULT_SLA_HOURS, type ApplyActionInput, type CaseActionState } from '../../src/domain/case-action.js';

const NOW = new Date('2026-11-27T02:00:00.000Z');
const AT = NOW.toISOString();
const staff = { displayName: '王强', roles: ['grid-worker' as const] };
const DEPT = { id: 'dept-cg', name: '城市管理局' };

function state(overrides: Partial<CaseActionState> = {}): CaseActionState {
  return {
    status: 'dispatched',
    department: DEPT,
    closedAt: null,
    rating: null,
    dueAt: '2026-11-28T02:00:00.000Z',
    urgency: 'normal',
    escalationLevel: 'community',
    ...overrides,
  };
}

function act(current: CaseActionState, fields: ApplyActionInput['fields'], extra: Partial<ApplyActionInput> = {}) {
  return applyCaseAction(current, { caseId: 'case-0007', eventCount: 4, photoCount: 1, fields, session: staff, now: NOW, ...extra });
}

describe('applyCaseAction', () => {
  it('adds the next numbered event, moved along the state machine, with the trimmed note', () => {
    const { step, next, results } = act(state({ status: 'reported', department: null }), { action: 'accept', note: '  收到 ' });
    expect(step).to.deep.equal({
      id: 'case-0007-e5',
      at: AT,
      action: 'accept',
      fromState: 'reported',
      toState: 'accepted',
      actor: { name: '王强', role: 'grid-worker' },
      note: '收到',
    });
    expect(next).to.deep.equal(state({ status: 'accepted', department: null }));
    expect(results).to.deep.equal([]);
    expect(act(state({ status: 'reported' }), { action: 'accept', note: '   ' }).step).not.to.have.property('note');
  });

  it('dispatches to the department given and names it in the event', () => {
    const other = { id: 'dept-zj', name: '住房和城乡建设局' };
    const { step, next } = act(state({ status: 'accepted', department: null }), { action: 'dispatch' }, { department: other });
    expect(next.department).to.deep.equal(other);
    expect(step.department).to.deep.equal(other);
    expect(step.department).not.to.equal(next.department);
  });

  it('resolves with result photos numbered after the case\'s photos, copies in the event', () => {
    const photos = [{ url: 'data:image/png;base64,AAAA', name: 'done.png' }];
    const { step, next, results } = act(state(), { action: 'resolve' }, { photos });
    expect(next.status).to.equal('handled');
    expect(results).to.deep.equal([{ id: 'case-0007-p2', url: photos[0]!.url, name: 'done.png', kind: 'result' }]);
    expect(step.photos).to.deep.equal(results);
    expect(step.photos![0]).not.to.equal(results[0]);
    expect(step.department).to.deep.equal(DEPT);
    expect(act(state(), { action: 'resolve' }).step).not.to.have.property('photos');
  });

  it('names the department a dispatched case is returned from, and only that one', () => {
    expect(act(state(), { action: 'return', note: '不属于本部门' }).step.department).to.deep.equal(DEPT);
    expect(act(state({ status: 'handled' }), { action: 'return', note: '未修好' }).step).not.to.have.property('department');
  });

  it('closes, and reopens for a new round: a new time limit and no rating', () => {
    expect(act(state({ status: 'verified' }), { action: 'close' }).next.closedAt).to.equal(AT);
    const closed = state({ status: 'verified', closedAt: '2026-11-26T00:00:00.000Z', rating: 4, urgency: 'high' });
    const { next } = act(closed, { action: 'reopen', note: '又坏了' }, { slaHours: 48 });
    expect(next).to.include({ status: 'reopened', closedAt: null, rating: null, dueAt: '2026-11-28T02:00:00.000Z' });
    const unknown = act(closed, { action: 'reopen', note: '又坏了' }).next.dueAt;
    expect(Date.parse(unknown) - NOW.getTime()).to.equal(DEFAULT_SLA_HOURS * 0.5 * 3_600_000);
  });

  it('records a rating on the case and in the event', () => {
    const { step, next } = act(state({ status: 'closed', closedAt: AT }), { action: 'rate', rating: 5 });
    expect(next.rating).to.equal(5);
    expect(step.rating).to.equal(5);
    expect(next.status).to.equal('closed');
  });

  it('shows the urged department in the event and raises an escalated case one level', () => {
    const urged = act(state(), { action: 'urge', note: '请尽快' });
    expect(urged.step.department).to.deep.equal(DEPT);
    expect(urged.next.status).to.equal('dispatched');
    const escalated = act(state({ escalationLevel: 'street' }), { action: 'escalate', note: '超时' });
    expect(escalated.step.escalationLevel).to.equal('district');
    expect(escalated.next.escalationLevel).to.equal('district');
  });
});

describe('caseActionErrors', () => {
  const KEY = 'attempt-0001';

  it('checks the shape first', () => {
    expect(caseActionErrors({ action: 'fly' as never, idempotencyKey: KEY }, [], false)).to.have.property('action');
    expect(caseActionErrors({ action: 'accept', idempotencyKey: KEY }, [], false)).to.deep.equal({});
  });

  it('wants a department the backend knows to dispatch', () => {
    expect(caseActionErrors({ action: 'dispatch', idempotencyKey: KEY }, [], false)).to.deep.equal({ departmentId: { code: 'required' } });
    expect(caseActionErrors({ action: 'dispatch', departmentId: 'dept-xx', idempotencyKey: KEY }, [], false)).to.deep.equal({
      departmentId: { code: 'invalid_option' },
    });
    expect(caseActionErrors({ action: 'dispatch', departmentId: 'dept-cg', idempotencyKey: KEY }, [], true)).to.deep.equal({});
  });

  it('wants a rating to rate, and photos only to resolve', () => {
    expect(caseActionErrors({ action: 'rate', idempotencyKey: KEY }, [], false)).to.deep.equal({ rating: { code: 'required' } });
    const photo = new Blob(['x'], { type: 'image/png' });
    expect(caseActionErrors({ action: 'accept', idempotencyKey: KEY }, [photo], false)).to.deep.equal({ photos: { code: 'invalid' } });
    expect(caseActionErrors({ action: 'resolve', idempotencyKey: KEY }, [photo], false)).to.deep.equal({});
  });
});
