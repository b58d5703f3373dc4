import type { FollowOutcome } from '../../../domain/case-follow.js';
import type { ActionRefusal } from '../../../domain/case-machine.js';
import type { CaseAction } from '../../../domain/cases.js';
import { hasErrors, type FieldErrors } from '../../../domain/field-errors.js';
import { hasPermission, type Permission, type Session } from '../../../domain/session.js';
import { AdapterError } from '../../errors.js';

/**
 * The errors a backend answers the domain's refusals with, one set for the memory adapter and the
 * reference server: unauthorized for a visitor, forbidden for a person without the permission.
 */
export function requirePermission(session: Session, permission: Permission): void {
  if (hasPermission(session, permission)) return;
  if (session.userId === null) throw new AdapterError('unauthorized', 'Sign in first');
  throw new AdapterError('forbidden', `Needs permission ${permission}`);
}

/**
 * Signed in first (`unauthorized`, whatever a visitor's permissions), then allowed (`forbidden`): for
 * what only a known person may do, such as reading clear contact details or logging hours.
 */
export function requireSignedIn(session: Session, permission: Permission): Session {
  if (!session.userId) throw new AdapterError('unauthorized', 'Sign in first');
  requirePermission(session, permission);
  return session;
}

export function throwIfInvalid(errors: FieldErrors, message: string): void {
  if (hasErrors(errors)) throw new AdapterError('validation', message, { fieldErrors: errors });
}

/** `followOutcome`'s refusal as an error: a closed case is a conflict. */
export function throwIfNotFollowable(outcome: FollowOutcome, kase: { publicNumber: string }): void {
  if (outcome === 'closed') throw new AdapterError('conflict', `Case ${kase.publicNumber} is closed`);
}

/** `checkAction`'s refusal as an error: a conflict with the case's state, or forbidden to this session. */
export function throwIfRefused(refusal: ActionRefusal | null, action: CaseAction, kase: { status: string; publicNumber: string }): void {
  if (refusal === 'invalid_transition') throw new AdapterError('conflict', `Cannot ${action} a case that is ${kase.status}`);
  if (refusal === 'already_rated') throw new AdapterError('conflict', 'This case has already been rated');
  if (refusal === 'top_level') throw new AdapterError('conflict', `Case ${kase.publicNumber} is already supervised at the district level`);
  if (refusal === 'forbidden') throw new AdapterError('forbidden', `Not allowed to ${action} this case`);
}
