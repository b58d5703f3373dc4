import type { SqlRunner } from '../db.js';

/** The community depth: `volunteer_totals` is kept per community (`area3`). */
export const TOTALS_DEPTH = 3;

/** Fills `volunteer_totals` from the seeded rows: everyone per community and profile, then per team too. */
export async function seedTotals(tx: SqlRunner): Promise<void> {
  await tx.run(
    `INSERT INTO volunteer_totals (area3, area1, area2, team_id, profile, volunteers, party, seed_hours)
     SELECT v.area3, MIN(v.area1), MIN(v.area2), '', v.profile, COUNT(*), SUM(v.party), SUM(v.seed_hours_year)
     FROM volunteers v GROUP BY v.area3, v.profile`,
  );
  await tx.run(
    `INSERT INTO volunteer_totals (area3, area1, area2, team_id, profile, volunteers, party, seed_hours)
     SELECT v.area3, MIN(v.area1), MIN(v.area2), m.team_id, v.profile, COUNT(*), SUM(v.party), SUM(v.seed_hours_year)
     FROM team_members m JOIN volunteers v ON v.row_no = m.row_no GROUP BY v.area3, m.team_id, v.profile`,
  );
}

/** Counts volunteer `row` once more under `teamId` ('' for everyone), with their party membership and seeded hours. */
export async function addToTotals(tx: SqlRunner, row: number, teamId: string): Promise<void> {
  await tx.run(
    `INSERT INTO volunteer_totals (area3, area1, area2, team_id, profile, volunteers, party, seed_hours)
     SELECT v.area3, v.area1, v.area2, ?, v.profile, 1, v.party, v.seed_hours_year FROM volunteers v WHERE v.row_no = ?
     ON CONFLICT (area3, team_id, profile) DO UPDATE SET
       volunteers = volunteer_totals.volunteers + 1,
       party = volunteer_totals.party + excluded.party,
       seed_hours = volunteer_totals.seed_hours + excluded.seed_hours`,
    [teamId, row],
  );
}
