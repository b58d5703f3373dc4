import { expect } from '@open-wc/testing';
import {
  CASE_ACTIONS,
  CASE_STATES,
  allowedActions,
  canTransition,
  checkAction,
  dueDate,
  isOverdue,
  NOTE_REQUIRED,
  actionNoteErrors,
  nextState,
  noteRequired,
  toOpen311Status,
  type CaseAction,
  type CaseState,
  type Permission,
  type Session,
} from '../../src/domain/index.js';

// The loop as the grid centre's handbook describes it, written out by hand so the
// test does not just read the machine's own table back.
// Supervision keeps the state: the grid centre urges a department that has the case, and
// escalates any case that is still open.
const EXPECTED: Record<CaseState, Partial<Record<CaseAction, CaseState>>> = {
  reported: { accept: 'accepted', return: 'returned', escalate: 'reported' },
  accepted: { dispatch: 'dispatched', escalate: 'accepted' },
  dispatched: { resolve: 'handled', return: 'returned', urge: 'dispatched', escalate: 'dispatched' },
  handled: { verify: 'verified', return: 'returned' },
  verified: { close: 'closed', reopen: 'reopened' },
  closed: { reopen: 'reopened', rate: 'closed' },
  returned: { dispatch: 'dispatched', close: 'closed', escalate: 'returned' },
  reopened: { accept: 'accepted', escalate: 'reopened' },
};

function session(permissions: Permission[], extra: Partial<Session> = {}): Session {
  return { userId: 'u1', displayName: 'Test', roles: ['community-staff'], permissions, areaIds: [], ...extra };
}

describe('case state machine', () => {
  for (const state of CASE_STATES) {
    for (const action of CASE_ACTIONS) {
      const expected = EXPECTED[state][action] ?? null;
      it(`${state} --${action}--> ${expected ?? 'refused'}`, () => {
        expect(nextState(state, action)).to.equal(expected);
        expect(canTransition(state, action)).to.equal(expected !== null);
      });
    }
  }

  it('every state is reachable from reported', () => {
    const seen = new Set<CaseState>(['reported']);
    const queue: CaseState[] = ['reported'];
    while (queue.length) {
      const from = queue.shift()!;
      for (const action of CASE_ACTIONS) {
        const to = nextState(from, action);
        if (to && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect([...seen].sort()).to.deep.equal([...CASE_STATES].sort());
  });
});

describe('who may act', () => {
  const staffActions: Array<[CaseAction, Permission, CaseState]> = [
    ['accept', 'case:accept', 'reported'],
    ['return', 'case:return', 'reported'],
    ['dispatch', 'case:dispatch', 'accepted'],
    ['resolve', 'case:resolve', 'dispatched'],
    ['verify', 'case:verify', 'handled'],
    ['close', 'case:close', 'verified'],
  ];

  for (const [action, permission, state] of staffActions) {
    it(`${action} needs ${permission}`, () => {
      const kase = { status: state, mine: false, department: { id: 'dept-cg' } };
      expect(checkAction(session([permission]), kase, action)).to.equal(null);
      expect(checkAction(session([]), kase, action)).to.equal('forbidden');
      expect(checkAction(null, kase, action)).to.equal('forbidden');
    });
  }

  it('reopen and rate belong to the reporter, not to staff', () => {
    const closed = { status: 'closed' as const, mine: true, rating: null };
    expect(checkAction(session([]), closed, 'reopen')).to.equal(null);
    expect(checkAction(session([]), closed, 'rate')).to.equal(null);
    const notMine = { ...closed, mine: false };
    expect(checkAction(session(['case:close', 'case:verify']), notMine, 'reopen')).to.equal('forbidden');
    expect(checkAction(session([]), notMine, 'rate')).to.equal('forbidden');
  });

  it('an anonymous session cannot reopen even a case marked as its own', () => {
    const anon = session([], { userId: null, roles: ['anonymous'] });
    expect(checkAction(anon, { status: 'closed', mine: true }, 'reopen')).to.equal('forbidden');
  });

  it('a case can be rated once', () => {
    const rated = { status: 'closed' as const, mine: true, rating: 4 };
    expect(checkAction(session([]), rated, 'rate')).to.equal('already_rated');
    expect(allowedActions(session([]), rated)).to.deep.equal(['reopen']);
  });

  it('department staff resolve or return only cases dispatched to their department', () => {
    const staff = session(['case:resolve', 'case:return'], { departmentId: 'dept-cg' });
    const ours = { status: 'dispatched' as const, mine: false, department: { id: 'dept-cg' } };
    const theirs = { ...ours, department: { id: 'dept-sw' } };
    expect(allowedActions(staff, ours)).to.deep.equal(['resolve', 'return']);
    expect(checkAction(staff, theirs, 'resolve')).to.equal('forbidden');
    expect(checkAction(staff, theirs, 'return')).to.equal('forbidden');
  });

  it('wrong state is reported before permission', () => {
    expect(checkAction(session([]), { status: 'reported', mine: false }, 'verify')).to.equal('invalid_transition');
  });

  it('lists the allowed actions in loop order', () => {
    const all = session(['case:accept', 'case:return', 'case:dispatch', 'case:close']);
    expect(allowedActions(all, { status: 'reported', mine: false })).to.deep.equal(['accept', 'return']);
    expect(allowedActions(all, { status: 'returned', mine: false })).to.deep.equal(['dispatch', 'close']);
  });
});

describe('due dates and overdue', () => {
  const reported = new Date('2026-11-27T08:00:00+08:00');

  it('gives the category its hours, scaled by urgency', () => {
    expect(dueDate(reported, 48).toISOString()).to.equal('2026-11-29T00:00:00.000Z');
    expect(dueDate(reported, 48, 'emergency').toISOString()).to.equal('2026-11-27T12:00:00.000Z');
    expect(dueDate(reported, 48, 'high').toISOString()).to.equal('2026-11-28T00:00:00.000Z');
    expect(dueDate(reported, 48, 'low').toISOString()).to.equal('2026-11-30T00:00:00.000Z');
  });

  it('is overdue only past the due date and while the work is not done', () => {
    const dueAt = '2026-11-28T00:00:00.000Z';
    const after = new Date('2026-11-28T00:00:01Z');
    const before = new Date('2026-11-27T23:59:59Z');
    expect(isOverdue({ status: 'dispatched', dueAt }, after)).to.equal(true);
    expect(isOverdue({ status: 'dispatched', dueAt }, before)).to.equal(false);
    for (const status of ['handled', 'verified', 'closed'] as const) {
      expect(isOverdue({ status, dueAt }, after), status).to.equal(false);
    }
    for (const status of ['reported', 'accepted', 'returned', 'reopened'] as const) {
      expect(isOverdue({ status, dueAt }, after), status).to.equal(true);
    }
  });

  it('maps down to Open311 open/closed', () => {
    expect(CASE_STATES.filter((s) => toOpen311Status(s) === 'closed')).to.deep.equal(['closed']);
  });
});

describe('actions that need a note', () => {
  // Written out by hand: a reason to return or reopen, what was done to resolve, what the department
  // must do (urge), why the level above must take it on (escalate).
  const NEEDS_NOTE: readonly CaseAction[] = ['resolve', 'return', 'reopen', 'urge', 'escalate'];

  it('are resolve, return, reopen, urge and escalate, and no others', () => {
    for (const action of CASE_ACTIONS) {
      expect(noteRequired(action), action).to.equal(NEEDS_NOTE.includes(action));
      expect(NOTE_REQUIRED[action], action).to.equal(NEEDS_NOTE.includes(action));
    }
  });

  it('refuse a missing or blank note as a "required" note, and take any other', () => {
    for (const action of NEEDS_NOTE) {
      expect(actionNoteErrors(action, undefined), action).to.deep.equal({ note: { code: 'required' } });
      expect(actionNoteErrors(action, ''), action).to.deep.equal({ note: { code: 'required' } });
      expect(actionNoteErrors(action, ' \n\t　'), action).to.deep.equal({ note: { code: 'required' } });
      expect(actionNoteErrors(action, '路灯已更换'), action).to.deep.equal({});
    }
    for (const action of CASE_ACTIONS.filter((a) => !NEEDS_NOTE.includes(a))) {
      expect(actionNoteErrors(action, undefined), action).to.deep.equal({});
    }
  });
});
