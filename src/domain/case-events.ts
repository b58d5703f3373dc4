import type { TimelineEvent } from './cases.js';
import type { Session } from './session.js';

/** The actor a timeline records for this session: its display name and first role (a visitor is a resident). */
export function caseActor(session: Pick<Session, 'displayName' | 'roles'>): TimelineEvent['actor'] {
  return { name: session.displayName, role: session.roles[0] ?? 'resident' };
}

/** The `seq`-th event of case `caseId` (`case-0401-e3`, counting from 1), by this session at `now`. */
export function caseEvent(
  caseId: string,
  seq: number,
  action: TimelineEvent['action'],
  fromState: TimelineEvent['fromState'],
  toState: TimelineEvent['toState'],
  session: Pick<Session, 'displayName' | 'roles'>,
  now: Date,
): TimelineEvent {
  return { id: `${caseId}-e${seq}`, at: now.toISOString(), action, fromState, toState, actor: caseActor(session) };
}
