import { AdapterError } from '../../../../src/adapters/errors.js';
import { hasPermission, type Permission, type Session } from '../../../../src/domain/session.js';

/** Signed in and allowed, as the memory adapter checks: `unauthorized` first, then `forbidden`. */
export function requirePermission(session: Session, permission: Permission): Session {
  if (!session.userId) throw new AdapterError('unauthorized', 'Sign in first');
  if (!hasPermission(session, permission)) throw new AdapterError('forbidden', `Needs ${permission}`);
  return session;
}
