import { SETTLED_STATES, supervises, type CasePlace } from './case-machine.js';
import type { CaseSort, CaseState, EscalationLevel } from './cases.js';
import { hasPermission, type Session } from './session.js';

/**
 * Which cases a session's lists hold, computed by the backend from the session (a widget never
 * chooses it; filters only narrow it). Everyone also sees the cases they reported or follow.
 * - `none`: an anonymous visitor lists nothing (a case is still found by its number).
 * - `own`: a resident: their own reports and the cases they follow.
 * - `department`: a department officer: the cases dispatched to their department.
 * - `supervision`: a grid centre: cases in its areas at its level or below (see `supervises`): a
 *   community centre its community's community-level cases, a street centre its street's
 *   community- and street-level cases, a district (or city) centre everything in its district (city).
 * - `areas`: other staff (community staff, grid workers, administrators): cases located in their areas.
 */
export type CaseScope =
  | { kind: 'none' }
  | { kind: 'own' }
  | { kind: 'department'; departmentId: string }
  | { kind: 'supervision'; areaIds: readonly string[] }
  | { kind: 'areas'; areaIds: readonly string[] };

export function caseScope(session: Session | null | undefined): CaseScope {
  if (!session || session.userId === null) return { kind: 'none' };
  if (!hasPermission(session, 'case:view-all')) return { kind: 'own' };
  if (session.departmentId) return { kind: 'department', departmentId: session.departmentId };
  if (session.roles.includes('grid-centre')) return { kind: 'supervision', areaIds: session.areaIds };
  return { kind: 'areas', areaIds: session.areaIds };
}

/** What a case needs to know to decide whose lists hold it. */
export interface CaseForScope {
  /** The session reported or follows it. */
  mine: boolean;
  department?: { id: string } | null;
  escalationLevel?: EscalationLevel | null;
  location: CasePlace;
}

export function inCaseScope(scope: CaseScope, kase: CaseForScope): boolean {
  if (kase.mine) return true;
  switch (scope.kind) {
    case 'none':
    case 'own':
      return false;
    case 'department':
      return kase.department?.id === scope.departmentId;
    case 'supervision':
      return supervises({ areaIds: scope.areaIds }, kase);
    case 'areas': {
      const own = new Set(scope.areaIds);
      return kase.location.areaPath.some((area) => own.has(area.id));
    }
  }
}

/** Staff work due first; residents see their newest reports first. */
export function defaultCaseSort(session: Session | null | undefined): CaseSort {
  return hasPermission(session, 'case:view-all') ? 'due' : 'newest';
}

/** What ordering needs from a case. */
export interface CaseForSort {
  id: string;
  status: CaseState;
  createdAt: string;
  updatedAt: string;
  dueAt: string;
  followers: number;
}

/** The order of `sort` (see `CASE_SORTS`) as a comparator; every tie ends on the id, so pages are stable. */
export function compareCases(sort: CaseSort): (a: CaseForSort, b: CaseForSort) => number {
  const byId = (a: CaseForSort, b: CaseForSort) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // A sort compares each case many times: each timestamp is parsed once per comparator.
  const parsed = new Map<string, number>();
  const time = (iso: string) => {
    let t = parsed.get(iso);
    if (t === undefined) parsed.set(iso, (t = Date.parse(iso)));
    return t;
  };
  const newest = (a: CaseForSort, b: CaseForSort) => time(b.createdAt) - time(a.createdAt) || byId(b, a);
  switch (sort) {
    case 'newest':
      return newest;
    case 'followers':
      return (a, b) => b.followers - a.followers || newest(a, b);
    case 'due':
      return (a, b) => {
        const settledA = SETTLED_STATES.has(a.status);
        const settledB = SETTLED_STATES.has(b.status);
        if (settledA !== settledB) return settledA ? 1 : -1;
        if (!settledA) return time(a.dueAt) - time(b.dueAt) || byId(a, b);
        return time(b.updatedAt) - time(a.updatedAt) || byId(b, a);
      };
  }
}
