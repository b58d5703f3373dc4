import type { CaseScope } from '../../../../src/domain/case-scope.js';
import type { CaseQuery } from '../../../../src/domain/cases.js';
import type { Session } from '../../../../src/domain/session.js';
import { placeholders, type SqlValue } from '../db.js';

/** A WHERE fragment over `cases c` with its parameters. */
export interface Where {
  sql: string;
  params: SqlValue[];
}

const NOTHING: Where = { sql: '1 = 0', params: [] };

/** `%`, `_` and `\` match themselves in a LIKE pattern with `ESCAPE '\'`. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Reported or followed by this user. */
export function mineWhere(userId: string): Where {
  return {
    sql: '(c.reporter_id = ? OR EXISTS (SELECT 1 FROM case_followers f WHERE f.case_id = c.id AND f.user_id = ?))',
    params: [userId, userId],
  };
}

/** Located in this area or below it (every area on a case's path is in `case_areas`). */
export function withinAreaWhere(areaId: string): Where {
  return { sql: 'c.id IN (SELECT ca.case_id FROM case_areas ca WHERE ca.area_id = ?)', params: [areaId] };
}

/** `inCaseScope` of src/domain/case-scope.ts as SQL: the session's own cases, plus what its scope holds. */
export function scopeWhere(scope: CaseScope, session: Session): Where {
  const mine = session.userId === null ? NOTHING : mineWhere(session.userId);
  const or = (other: Where): Where => ({ sql: `(${mine.sql} OR ${other.sql})`, params: [...mine.params, ...other.params] });
  switch (scope.kind) {
    case 'none':
    case 'own':
      return mine;
    case 'department':
      return or({ sql: 'c.department_id = ?', params: [scope.departmentId] });
    case 'supervision':
      // `supervises`: some area of the centre on the case's path ranks at or above the case's escalation level.
      if (scope.areaIds.length === 0) return mine;
      return or({
        sql: `EXISTS (SELECT 1 FROM case_areas ca WHERE ca.case_id = c.id AND ca.area_id IN (${placeholders(scope.areaIds.length)}) AND ca.area_rank >= c.escalation_rank)`,
        params: [...scope.areaIds],
      });
    case 'areas':
      if (scope.areaIds.length === 0) return mine;
      return or({ sql: `c.id IN (SELECT ca.case_id FROM case_areas ca WHERE ca.area_id IN (${placeholders(scope.areaIds.length)}))`, params: [...scope.areaIds] });
  }
}

const iso = (value: string): string => new Date(value).toISOString();

/** Every filter of a (valid) CaseQuery; time bounds as the contract has them (`reportedFrom` inclusive, the others exclusive). */
export function queryWhere(query: CaseQuery, session: Session, now: Date): Where[] {
  const out: Where[] = [];
  if (query.mine) out.push(session.userId === null ? NOTHING : mineWhere(session.userId));
  if (query.status?.length) out.push({ sql: `c.status IN (${placeholders(query.status.length)})`, params: [...query.status] });
  if (query.urgency?.length) out.push({ sql: `c.urgency IN (${placeholders(query.urgency.length)})`, params: [...query.urgency] });
  if (query.categoryCode) out.push({ sql: 'c.category_code = ?', params: [query.categoryCode] });
  if (query.departmentId) out.push({ sql: 'c.department_id = ?', params: [query.departmentId] });
  if (query.areaId) out.push(withinAreaWhere(query.areaId));
  if (query.overdue !== undefined) {
    // `isOverdue`: not settled and past its due date.
    out.push(query.overdue ? { sql: '(c.settled = 0 AND c.due_at < ?)', params: [now.toISOString()] } : { sql: '(c.settled = 1 OR c.due_at >= ?)', params: [now.toISOString()] });
  }
  if (query.dueBefore) out.push({ sql: 'c.due_at < ?', params: [iso(query.dueBefore)] });
  if (query.reportedFrom) out.push({ sql: 'c.created_at >= ?', params: [iso(query.reportedFrom)] });
  if (query.reportedTo) out.push({ sql: 'c.created_at < ?', params: [iso(query.reportedTo)] });
  const text = query.text?.trim().toLowerCase();
  if (text) out.push({ sql: "c.search_text LIKE ? ESCAPE '\\'", params: [likeContains(text)] });
  return out;
}

export function and(parts: readonly Where[]): Where {
  if (parts.length === 0) return { sql: '1 = 1', params: [] };
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}
