import type { CaseState } from './cases.js';

/** What following a case does: refused (`closed`), nothing (`unchanged`), or one more follower (`follow`). */
export type FollowOutcome = 'closed' | 'unchanged' | 'follow';

/**
 * Following a case: a closed case cannot be followed; one that is already the person's (their own
 * report, or one they follow) changes nothing; any other gains them as a follower and a `follow` event.
 */
export function followOutcome(status: CaseState, mine: boolean): FollowOutcome {
  if (status === 'closed') return 'closed';
  return mine ? 'unchanged' : 'follow';
}
