import { createContext } from '../../../../src/adapters/memory/context.js';
import { PROFILES } from '../../../../src/adapters/memory/apis/volunteer-stats.js';
import { idNumber } from '../../../../src/adapters/memory/names.js';
import { baseOrder } from '../../../../src/adapters/memory/world/volunteer-order.js';
import { generateVolunteers, type VolunteerWorld } from '../../../../src/adapters/memory/world/volunteers.js';
import { maskIdNumber, maskPhone } from '../../../../src/domain/masking.js';
import { SKILLS } from '../../../../src/domain/volunteers.js';
import type { SeedInput } from '../context.js';
import type { SqlRunner } from '../db.js';
import { VOLUNTEER_INDEXES } from '../migrations/004-volunteers.js';
import { areaColumns } from './area-levels.js';
import { BATCH_ROWS, BatchInsert } from './batch.js';
import { volunteerTerms } from './terms.js';
import { seedTotals } from './totals.js';

/** Seeded hours are spread over the year by one of the memory adapter's patterns, chosen by row (`i % P`). */
const HOUR_PROFILES = PROFILES.length;

/** The memory adapter's volunteer world for this seed, sizes and epoch, made the way the memory adapter makes it. */
export function seededWorld(input: SeedInput): VolunteerWorld {
  const ctx = createContext({
    seed: input.seed,
    sizes: input.sizes,
    epoch: input.epoch,
    now: () => input.epoch,
    session: () => ({ userId: null, displayName: '', roles: [], permissions: [], areaIds: [] }),
    onChange: () => undefined,
    register: () => undefined,
  });
  return ctx.world('volunteers', () => generateVolunteers(ctx.rng('volunteers'), ctx.areas, ctx.sizes, ctx.epoch));
}

/**
 * Fills a fresh database with the memory adapter's volunteers, teams and places for the same seed:
 * the same ids, in the same order, with the same figures. Runs inside the seeding transaction.
 */
export async function seedVolunteers(tx: SqlRunner, input: SeedInput): Promise<void> {
  const w = seededWorld(input);
  // Rows first, indexes after: building an index from loaded rows is one sort, not a B-tree insert per row.
  for (const index of VOLUNTEER_INDEXES) await tx.run(`DROP INDEX IF EXISTS ${index.name}`);

  const teams = new BatchInsert(tx, 'teams', ['team_no', 'id', 'name', 'kind', 'leader_name', 'area_id', 'description', 'member_count', 'hours_year']);
  for (const [t, team] of w.teams.entries()) {
    await teams.add([t, team.id, team.name, team.kind, team.leaderName, team.areaId, team.description, team.memberCount, team.hoursThisYear]);
  }
  await teams.flush();

  // Communities are the places that are their own community (a compound's label adds its name).
  const places = new BatchInsert(tx, 'volunteer_places', ['id', 'label', 'is_community']);
  for (const place of w.places) await places.add([place.id, place.label, areaColumns(place.id)[3] === null ? 1 : 0]);
  await places.flush();

  const placeAreas = w.places.map((place) => areaColumns(place.id));
  const rank = new Float64Array(w.count);
  baseOrder(w, 'name').forEach((row, position) => (rank[row] = position));

  const volunteers = new BatchInsert(tx, 'volunteers', [
    'row_no', 'id', 'name', 'name_lower', 'name_rank', 'phone', 'phone_masked', 'id_number', 'id_number_masked',
    'skills', 'availability', 'area_id', 'area_name', 'area1', 'area2', 'area3', 'area4', 'area5', 'party',
    'joined_day', 'joined_day_neg', 'seed_hours_year', 'seed_hours_total', 'logged_year', 'logged_total',
    'hours_year', 'hours_year_neg', 'hours_total', 'profile',
  ]);
  const members = new BatchInsert(tx, 'team_members', ['row_no', 'team_id', 'seq']);
  const skills = new BatchInsert(tx, 'volunteer_skills', ['skill', 'row_no']);
  const terms = new BatchInsert(tx, 'volunteer_terms', ['term', 'row_no']);
  // Chunk by chunk, each chunk's volunteers before the rows that refer to them.
  for (let start = 0; start < w.count; start += BATCH_ROWS) {
    const end = Math.min(w.count, start + BATCH_ROWS);
    for (let i = start; i < end; i++) {
      const place = w.places[w.place[i]!]!;
      const areas = placeAreas[w.place[i]!]!;
      const name = w.names[i]!;
      const phone = w.phones[i]!;
      const id = idNumber(w.idRng.fork(`id:${i}`));
      const hoursYear = w.hoursYear[i]!;
      await volunteers.add([
        i, volunteerId(i), name, name.toLowerCase(), rank[i]!, phone, maskPhone(phone), id, maskIdNumber(id),
        w.skills[i]!, w.availability[i]!, place.id, place.label, ...areas, w.party[i]!,
        w.joined[i]!, -w.joined[i]!, hoursYear, w.hoursTotal[i]!, 0, 0,
        hoursYear, -hoursYear, w.hoursTotal[i]!, i % HOUR_PROFILES,
      ]);
    }
    await volunteers.flush();
    for (let i = start; i < end; i++) {
      let seq = 0;
      for (const t of [w.team1[i]!, w.team2[i]!]) if (t >= 0) await members.add([i, w.teams[t]!.id, seq++]);
      for (let s = 0; s < SKILLS.length; s++) if (w.skills[i]! & (1 << s)) await skills.add([s, i]);
      for (const term of volunteerTerms(w.names[i]!.toLowerCase(), w.phones[i]!)) await terms.add([term, i]);
    }
  }
  for (const batch of [members, skills, terms]) await batch.flush();

  for (const index of VOLUNTEER_INDEXES) await tx.run(index.sql);
  await seedTotals(tx);
  // Statistics for the planner, so a filter most volunteers match (party members) does not drive a query.
  for (const table of ['volunteers', 'team_members', 'volunteer_skills', 'volunteer_terms']) await tx.run(`ANALYZE ${table}`);

  await tx.run('INSERT INTO volunteer_counters (name, value) VALUES (?, ?), (?, ?), (?, ?)', ['rows', w.count, 'seeded', w.count, 'logs', 0]);
}

/** `v-000001` for row 0, as the memory adapter numbers them. */
export function volunteerId(row: number): string {
  return `v-${String(row + 1).padStart(6, '0')}`;
}
