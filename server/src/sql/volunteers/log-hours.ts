import { AdapterError } from '../../../../src/adapters/errors.js';
import { requireSignedIn } from '../../../../src/adapters/memory/apis/refusals.js';
import { roundHours } from '../../../../src/adapters/memory/world/volunteers.js';
import { cityDate, cityMidnight } from '../../../../src/domain/city-clock.js';
import { hasErrors } from '../../../../src/domain/field-errors.js';
import { validateHourLog } from '../../../../src/domain/volunteer-validation.js';
import { addLoggedHours, newHourLog } from '../../../../src/domain/hour-log.js';
import type { HourLog, HourLogInput } from '../../../../src/domain/volunteers.js';
import type { SqlContext } from '../context.js';
import { idempotent } from '../idempotent.js';
import { nextCounter } from './counters.js';
import { findRow } from './rows.js';

interface Hours {
  seed_hours_year: number;
  seed_hours_total: number;
  logged_year: number;
  logged_total: number;
  hours_year: number;
}

/**
 * `volunteers.logHours`: one log row, the volunteer's hours (this year only when the day is in the
 * current city year) and their teams' totals, in one transaction. Idempotent by key.
 */
export async function logVolunteerHours(ctx: SqlContext, input: HourLogInput): Promise<HourLog> {
  requireSignedIn(ctx.session, 'volunteer:log-hours');
  const today = cityDate(ctx.now());
  const errors = validateHourLog(input, today);
  if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid hours', { fieldErrors: errors });
  const volunteer = await findRow(ctx.db, input.volunteerId);
  if (!volunteer) throw new AdapterError('not_found', `No volunteer ${input.volunteerId}`);

  return idempotent(ctx, 'volunteers.logHours', input.idempotencyKey, input, async (tx) => {
    const row = volunteer.row_no;
    const before = (await tx.get<Hours>(
      `SELECT seed_hours_year, seed_hours_total, logged_year, logged_total, hours_year FROM volunteers WHERE row_no = ?${tx.dialect.forUpdate}`,
      [row],
    ))!;
    // The same sums, rounded the same way, as the memory adapter keeps them.
    const logged = addLoggedHours({ year: before.logged_year, total: before.logged_total }, input, today);
    const hoursYear = roundHours(before.seed_hours_year + logged.year);
    await tx.run(
      'UPDATE volunteers SET logged_year = ?, logged_total = ?, hours_year = ?, hours_year_neg = ?, hours_total = ? WHERE row_no = ?',
      [logged.year, logged.total, hoursYear, -hoursYear, roundHours(before.seed_hours_total + logged.total), row],
    );
    if (hoursYear !== before.hours_year) {
      await tx.run('UPDATE teams SET hours_year = hours_year + ? WHERE id IN (SELECT team_id FROM team_members WHERE row_no = ?)', [
        hoursYear - before.hours_year,
        row,
      ]);
    }
    const log = newHourLog(await nextCounter(tx, 'logs'), input, ctx.now());
    await tx.run(
      'INSERT INTO hour_logs (log_no, id, row_no, volunteer_id, date, day_start_ms, hours, activity, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [Number(log.id.slice(3)), log.id, row, log.volunteerId, log.date, cityMidnight(log.date).getTime(), log.hours, log.activity, log.loggedAt],
    );
    return log;
  });
}
