import { cityNow } from './city-clock.js';
import type { CaseAction, CaseState } from './cases.js';
import type { FieldErrors } from './field-errors.js';
import type { Permission, Session } from './session.js';

/**
 * The closed loop as data: for each action, the states it may start from and
 * the state it leads to. `rate` keeps the case closed.
 */
export const TRANSITIONS: Readonly<Record<CaseAction, Readonly<Partial<Record<CaseState, CaseState>>>>> = {
  accept: { reported: 'accepted', reopened: 'accepted' },
  // Back to the reporter (invalid report), from the department (not ours), or from the grid centre (not fixed).
  return: { reported: 'returned', dispatched: 'returned', handled: 'returned' },
  dispatch: { accepted: 'dispatched', returned: 'dispatched' },
  resolve: { dispatched: 'handled' },
  verify: { handled: 'verified' },
  close: { verified: 'closed', returned: 'closed' },
  reopen: { verified: 'reopened', closed: 'reopened' },
  rate: { closed: 'closed' },
};

/** Staff actions need a permission; the reporter's own actions need only to be the reporter. */
export const ACTION_PERMISSION: Readonly<Record<CaseAction, Permission | 'reporter'>> = {
  accept: 'case:accept',
  return: 'case:return',
  dispatch: 'case:dispatch',
  resolve: 'case:resolve',
  verify: 'case:verify',
  close: 'case:close',
  reopen: 'reporter',
  rate: 'reporter',
};

/**
 * Which actions need a note, beside the transitions: what was done (`resolve`), why the case goes
 * back (`return`), what is still wrong (`reopen`). Widgets ask for it, backends refuse without it.
 */
export const NOTE_REQUIRED: Readonly<Record<CaseAction, boolean>> = {
  accept: false,
  return: true,
  dispatch: false,
  resolve: true,
  verify: false,
  close: false,
  reopen: true,
  rate: false,
};

export function noteRequired(action: CaseAction): boolean {
  return NOTE_REQUIRED[action];
}

/** The note rule as field errors: a `required` note when the action needs one and it is missing or blank. */
export function actionNoteErrors(action: CaseAction, note: string | undefined): FieldErrors {
  return noteRequired(action) && !note?.trim() ? { note: { code: 'required' } } : {};
}

/** States where the work is done; a case there can no longer become overdue. */
export const SETTLED_STATES: ReadonlySet<CaseState> = new Set<CaseState>(['handled', 'verified', 'closed']);

export function nextState(from: CaseState, action: CaseAction): CaseState | null {
  return TRANSITIONS[action][from] ?? null;
}

export function canTransition(from: CaseState, action: CaseAction): boolean {
  return nextState(from, action) !== null;
}

/** What a case needs to know to decide who may act on it. */
export interface CaseForActions {
  status: CaseState;
  /** The session reported or follows the case. */
  mine: boolean;
  /** Already rated: `rate` is allowed once. */
  rating?: number | null;
  /** Department the case is dispatched to, if any. */
  department?: { id: string } | null;
}

/** Whether this session may take this action, ignoring the state. */
export function mayTakeAction(session: Session | null | undefined, kase: CaseForActions, action: CaseAction): boolean {
  if (!session) return false;
  const needed = ACTION_PERMISSION[action];
  if (needed === 'reporter') return kase.mine && session.userId !== null;
  if (!session.permissions.includes(needed)) return false;
  // Department staff act only on cases dispatched to their own department.
  if ((action === 'resolve' || (action === 'return' && kase.status === 'dispatched')) && session.departmentId) {
    return !!kase.department && kase.department.id === session.departmentId;
  }
  return true;
}

/** The actions this session may take on this case now, in loop order. */
export function allowedActions(session: Session | null | undefined, kase: CaseForActions): CaseAction[] {
  return (Object.keys(TRANSITIONS) as CaseAction[])
    .filter((action) => canTransition(kase.status, action))
    .filter((action) => action !== 'rate' || kase.rating == null)
    .filter((action) => mayTakeAction(session, kase, action))
    .sort((a, b) => ACTION_ORDER.indexOf(a) - ACTION_ORDER.indexOf(b));
}

const ACTION_ORDER: readonly CaseAction[] = ['accept', 'dispatch', 'resolve', 'verify', 'close', 'rate', 'reopen', 'return'];

/** Why an action is refused, for error messages and server responses. */
export type ActionRefusal = 'invalid_transition' | 'forbidden' | 'already_rated';

export function checkAction(
  session: Session | null | undefined,
  kase: CaseForActions,
  action: CaseAction,
): ActionRefusal | null {
  if (!canTransition(kase.status, action)) return 'invalid_transition';
  if (action === 'rate' && kase.rating != null) return 'already_rated';
  if (!mayTakeAction(session, kase, action)) return 'forbidden';
  return null;
}

const HOUR = 3_600_000;

/** When a case reported at `reportedAt` must be handled by. Emergencies get a quarter of the time. */
export function dueDate(reportedAt: Date, slaHours: number, urgency: 'low' | 'normal' | 'high' | 'emergency' = 'normal'): Date {
  const factor = urgency === 'emergency' ? 0.25 : urgency === 'high' ? 0.5 : urgency === 'low' ? 1.5 : 1;
  return new Date(reportedAt.getTime() + slaHours * factor * HOUR);
}

/** Overdue: past its due date and the work is not done yet. */
export function isOverdue(kase: { status: CaseState; dueAt: string }, now: Date = cityNow()): boolean {
  return !SETTLED_STATES.has(kase.status) && now.getTime() > Date.parse(kase.dueAt);
}

/** Open311 knows only open and closed. */
export function toOpen311Status(state: CaseState): 'open' | 'closed' {
  return state === 'closed' ? 'closed' : 'open';
}
