import { AdapterError } from '../../../../src/adapters/errors.js';
import { cityDate } from '../../../../src/domain/city-clock.js';
import { fieldErrorsFrom, hasErrors } from '../../../../src/domain/field-errors.js';
import { maskIdNumber, maskPhone } from '../../../../src/domain/masking.js';
import { joinedVolunteer, joinReference, type JoinedVolunteer } from '../../../../src/domain/volunteer-join.js';
import { JoinRequest, SKILLS, type JoinReceipt } from '../../../../src/domain/volunteers.js';
import type { SqlContext } from '../context.js';
import type { SqlRunner } from '../db.js';
import { idempotent } from '../idempotent.js';
import { areaColumns } from './area-levels.js';
import { nextCounter } from './counters.js';
import { joinedNameRank } from './name-rank.js';
import { findRow, toVolunteers } from './rows.js';
import { volunteerId } from './seed.js';
import { volunteerTerms } from './terms.js';
import { addToTotals } from './totals.js';

/** `volunteers.join`: a new volunteer, or one already known by phone joining another team. Idempotent by key. */
export async function joinVolunteers(ctx: SqlContext, request: JoinRequest): Promise<JoinReceipt> {
  const errors = fieldErrorsFrom(JoinRequest, request);
  const community =
    !errors.communityId && typeof request?.communityId === 'string'
      ? await ctx.db.get<{ label: string }>('SELECT label FROM volunteer_places WHERE id = ? AND is_community = 1', [request.communityId])
      : undefined;
  if (!errors.communityId && !community) errors.communityId = { code: 'invalid_option' };
  const team =
    !errors.teamId && typeof request?.teamId === 'string' && request.teamId
      ? await ctx.db.get<{ id: string }>('SELECT id FROM teams WHERE id = ?', [request.teamId])
      : undefined;
  if (!errors.teamId && request?.teamId && !team) errors.teamId = { code: 'invalid_option' };
  if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid join request', { fieldErrors: errors });

  return idempotent(ctx, 'volunteers.join', request.idempotencyKey, request, async (tx) => {
    const now = ctx.now();
    const date = cityDate(now);
    // Joins take turns (PostgreSQL: the row counter's lock), so two people joining with one new phone make one volunteer.
    await tx.get(`SELECT value FROM volunteer_counters WHERE name = 'rows'${tx.dialect.forUpdate}`);
    const known = await tx.get<{ row_no: number }>('SELECT row_no FROM volunteers WHERE phone = ? ORDER BY row_no LIMIT 1', [request.phone]);
    const joined = joinedVolunteer(request, { known: !!known, community: { id: request.communityId, name: community!.label }, now });
    const row = joined ? (await nextCounter(tx, 'rows')) - 1 : known!.row_no;
    if (joined) {
      await insertJoined(tx, row, joined);
      await addToTotals(tx, row, '');
    }
    if (team) await addTeam(tx, row, team.id);
    const referenceNumber = joinReference(now, await nextCounter(tx, `reference:${date}`));
    const [volunteer] = await toVolunteers(tx, [(await findRow(tx, volunteerId(row)))!]);
    return { referenceNumber, volunteer: volunteer! };
  });
}

async function insertJoined(tx: SqlRunner, row: number, joined: JoinedVolunteer): Promise<void> {
  const { name, phone, idNumber, skills, areaId, joinedDay } = joined;
  const nameLower = name.toLowerCase();
  await tx.run(
    `INSERT INTO volunteers (row_no, id, name, name_lower, name_rank, phone, phone_masked, id_number, id_number_masked,
       skills, availability, area_id, area_name, area1, area2, area3, area4, area5, party, joined_day, joined_day_neg,
       seed_hours_year, seed_hours_total, logged_year, logged_total, hours_year, hours_year_neg, hours_total, profile)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0)`,
    [
      row, volunteerId(row), name, nameLower, await joinedNameRank(tx, name), phone, maskPhone(phone), idNumber, maskIdNumber(idNumber),
      skills, joined.availability, areaId, joined.areaName, ...areaColumns(areaId),
      joined.partyMember ? 1 : 0, joinedDay, -joinedDay,
    ],
  );
  for (let s = 0; s < SKILLS.length; s++) if (skills & (1 << s)) await tx.run('INSERT INTO volunteer_skills (skill, row_no) VALUES (?, ?)', [s, row]);
  for (const term of volunteerTerms(nameLower, phone)) await tx.run('INSERT INTO volunteer_terms (term, row_no) VALUES (?, ?)', [term, row]);
}

/** A volunteer joins a team (once): last in their list of teams, counted in the team's totals with their hours. */
async function addTeam(tx: SqlRunner, row: number, teamId: string): Promise<void> {
  const added = await tx.run(
    `INSERT INTO team_members (row_no, team_id, seq)
     SELECT ?, ?, COALESCE(MAX(seq) + 1, 0) FROM team_members WHERE row_no = ?
     ON CONFLICT (row_no, team_id) DO NOTHING`,
    [row, teamId, row],
  );
  if (added.changes === 0) return;
  await addToTotals(tx, row, teamId);
  await tx.run(
    'UPDATE teams SET member_count = member_count + 1, hours_year = hours_year + (SELECT hours_year FROM volunteers WHERE row_no = ?) WHERE id = ?',
    [row, teamId],
  );
}
