import type { AreaLevel } from './areas.js';
import { cityNow } from './city-clock.js';
import { ESCALATION_LEVELS, type CaseAction, type CaseState, type EscalationLevel } from './cases.js';
import type { FieldErrors } from './field-errors.js';
import type { Permission, Session } from './session.js';

/**
 * The closed loop as data: for each action, the states it may start from and
 * the state it leads to. `rate` keeps the case closed; the grid centre's supervision keeps the state:
 * `urge` (督办) a department that has the case, `escalate` (提级) any open case to the level above.
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
  urge: { dispatched: 'dispatched' },
  escalate: { reported: 'reported', accepted: 'accepted', dispatched: 'dispatched', returned: 'returned', reopened: 'reopened' },
};

/** Supervision: recorded in the timeline and the statistics, never a change of state. */
export const SUPERVISION_ACTIONS: ReadonlySet<CaseAction> = new Set<CaseAction>(['urge', 'escalate']);

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
  urge: 'case:urge',
  escalate: 'case:escalate',
};

/**
 * Which actions need a note, beside the transitions: what was done (`resolve`), why the case goes
 * back (`return`), what is still wrong (`reopen`), what the department must do by when (`urge`: the
 * department sees it in the timeline), why the level above must take it on (`escalate`).
 * Widgets ask for it, backends refuse without it.
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
  urge: true,
  escalate: true,
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

/** The case's supervision level; a case that does not say is at `community` level. */
export function escalationLevelOf(kase: { escalationLevel?: EscalationLevel | null }): EscalationLevel {
  return kase.escalationLevel ?? 'community';
}

/** The level above, or null at the top (`district`). */
export function nextEscalationLevel(level: EscalationLevel): EscalationLevel | null {
  return ESCALATION_LEVELS[ESCALATION_LEVELS.indexOf(level) + 1] ?? null;
}

/** Where a case is, as far as supervision needs it: the areas from the top down to its place. */
export interface CasePlace {
  areaPath: ReadonlyArray<{ id: string; level: AreaLevel }>;
}

/** A grid centre's rank by the level of the area it works for: city 3, district 2, street 1, community (and below) 0. */
const AREA_RANK: Readonly<Record<AreaLevel, number>> = { city: 3, district: 2, street: 1, community: 0, grid: 0, compound: 0, building: 0 };
const LEVEL_RANK: Readonly<Record<EscalationLevel, number>> = { community: 0, street: 1, district: 2 };

/**
 * The rank (0 community … 2 district, 3 city) at which this session works over this case's place:
 * the highest area on the case's path that is one of the session's areas; -1 when none is.
 */
export function supervisionRank(session: { readonly areaIds: readonly string[] }, place: CasePlace | undefined): number {
  // A session has one or a few areas: includes() beats building a Set for each of the thousands of cases a list tests.
  const hit = place?.areaPath.find((area) => session.areaIds.includes(area.id));
  return hit ? AREA_RANK[hit.level] : -1;
}

/**
 * Whether a grid centre at the session's areas supervises this case: the case lies in one of its
 * areas, and its escalation level is the centre's level or below (a street centre supervises
 * community- and street-level cases in its street; a district or city centre all of them).
 */
export function supervises(
  session: { readonly areaIds: readonly string[] },
  kase: { escalationLevel?: EscalationLevel | null; location?: CasePlace },
): boolean {
  return supervisionRank(session, kase.location) >= LEVEL_RANK[escalationLevelOf(kase)];
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
  /** For `urge` and `escalate`: the level the case is supervised at (absent: `community`). */
  escalationLevel?: EscalationLevel | null;
  /** For `urge` and `escalate`: where it is, to tell whether the session's grid centre supervises it. */
  location?: CasePlace;
}

/** Whether this session may take this action, ignoring the state. */
export function mayTakeAction(session: Session | null | undefined, kase: CaseForActions, action: CaseAction): boolean {
  if (!session) return false;
  const needed = ACTION_PERMISSION[action];
  if (needed === 'reporter') return kase.mine && session.userId !== null;
  if (!session.permissions.includes(needed)) return false;
  // The grid centre urges and escalates only what it supervises.
  if (SUPERVISION_ACTIONS.has(action)) return supervises(session, kase);
  // Department staff act only on cases dispatched to their own department.
  if ((action === 'resolve' || (action === 'return' && kase.status === 'dispatched')) && session.departmentId) {
    return !!kase.department && kase.department.id === session.departmentId;
  }
  return true;
}

/** The actions this session may take on this case now, in loop order (supervision last before `return`). */
export function allowedActions(session: Session | null | undefined, kase: CaseForActions): CaseAction[] {
  return (Object.keys(TRANSITIONS) as CaseAction[])
    .filter((action) => checkAction(session, kase, action) === null)
    .sort((a, b) => ACTION_ORDER.indexOf(a) - ACTION_ORDER.indexOf(b));
}

const ACTION_ORDER: readonly CaseAction[] = ['accept', 'dispatch', 'resolve', 'verify', 'close', 'rate', 'reopen', 'urge', 'escalate', 'return'];

/**
 * Why an action is refused, for error messages and server responses (`forbidden` is a 403, the
 * others a 409): not from this state, rated already, or escalated as far as it goes (`top_level`).
 */
export type ActionRefusal = 'invalid_transition' | 'forbidden' | 'already_rated' | 'top_level';

export function checkAction(
  session: Session | null | undefined,
  kase: CaseForActions,
  action: CaseAction,
): ActionRefusal | null {
  if (!canTransition(kase.status, action)) return 'invalid_transition';
  if (action === 'rate' && kase.rating != null) return 'already_rated';
  if (action === 'escalate' && nextEscalationLevel(escalationLevelOf(kase)) === null) return 'top_level';
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
