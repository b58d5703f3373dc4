import { applyCaseAction, caseActionErrors } from '../../../../src/domain/case-action.js';
import { actionNoteErrors, checkAction, SETTLED_STATES } from '../../../../src/domain/case-machine.js';
import { ESCALATION_LEVELS, type CaseActionRequest, type CaseLocation } from '../../../../src/domain/cases.js';
import type { FieldErrors } from '../../../../src/domain/field-errors.js';
import type { Session } from '../../../../src/domain/session.js';
import type { SqlRunner } from '../db.js';
import { throwIfInvalid, throwIfRefused } from './errors.js';
import { escalationRank, eventValues, insertEvents, insertPhotos } from './records.js';
import { rollupChange, rollupUrge } from './rollup.js';
import { isMine, type CaseRow } from './view.js';

export type ActionFields = Omit<CaseActionRequest, 'photos'>;

async function departmentZh(db: SqlRunner, id: string): Promise<string | null> {
  return (await db.get<{ name_zh: string }>('SELECT name_zh FROM case_departments WHERE id = ?', [id]))?.name_zh ?? null;
}

/** `caseActionErrors`, the department looked up here. */
export async function actionErrors(db: SqlRunner, fields: ActionFields, photos: Blob[]): Promise<FieldErrors> {
  const departmentId = fields.action === 'dispatch' && typeof fields.departmentId === 'string' ? fields.departmentId : null;
  return caseActionErrors(fields, photos, departmentId !== null && (await departmentZh(db, departmentId)) !== null);
}

/**
 * Checks and applies one action inside the caller's transaction: the case row is read for update,
 * the state machine and the session's permissions decide (src/domain/case-machine.ts), and only this
 * case's row, one timeline event and its result photos are written.
 */
export async function applyAction(tx: SqlRunner, id: string, fields: ActionFields, stored: ReadonlyArray<{ url: string; name: string }>, session: Session, now: Date): Promise<void> {
  const row = (await tx.get<CaseRow>(`SELECT * FROM cases WHERE id = ?${tx.dialect.forUpdate ? ` ${tx.dialect.forUpdate}` : ''}`, [id]))!;
  const location = JSON.parse(row.location) as CaseLocation;
  const department = row.department_id ? { id: row.department_id, name: row.department_name ?? row.department_id } : null;
  const level = ESCALATION_LEVELS[row.escalation_rank]!;
  const mine = await isMine(tx, row, session);
  const refusal = checkAction(session, { status: row.status, mine, rating: row.rating, department, escalationLevel: level, location }, fields.action);
  throwIfRefused(refusal, fields.action, { status: row.status, publicNumber: row.public_number });
  throwIfInvalid(actionNoteErrors(fields.action, fields.note), 'The action has errors');

  const at = now.toISOString();
  const from = row.status;
  // What this action needs of the catalogue: the department it goes to, the time limit of a new round.
  const dispatched = fields.action === 'dispatch' ? { id: fields.departmentId!, name: (await departmentZh(tx, fields.departmentId!))! } : undefined;
  const sla = fields.action === 'reopen' ? await tx.get<{ sla_hours: number }>('SELECT sla_hours FROM case_categories WHERE code = ?', [row.category_code]) : undefined;
  const { step, next: state, results } = applyCaseAction(
    { status: from, department, closedAt: row.closed_at, rating: row.rating, dueAt: row.due_at, urgency: row.urgency, escalationLevel: level },
    {
      caseId: id,
      eventCount: row.event_count,
      photoCount: row.photo_count,
      fields,
      ...(dispatched ? { department: dispatched } : {}),
      ...(sla ? { slaHours: sla.sla_hours } : {}),
      photos: stored,
      session,
      now,
    },
  );
  const to = state.status;
  const next = { ...state, rank: escalationRank(state.escalationLevel) };
  // `caseFacts`, one event on: settled when the work is first done, cleared when the case opens again.
  const settledAt = !SETTLED_STATES.has(to) ? null : SETTLED_STATES.has(from) ? row.settled_at : at;
  await tx.run(
    `UPDATE cases SET status = ?, settled = ?, updated_at = ?, department_id = ?, department_name = ?, closed_at = ?, rating = ?, due_at = ?,
       escalation_rank = ?, settled_at = ?, event_count = event_count + 1, photo_count = photo_count + ? WHERE id = ?`,
    [to, SETTLED_STATES.has(to) ? 1 : 0, at, next.department?.id ?? null, next.department?.name ?? null, next.closedAt, next.rating, next.dueAt, next.rank, settledAt, results.length, id],
  );
  await insertEvents(tx, [eventValues(id, row.event_count + 1, step)]);
  await rollupChange(tx, row, { ...row, status: to, department_id: next.department?.id ?? null, closed_at: next.closedAt, rating: next.rating, due_at: next.dueAt, settled_at: settledAt, escalation_rank: next.rank });
  const urged = step.department?.id ?? next.department?.id;
  if (fields.action === 'urge' && urged) await rollupUrge(tx, row.location, urged, at);
  if (results.length) await insertPhotos(tx, results.map((p, i) => [id, row.photo_count + i + 1, p.id, p.kind, p.name, p.url]));
}
