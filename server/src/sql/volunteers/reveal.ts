import { AdapterError } from '../../../../src/adapters/errors.js';
import type { RevealField } from '../../../../src/domain/volunteers.js';
import type { SqlContext } from '../context.js';
import { requireSignedIn } from '../../../../src/adapters/memory/apis/refusals.js';
import { findRow } from './rows.js';

/** `volunteers.reveal`: the clear value, for `volunteer:contact` only, and an audit row for every look. */
export async function revealVolunteerField(ctx: SqlContext, id: string, field: RevealField): Promise<{ value: string }> {
  const session = requireSignedIn(ctx.session, 'volunteer:contact');
  if (!(await findRow(ctx.db, id))) throw new AdapterError('not_found', `No volunteer ${id}`);
  if (field !== 'phone' && field !== 'idNumber') {
    throw new AdapterError('validation', 'Unknown field', { fieldErrors: { field: { code: 'invalid_option' } } });
  }
  const column = field === 'phone' ? 'phone' : 'id_number';
  return ctx.db.transaction(async (tx) => {
    const row = await tx.get<{ value: string }>(`SELECT ${column} AS value FROM volunteers WHERE id = ?`, [id]);
    await tx.run('INSERT INTO volunteer_reveals (volunteer_id, field, user_id, at) VALUES (?, ?, ?, ?)', [id, field, session.userId, ctx.now().toISOString()]);
    return { value: row!.value };
  });
}
