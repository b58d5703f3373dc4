import type { VolunteersApi } from '../../../../src/adapters/contract.js';
import { AdapterError } from '../../../../src/adapters/errors.js';
import { pageLimit } from '../../../../src/adapters/memory/paging.js';
import { roundHours } from '../../../../src/adapters/memory/world/volunteers.js';
import { fieldErrorsFrom, hasErrors } from '../../../../src/domain/field-errors.js';
import { hasPermission } from '../../../../src/domain/session.js';
import { VolunteerQuery, type Team, type TeamKind } from '../../../../src/domain/volunteers.js';
import type { SqlContext } from '../context.js';
import { cachedCount } from './count-cache.js';
import { counter } from './counters.js';
import { decodeKeyset, encodeKeyset } from './cursor.js';
import { joinVolunteers } from './join.js';
import { logVolunteerHours } from './log-hours.js';
import { countSql, pageMode, pageWhere, SORT_KEYS, volunteerFilter } from './query.js';
import { revealVolunteerField } from './reveal.js';
import { findRow, toVolunteers, VOLUNTEER_COLUMNS, type VolunteerRow } from './rows.js';
import { volunteerStats } from './stats.js';

export { seedVolunteers } from './seed.js';

interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  leader_name: string;
  member_count: number;
  hours_year: number;
  area_id: string | null;
  description: string;
}

/** The VolunteersApi in SQL, for one request's context: what the memory adapter answers, from the database. */
export function createSqlVolunteersApi(ctx: SqlContext): VolunteersApi & Required<Pick<VolunteersApi, 'stats'>> {
  const { db } = ctx;
  return {
    async teams(): Promise<Team[]> {
      const rows = await db.all<TeamRow>('SELECT id, name, kind, leader_name, member_count, hours_year, area_id, description FROM teams ORDER BY team_no');
      return rows.map((t) => ({
        id: t.id,
        name: t.name,
        kind: t.kind,
        leaderName: t.leader_name,
        memberCount: Number(t.member_count),
        hoursThisYear: roundHours(Math.max(0, t.hours_year)),
        areaId: t.area_id,
        description: t.description,
      }));
    },

    async query(query, options = {}) {
      const errors = fieldErrorsFrom(VolunteerQuery, query);
      if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid volunteer query', { fieldErrors: errors });
      const keys = SORT_KEYS[query.sort ?? 'name'];
      const after = decodeKeyset(options.cursor, query.sort ?? 'name', keys.length);
      const limit = pageLimit(options.limit);
      const mayReveal = hasPermission(ctx.session, 'volunteer:contact');
      const filter = volunteerFilter(query, mayReveal);
      const all = await counter(db, 'rows');
      // Nothing filters: every row (rows are never deleted), without counting them.
      const unfiltered = !filter.lists.length && !filter.checks.length;
      const counting = countSql(filter);
      const total = unfiltered ? all : await cachedCount(db, counting, all, !query.teamId);
      // Many matches: walk the sort's index; few: fetch them by the filters' indexes.
      const mode = pageMode(total, all, filter);
      const where = pageWhere(filter, mode);
      const columns = keys.map((k) => `v.${k}`).join(', ');
      const keyset = after ? ` AND (${columns}) > (${keys.map(() => '?').join(', ')})` : '';
      // Name text's few matches are sorted: `+ 0` keeps PostgreSQL from walking the sort's index for them instead.
      const order = mode === 'indexed' && filter.byNameText ? keys.map((k, i) => `v.${k}${i === 0 ? ' + 0' : ''}`).join(', ') : columns;
      const rows = await db.all<VolunteerRow>(
        `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers v WHERE ${where.sql}${keyset} ORDER BY ${order} LIMIT ?`,
        [...where.params, ...(after ?? []), limit + 1],
      );
      const shown = rows.slice(0, limit);
      const last = shown[shown.length - 1];
      return {
        items: await toVolunteers(db, shown),
        nextCursor: rows.length > limit && last ? encodeKeyset(query.sort ?? 'name', keys.map((k) => Number(last[k as keyof VolunteerRow]))) : null,
        total,
      };
    },

    async get(id) {
      const row = await findRow(db, id);
      if (!row) throw new AdapterError('not_found', `No volunteer ${id}`);
      return (await toVolunteers(db, [row]))[0]!;
    },

    reveal: (id, field) => revealVolunteerField(ctx, id, field),
    join: (request) => joinVolunteers(ctx, request),
    logHours: (input) => logVolunteerHours(ctx, input),
    stats: (query) => volunteerStats(ctx, query),
  };
}
