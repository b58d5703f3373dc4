import { cityMidnight, cityYear } from '../../../domain/city-clock.js';
import { resolveStatsPeriod, round2, statsMonths, type StatsQuery, type VolunteerStats } from '../../../domain/stats.js';
import { isWithinArea } from '../world/areas.js';
import type { VolunteerRows } from './volunteer-rows.js';

const HOUR_MS = 3_600_000;

/**
 * When the seeded hours were served. The seed keeps one figure per volunteer, hours this (city) year up
 * to the epoch; here they are spread over that stretch by one of four patterns of the year (steady,
 * summer, winter visits, school terms), so months differ as they do in a real city. Hours logged
 * through the adapter count on the day they were logged for. Over the year to date the spread adds up
 * to each volunteer's `hoursThisYear`, so team totals agree with `volunteers.teams`.
 */
export const PROFILES: ReadonlyArray<readonly number[]> = [
  [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  [0.6, 0.6, 0.8, 1, 1.2, 1.5, 1.6, 1.5, 1.1, 0.9, 0.7, 0.6],
  [1.6, 1.5, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.3, 1.5],
  [0.8, 0.5, 1.2, 1.2, 1.2, 1.1, 0.6, 0.5, 1.3, 1.2, 1.2, 1],
];

/** The weight of profile `p` over [a, b), month by month. */
export function weight(p: number, a: number, b: number): number {
  if (b <= a) return 0;
  let sum = 0;
  for (const month of statsMonths(new Date(a), new Date(b))) {
    sum += PROFILES[p]![Number(month.key.slice(5)) - 1]! * (month.end.getTime() - month.start.getTime());
  }
  return sum;
}

export interface VolunteerStatsEnv {
  now: Date;
  /** The seeded world's epoch: seeded hours were served in its city year, up to it. */
  epoch: Date;
  rootId: string;
}

/** `volunteers.stats`: the figures `VolunteerStats` defines, in one pass over the rows of the area. */
export function computeVolunteerStats(r: VolunteerRows, query: StatsQuery, env: VolunteerStatsEnv): VolunteerStats {
  const { from, to } = resolveStatsPeriod(query, env.now);
  const areaId = query.areaId ?? env.rootId;
  const w = r.world;
  const teamCount = w.teams.length;
  const P = PROFILES.length;

  // Seeded hours this year, per profile, for the area and for each team.
  const total = new Float64Array(P);
  const byTeam = new Float64Array(teamCount * P);
  const members = new Uint32Array(teamCount);
  let volunteers = 0;
  let party = 0;
  const inArea = Uint8Array.from(w.places, (p) => (isWithinArea(p.id, areaId) ? 1 : 0));
  const here = (i: number) => (i < w.count ? inArea[w.place[i]!] === 1 : isWithinArea(r.areaId(i), areaId));
  for (let i = 0; i < r.count; i++) {
    if (!here(i)) continue;
    volunteers++;
    if (r.party(i)) party++;
    const teams = r.teams(i);
    for (const t of teams) members[t]!++;
    const hours = i < w.count ? w.hoursYear[i]! : 0;
    if (!hours) continue;
    const p = i % P;
    total[p]! += hours;
    for (const t of teams) byTeam[t * P + p]! += hours;
  }

  // The share of each profile's year-to-date weight that falls in a bucket.
  const yearStart = cityMidnight(`${cityYear(env.epoch)}-01-01`).getTime();
  const seededEnd = Math.max(env.epoch.getTime(), yearStart + HOUR_MS);
  const whole = PROFILES.map((_, p) => weight(p, yearStart, seededEnd));
  const shares = (a: Date, b: Date) =>
    PROFILES.map((_, p) => weight(p, Math.max(a.getTime(), yearStart), Math.min(b.getTime(), seededEnd)) / whole[p]!);
  const seeded = (sums: Float64Array, offset: number, share: number[]) => {
    let hours = 0;
    for (let p = 0; p < P; p++) hours += sums[offset + p]! * share[p]!;
    return hours;
  };

  // Logged hours, on their day.
  const logs = r.logs.flatMap((log) => {
    const i = r.indexOf(log.volunteerId);
    const at = cityMidnight(log.date).getTime();
    return i !== -1 && here(i) && at >= from.getTime() && at < to.getTime() ? [{ at, hours: log.hours, teams: r.teams(i) }] : [];
  });

  const period = shares(from, to);
  const teamRows = w.teams
    .map((team, t) => ({
      teamId: team.id,
      teamName: team.name,
      kind: team.kind,
      members: members[t]!,
      hours: round2(seeded(byTeam, t * P, period) + logs.filter((l) => l.teams.includes(t)).reduce((sum, l) => sum + l.hours, 0)),
    }))
    .filter((row) => row.members > 0)
    .sort((a, b) => b.hours - a.hours || a.teamId.localeCompare(b.teamId));

  return {
    areaId,
    from: from.toISOString(),
    to: to.toISOString(),
    volunteers,
    partyMembers: party,
    hours: round2(seeded(total, 0, period) + logs.reduce((sum, l) => sum + l.hours, 0)),
    byTeam: teamRows,
    byMonth: statsMonths(from, to).map((month) => ({
      month: month.key,
      hours: round2(
        seeded(total, 0, shares(month.start, month.end)) +
          logs.filter((l) => l.at >= month.start.getTime() && l.at < month.end.getTime()).reduce((sum, l) => sum + l.hours, 0),
      ),
    })),
  };
}
