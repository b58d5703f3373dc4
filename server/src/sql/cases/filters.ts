import type { CaseScope } from '../../../../src/domain/case-scope.js';
import type { CaseQuery } from '../../../../src/domain/cases.js';
import type { Session } from '../../../../src/domain/session.js';
import { placeholders, type SqlValue } from '../db.js';

/** A WHERE fragment over `cases c` with its parameters. */
export interface Where {
  sql: string;
  params: SqlValue[];
}

export const NOTHING: Where = { sql: '1 = 0', params: [] };

/** The ids of the cases this user reported or follows: a small set, read from two indexes. */
function mineSet(userId: string): Where {
  return { sql: 'SELECT m.id FROM cases m WHERE m.reporter_id = ? UNION SELECT f.case_id FROM case_followers f WHERE f.user_id = ?', params: [userId, userId] };
}

/** Reported or followed by this user. */
export function mineWhere(userId: string): Where {
  const set = mineSet(userId);
  return { sql: `c.id IN (${set.sql})`, params: set.params };
}

/**
 * Located in this area or below it (every area on a case's path is in `case_areas`); the root holds
 * every case. As a set by default (read the area's cases, then sort them: right for a small area, and
 * for COUNT); `probe` tests each row the sort index walks instead, right for a page of a big area.
 */
export function withinAreaWhere(areaId: string, rootId: string, probe = false): Where {
  if (areaId === rootId) return EVERYTHING;
  if (probe) return { sql: 'EXISTS (SELECT 1 FROM case_areas ca WHERE ca.area_id = ? AND ca.case_id = c.id)', params: [areaId] };
  return { sql: 'c.id IN (SELECT ca.case_id FROM case_areas ca WHERE ca.area_id = ?)', params: [areaId] };
}

const EVERYTHING: Where = { sql: '1 = 1', params: [] };

/** The rank of each of the session's areas at which a grid centre there works (see `supervisionRank`). */
export type AreaRanks = ReadonlyMap<string, number>;

/**
 * `inCaseScope` of src/domain/case-scope.ts as SQL: the session's own cases, plus what its scope holds,
 * as one set of ids (so the sort index can be walked and probed, and COUNT reads the set). A scope
 * that holds the root holds everything.
 */
export function scopeWhere(scope: CaseScope, session: Session, ranks: AreaRanks, rootId: string): Where {
  const mine = session.userId === null ? null : mineSet(session.userId);
  const union = (other: Where): Where => {
    const parts = mine ? [other, mine] : [other];
    return { sql: `c.id IN (${parts.map((p) => p.sql).join(' UNION ')})`, params: parts.flatMap((p) => p.params) };
  };
  const areaIds = scope.kind === 'supervision' || scope.kind === 'areas' ? scope.areaIds.filter((id) => ranks.has(id)) : [];
  switch (scope.kind) {
    case 'none':
    case 'own':
      return mine ? mineWhere(session.userId!) : NOTHING;
    case 'department': {
      // A column test, not a set: a department can hold a large share of the city's cases.
      const own: Where = { sql: 'c.department_id = ?', params: [scope.departmentId] };
      if (!mine) return own;
      return { sql: `(${own.sql} OR c.id IN (${mine.sql}))`, params: [...own.params, ...mine.params] };
    }
    case 'supervision': {
      // `supervises`: an area of the centre on the case's path ranks at or above the case's escalation level.
      // A district or city centre (rank ≥ the top level) supervises everything in its area.
      if (areaIds.includes(rootId) && ranks.get(rootId)! >= 2) return EVERYTHING;
      const high = areaIds.filter((id) => ranks.get(id)! >= 2);
      const low = areaIds.filter((id) => ranks.get(id)! < 2);
      const parts: Where[] = [];
      if (high.length) parts.push({ sql: `SELECT ca.case_id FROM case_areas ca WHERE ca.area_id IN (${placeholders(high.length)})`, params: high });
      if (low.length) {
        parts.push({
          sql: `SELECT ca.case_id FROM case_areas ca JOIN cases x ON x.id = ca.case_id WHERE ca.area_id IN (${placeholders(low.length)}) AND x.escalation_rank <= ca.area_rank`,
          params: low,
        });
      }
      if (parts.length === 0) return mine ? mineWhere(session.userId!) : NOTHING;
      return union({ sql: parts.map((p) => p.sql).join(' UNION '), params: parts.flatMap((p) => p.params) });
    }
    case 'areas':
      if (areaIds.includes(rootId)) return EVERYTHING;
      if (areaIds.length === 0) return mine ? mineWhere(session.userId!) : NOTHING;
      return union({ sql: `SELECT ca.case_id FROM case_areas ca WHERE ca.area_id IN (${placeholders(areaIds.length)})`, params: areaIds });
  }
}

const iso = (value: string): string => new Date(value).toISOString();

/**
 * Every filter of a (valid) CaseQuery; time bounds as the contract has them (`reportedFrom` inclusive, the others exclusive).
 * The text filter is the one its look-up of terms chose (terms.ts `textPlan`).
 */
export function queryWhere(query: CaseQuery, session: Session, now: Date, rootId: string, text: Where | null, probeArea = false): Where[] {
  const out: Where[] = [];
  if (query.mine) out.push(session.userId === null ? NOTHING : mineWhere(session.userId));
  if (query.status?.length) out.push({ sql: `c.status IN (${placeholders(query.status.length)})`, params: [...query.status] });
  if (query.urgency?.length) out.push({ sql: `c.urgency IN (${placeholders(query.urgency.length)})`, params: [...query.urgency] });
  if (query.categoryCode) out.push({ sql: 'c.category_code = ?', params: [query.categoryCode] });
  if (query.departmentId) out.push({ sql: 'c.department_id = ?', params: [query.departmentId] });
  if (query.areaId) out.push(withinAreaWhere(query.areaId, rootId, probeArea));
  if (query.overdue !== undefined) {
    // `isOverdue`: not settled and past its due date.
    out.push(query.overdue ? { sql: '(c.settled = 0 AND c.due_at < ?)', params: [now.toISOString()] } : { sql: '(c.settled = 1 OR c.due_at >= ?)', params: [now.toISOString()] });
  }
  if (query.dueBefore) out.push({ sql: 'c.due_at < ?', params: [iso(query.dueBefore)] });
  if (query.reportedFrom) out.push({ sql: 'c.created_at >= ?', params: [iso(query.reportedFrom)] });
  if (query.reportedTo) out.push({ sql: 'c.created_at < ?', params: [iso(query.reportedTo)] });
  if (text) out.push(text);
  return out;
}

export function and(parts: readonly Where[]): Where {
  if (parts.length === 0) return { sql: '1 = 1', params: [] };
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}
