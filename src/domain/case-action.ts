import { caseEvent } from './case-events.js';
import { dueDate, nextEscalationLevel, nextState } from './case-machine.js';
import { validatePhotos } from './case-validation.js';
import { CaseActionInput, type CaseActionFields, type CaseState, type Department, type EscalationLevel, type Photo, type TimelineEvent, type Urgency } from './cases.js';
import { fieldErrorsFrom, type FieldErrors } from './field-errors.js';
import type { Session } from './session.js';

/** The time limit of a case reopened in a category the backend no longer knows. */
export const DEFAULT_SLA_HOURS = 72;

/**
 * What is wrong with an action request, shape first, then what each action needs: a known department
 * to dispatch (`departmentKnown`: whether the backend knows `fields.departmentId`), a rating to rate,
 * photos only to resolve, and photos a case takes.
 */
export function caseActionErrors(fields: CaseActionFields, photos: readonly Blob[], departmentKnown: boolean): FieldErrors {
  const errors = fieldErrorsFrom(CaseActionInput, fields);
  if (fields.action === 'dispatch' && !errors.departmentId) {
    if (!fields.departmentId) errors.departmentId = { code: 'required' };
    else if (!departmentKnown) errors.departmentId = { code: 'invalid_option' };
  }
  if (fields.action === 'rate' && fields.rating === undefined && !errors.rating) errors.rating = { code: 'required' };
  if (photos.length && fields.action !== 'resolve') errors.photos = { code: 'invalid' };
  Object.assign(errors, validatePhotos(photos));
  return errors;
}

/** What an action reads of a case and may change. */
export interface CaseActionState {
  status: CaseState;
  department: Department | null;
  closedAt: string | null;
  rating: number | null;
  dueAt: string;
  urgency: Urgency;
  escalationLevel: EscalationLevel;
}

export interface ApplyActionInput {
  caseId: string;
  /** How many events and photos the case has: the new ones are numbered after them. */
  eventCount: number;
  photoCount: number;
  fields: Pick<CaseActionFields, 'action' | 'note' | 'rating'>;
  /** `dispatch`: the department it goes to, named as records keep it. */
  department?: Department;
  /** `reopen`: the category's time limit in hours (DEFAULT_SLA_HOURS when unknown). */
  slaHours?: number;
  /** `resolve`: the result photos as stored, in order. */
  photos?: readonly { url: string; name: string }[];
  session: Pick<Session, 'displayName' | 'roles'>;
  now: Date;
}

export interface CaseActionResult {
  /** The timeline event the action adds. */
  step: TimelineEvent;
  /** The case's state after it. */
  next: CaseActionState;
  /** The result photos it adds to the case (`resolve`). */
  results: Photo[];
}

/**
 * One action applied to a case the state machine and permissions already allow (see `checkAction`,
 * `actionNoteErrors`): the event it adds, with the department, photos, rating or level it concerns,
 * and the case's next state. A reopened case gets a new time limit and may be rated again.
 */
export function applyCaseAction(current: CaseActionState, input: ApplyActionInput): CaseActionResult {
  const { caseId, fields, now } = input;
  const at = now.toISOString();
  const from = current.status;
  const step = caseEvent(caseId, input.eventCount + 1, fields.action, from, nextState(from, fields.action)!, input.session, now);
  if (fields.note?.trim()) step.note = fields.note.trim();
  const next: CaseActionState = { ...current, status: step.toState };
  const department = current.department;
  const results: Photo[] = [];
  switch (fields.action) {
    case 'dispatch':
      next.department = { id: input.department!.id, name: input.department!.name };
      step.department = { ...next.department };
      break;
    case 'resolve':
      if (department) step.department = { ...department };
      (input.photos ?? []).forEach(({ url, name }, i) => results.push({ id: `${caseId}-p${input.photoCount + i + 1}`, url, name, kind: 'result' }));
      if (results.length) step.photos = results.map((p) => ({ ...p }));
      break;
    case 'return':
      if (from === 'dispatched' && department) step.department = { ...department };
      break;
    case 'close':
      next.closedAt = at;
      break;
    case 'reopen':
      next.closedAt = null;
      next.rating = null;
      next.dueAt = dueDate(now, input.slaHours ?? DEFAULT_SLA_HOURS, current.urgency).toISOString();
      break;
    case 'rate':
      next.rating = fields.rating!;
      step.rating = fields.rating!;
      break;
    case 'urge':
      // The department that has the case sees the urge, with its note, in the timeline.
      if (department) step.department = { ...department };
      break;
    case 'escalate':
      step.escalationLevel = nextEscalationLevel(current.escalationLevel)!;
      next.escalationLevel = step.escalationLevel;
      break;
    default:
      break;
  }
  return { step, next, results };
}
