import { SETTLED_STATES } from '../../../domain/case-machine.js';
import type { CaseUrge, EscalationLevel } from '../../../domain/cases.js';
import type { CaseRecord } from '../world/cases.js';

/** What queues and statistics read from a case, derived from its timeline (the one record of what happened). */
export interface CaseFacts {
  /** When the work was last done (entered handled, verified or closed from an open state); null while open. */
  settledAt: string | null;
  urges: CaseUrge[];
  escalationLevel: EscalationLevel;
}

// Records only grow their timeline, so the facts of a record stay good while its length is the same.
const cache = new WeakMap<CaseRecord, { length: number; facts: CaseFacts }>();

export function caseFacts(record: CaseRecord): CaseFacts {
  const hit = cache.get(record);
  if (hit && hit.length === record.timeline.length) return hit.facts;
  let settledAt: string | null = null;
  let escalationLevel: EscalationLevel = 'community';
  const urges: CaseUrge[] = [];
  for (const event of record.timeline) {
    if (!SETTLED_STATES.has(event.toState)) settledAt = null;
    else if (event.fromState === null || !SETTLED_STATES.has(event.fromState)) settledAt = event.at;
    if (event.action === 'urge') urges.push({ at: event.at, departmentId: event.department?.id ?? record.department?.id ?? '' });
    if (event.action === 'escalate' && event.escalationLevel) escalationLevel = event.escalationLevel;
  }
  if (!SETTLED_STATES.has(record.status)) settledAt = null;
  const facts = { settledAt, urges: urges.filter((u) => u.departmentId !== ''), escalationLevel };
  cache.set(record, { length: record.timeline.length, facts });
  return facts;
}
