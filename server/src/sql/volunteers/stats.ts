import { AdapterError } from '../../../../src/adapters/errors.js';
import { PROFILES, weight } from '../../../../src/adapters/memory/apis/volunteer-stats.js';
import { cityMidnight, cityYear } from '../../../../src/domain/city-clock.js';
import { hasErrors } from '../../../../src/domain/field-errors.js';
import { resolveStatsPeriod, round2, StatsQuery, statsMonths, statsQueryErrors, type VolunteerStats } from '../../../../src/domain/stats.js';
import type { TeamKind } from '../../../../src/domain/volunteers.js';
import type { SqlContext } from '../context.js';
import type { SqlValue } from '../db.js';
import { areaDepth, ROOT_AREA_ID, withinArea } from './area-levels.js';
import { TOTALS_DEPTH } from './totals.js';

const HOUR_MS = 3_600_000;
const P = PROFILES.length;

/**
 * `volunteers.stats`, the memory adapter's figures from SQL aggregates: counts and seeded hours per
 * hour profile (for the area and per team; from `volunteer_totals` down to a community) are summed by
 * the database, logged hours per day and per team;
 * spreading the seeded hours over the period by profile (a few numbers) is done here, as the memory adapter does.
 */
export async function volunteerStats(ctx: SqlContext, query: StatsQuery): Promise<VolunteerStats> {
  const now = ctx.now();
  const errors = statsQueryErrors(query, now);
  if (!errors.areaId && query?.areaId && !(await ctx.db.get('SELECT 1 AS found FROM areas WHERE id = ?', [query.areaId]))) {
    errors.areaId = { code: 'invalid_option' };
  }
  if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid stats query', { fieldErrors: errors });
  const q = StatsQuery.parse(query);
  const { from, to } = resolveStatsPeriod(q, now);
  const areaId = q.areaId ?? ROOT_AREA_ID;
  const db = ctx.db;
  // Down to a community, from the per-community totals; below it (a grid, a compound), from the few rows there.
  const fromTotals = areaId === ROOT_AREA_ID || areaDepth(areaId) <= TOTALS_DEPTH;
  const area = withinArea(areaId, fromTotals ? 't' : 'v');
  const where = area ? area.sql : '1 = 1';
  const params: SqlValue[] = area ? area.params : [];
  const logWhere = withinArea(areaId);

  const [counts, byProfile, teamProfiles, teams, logDays, logTeams, epochRow] = await Promise.all([
    fromTotals
      ? db.get<{ volunteers: number | null; party: number | null }>(
          `SELECT SUM(t.volunteers) AS volunteers, SUM(t.party) AS party FROM volunteer_totals t WHERE t.team_id = '' AND ${where}`,
          params,
        )
      : db.get<{ volunteers: number | null; party: number | null }>(`SELECT COUNT(*) AS volunteers, SUM(v.party) AS party FROM volunteers v WHERE ${where}`, params),
    fromTotals
      ? db.all<{ profile: number; hours: number }>(
          `SELECT t.profile, SUM(t.seed_hours) AS hours FROM volunteer_totals t WHERE t.team_id = '' AND ${where} GROUP BY t.profile`,
          params,
        )
      : db.all<{ profile: number; hours: number }>(`SELECT v.profile, SUM(v.seed_hours_year) AS hours FROM volunteers v WHERE ${where} GROUP BY v.profile`, params),
    fromTotals
      ? db.all<{ team_id: string; profile: number; members: number; hours: number }>(
          `SELECT t.team_id, t.profile, SUM(t.volunteers) AS members, SUM(t.seed_hours) AS hours
           FROM volunteer_totals t WHERE t.team_id <> '' AND ${where} GROUP BY t.team_id, t.profile`,
          params,
        )
      : db.all<{ team_id: string; profile: number; members: number; hours: number }>(
          `SELECT m.team_id, v.profile, COUNT(*) AS members, SUM(v.seed_hours_year) AS hours
           FROM team_members m JOIN volunteers v ON v.row_no = m.row_no WHERE ${where} GROUP BY m.team_id, v.profile`,
          params,
        ),
    db.all<{ id: string; name: string; kind: TeamKind }>('SELECT id, name, kind FROM teams ORDER BY team_no'),
    db.all<{ at: number; hours: number }>(
      `SELECT l.day_start_ms AS at, SUM(l.hours) AS hours FROM hour_logs l JOIN volunteers v ON v.row_no = l.row_no
       WHERE l.day_start_ms >= ? AND l.day_start_ms < ? AND ${logWhere?.sql ?? '1 = 1'} GROUP BY l.day_start_ms`,
      [from.getTime(), to.getTime(), ...(logWhere?.params ?? [])],
    ),
    db.all<{ team_id: string; hours: number }>(
      `SELECT m.team_id, SUM(l.hours) AS hours FROM hour_logs l JOIN volunteers v ON v.row_no = l.row_no JOIN team_members m ON m.row_no = l.row_no
       WHERE l.day_start_ms >= ? AND l.day_start_ms < ? AND ${logWhere?.sql ?? '1 = 1'} GROUP BY m.team_id`,
      [from.getTime(), to.getTime(), ...(logWhere?.params ?? [])],
    ),
    db.get<{ value: string }>("SELECT value FROM meta WHERE name = 'epoch'"),
  ]);

  const total = new Float64Array(P);
  for (const row of byProfile) total[row.profile] = Number(row.hours);
  const teamIndex = new Map(teams.map((t, i) => [t.id, i]));
  const byTeam = new Float64Array(teams.length * P);
  const members = new Uint32Array(teams.length);
  for (const row of teamProfiles) {
    const t = teamIndex.get(row.team_id)!;
    members[t]! += Number(row.members);
    byTeam[t * P + row.profile] = Number(row.hours);
  }
  const loggedByTeam = new Map(logTeams.map((row) => [row.team_id, Number(row.hours)]));

  // The share of each profile's year-to-date weight that falls in a bucket (as computeVolunteerStats has it).
  const epoch = new Date(epochRow!.value);
  const yearStart = cityMidnight(`${cityYear(epoch)}-01-01`).getTime();
  const seededEnd = Math.max(epoch.getTime(), yearStart + HOUR_MS);
  const whole = PROFILES.map((_, p) => weight(p, yearStart, seededEnd));
  const shares = (a: Date, b: Date) =>
    PROFILES.map((_, p) => weight(p, Math.max(a.getTime(), yearStart), Math.min(b.getTime(), seededEnd)) / whole[p]!);
  const seeded = (sums: Float64Array, offset: number, share: number[]) => {
    let hours = 0;
    for (let p = 0; p < P; p++) hours += sums[offset + p]! * share[p]!;
    return hours;
  };
  const logged = (a: number, b: number) => logDays.reduce((sum, d) => (d.at >= a && d.at < b ? sum + Number(d.hours) : sum), 0);

  const period = shares(from, to);
  return {
    areaId,
    from: from.toISOString(),
    to: to.toISOString(),
    volunteers: Number(counts?.volunteers ?? 0),
    partyMembers: Number(counts?.party ?? 0),
    hours: round2(seeded(total, 0, period) + logged(from.getTime(), to.getTime())),
    byTeam: teams
      .map((team, t) => ({
        teamId: team.id,
        teamName: team.name,
        kind: team.kind,
        members: members[t]!,
        hours: round2(seeded(byTeam, t * P, period) + (loggedByTeam.get(team.id) ?? 0)),
      }))
      .filter((row) => row.members > 0)
      .sort((a, b) => b.hours - a.hours || a.teamId.localeCompare(b.teamId)),
    byMonth: statsMonths(from, to).map((month) => ({
      month: month.key,
      hours: round2(seeded(total, 0, shares(month.start, month.end)) + logged(month.start.getTime(), month.end.getTime())),
    })),
  };
}
