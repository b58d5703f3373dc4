import { AdapterError } from '../../../../src/adapters/errors.js';
import { hasErrors, type FieldErrors } from '../../../../src/domain/field-errors.js';
import { hasPermission, type Permission, type Session } from '../../../../src/domain/session.js';

/** The same refusals as the memory adapter: unauthorized for a visitor, forbidden for a person without the permission. */
export function requirePermission(session: Session, permission: Permission): void {
  if (hasPermission(session, permission)) return;
  if (session.userId === null) throw new AdapterError('unauthorized', 'Sign in first');
  throw new AdapterError('forbidden', `Needs permission ${permission}`);
}

export function throwIfInvalid(errors: FieldErrors, message: string): void {
  if (hasErrors(errors)) throw new AdapterError('validation', message, { fieldErrors: errors });
}
