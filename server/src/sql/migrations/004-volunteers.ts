import type { Migration } from './index.js';

/**
 * Volunteers, their teams and hours (VolunteersApi). One row per volunteer carries every filter and
 * sort key, so a filtered first page is one index range:
 * - `row_no` is the memory adapter's row index (`v-000001` is row 0); seeded rows first, joined after.
 * - `name_rank` is the position in name order (zh-CN collation, worked out in JS: SQL collations
 *   differ per engine); a joined name gets the rank half below the seeded name it sorts before.
 *   Every sort ends in (name_rank, row_no), and the `_neg` columns turn "descending" into an
 *   ascending key, so keyset paging is one row-value comparison.
 * - `area1` … `area5` are the place id's ancestors and itself by level (district, street, community,
 *   grid, compound): area ids encode their ancestry, so "within area X" is `area<depth of X> = X`.
 * - `skills` and `availability` are bitmasks over SKILLS / AVAILABILITY; `volunteer_skills` lists each
 *   skill's volunteers, and "any of these times" is `availability IN (…)` over the seven masks.
 * - Masked contact values are stored beside the clear ones; only `reveal` reads the clear ones.
 * `volunteer_totals` keeps, per community, team ('' for everyone) and hour profile, how many volunteers, party
 * members and seeded hours there are, so `stats` for the city, a district, a street or a community sums a few
 * thousand rows instead of joining every membership; joins keep it up to date.
 * `volunteer_terms` holds the search terms: every substring of up to four characters of the lower-cased
 * name (`n:`), and the phone's last one to four digits (`p:`).
 */

const TABLES = `
CREATE TABLE teams (
  team_no INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  leader_name TEXT NOT NULL,
  area_id TEXT,
  description TEXT NOT NULL,
  member_count INTEGER NOT NULL,
  hours_year DOUBLE PRECISION NOT NULL
);
CREATE TABLE volunteer_places (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  is_community INTEGER NOT NULL
);
CREATE TABLE volunteers (
  row_no INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_lower TEXT NOT NULL,
  name_rank DOUBLE PRECISION NOT NULL,
  phone TEXT NOT NULL,
  phone_masked TEXT NOT NULL,
  id_number TEXT NOT NULL,
  id_number_masked TEXT NOT NULL,
  skills INTEGER NOT NULL,
  availability INTEGER NOT NULL,
  area_id TEXT NOT NULL,
  area_name TEXT NOT NULL,
  area1 TEXT,
  area2 TEXT,
  area3 TEXT,
  area4 TEXT,
  area5 TEXT,
  party INTEGER NOT NULL,
  joined_day INTEGER NOT NULL,
  joined_day_neg INTEGER NOT NULL,
  seed_hours_year DOUBLE PRECISION NOT NULL,
  seed_hours_total DOUBLE PRECISION NOT NULL,
  logged_year DOUBLE PRECISION NOT NULL,
  logged_total DOUBLE PRECISION NOT NULL,
  hours_year DOUBLE PRECISION NOT NULL,
  hours_year_neg DOUBLE PRECISION NOT NULL,
  hours_total DOUBLE PRECISION NOT NULL,
  profile INTEGER NOT NULL
);
CREATE TABLE team_members (
  row_no INTEGER NOT NULL REFERENCES volunteers (row_no),
  team_id TEXT NOT NULL REFERENCES teams (id),
  seq INTEGER NOT NULL
);
CREATE TABLE volunteer_skills (
  skill INTEGER NOT NULL,
  row_no INTEGER NOT NULL REFERENCES volunteers (row_no)
);
CREATE TABLE volunteer_terms (
  term TEXT NOT NULL,
  row_no INTEGER NOT NULL REFERENCES volunteers (row_no)
);
CREATE TABLE hour_logs (
  log_no INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  row_no INTEGER NOT NULL REFERENCES volunteers (row_no),
  volunteer_id TEXT NOT NULL,
  date TEXT NOT NULL,
  day_start_ms DOUBLE PRECISION NOT NULL,
  hours DOUBLE PRECISION NOT NULL,
  activity TEXT NOT NULL,
  logged_at TEXT NOT NULL
);
CREATE TABLE volunteer_reveals (
  volunteer_id TEXT NOT NULL,
  field TEXT NOT NULL,
  user_id TEXT,
  at TEXT NOT NULL
);
CREATE TABLE volunteer_totals (
  area3 TEXT NOT NULL,
  area1 TEXT NOT NULL,
  area2 TEXT NOT NULL,
  team_id TEXT NOT NULL,
  profile INTEGER NOT NULL,
  volunteers INTEGER NOT NULL,
  party INTEGER NOT NULL,
  seed_hours DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (area3, team_id, profile)
);
CREATE INDEX volunteer_totals_in_area1 ON volunteer_totals (area1, team_id);
CREATE INDEX volunteer_totals_in_area2 ON volunteer_totals (area2, team_id);
CREATE TABLE volunteer_counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
CREATE INDEX hour_logs_by_day ON hour_logs (day_start_ms, row_no);
CREATE INDEX hour_logs_by_volunteer ON hour_logs (row_no);
CREATE INDEX volunteer_reveals_by_volunteer ON volunteer_reveals (volunteer_id, at);
`;

/**
 * The indexes of the bulk-loaded tables: every filter and sort the contract allows. The seed drops them,
 * loads the rows and builds them again (one sort each instead of a B-tree insert per row and index).
 * Uniqueness the writes rely on (`ON CONFLICT (row_no, team_id)`) is a unique index here.
 */
export const VOLUNTEER_INDEXES: ReadonlyArray<{ name: string; sql: string }> = [
  { name: 'volunteers_by_name', sql: 'CREATE INDEX volunteers_by_name ON volunteers (name_rank, row_no)' },
  { name: 'volunteers_by_hours_desc', sql: 'CREATE INDEX volunteers_by_hours_desc ON volunteers (hours_year_neg, name_rank, row_no)' },
  { name: 'volunteers_by_hours_asc', sql: 'CREATE INDEX volunteers_by_hours_asc ON volunteers (hours_year, name_rank, row_no)' },
  { name: 'volunteers_by_joined_desc', sql: 'CREATE INDEX volunteers_by_joined_desc ON volunteers (joined_day_neg, name_rank, row_no)' },
  { name: 'volunteers_in_area1', sql: 'CREATE INDEX volunteers_in_area1 ON volunteers (area1, name_rank, row_no)' },
  { name: 'volunteers_in_area2', sql: 'CREATE INDEX volunteers_in_area2 ON volunteers (area2, name_rank, row_no)' },
  { name: 'volunteers_in_area3', sql: 'CREATE INDEX volunteers_in_area3 ON volunteers (area3, name_rank, row_no)' },
  { name: 'volunteers_in_area4', sql: 'CREATE INDEX volunteers_in_area4 ON volunteers (area4, name_rank, row_no)' },
  { name: 'volunteers_in_area5', sql: 'CREATE INDEX volunteers_in_area5 ON volunteers (area5, name_rank, row_no)' },
  { name: 'volunteers_by_availability', sql: 'CREATE INDEX volunteers_by_availability ON volunteers (availability, name_rank, row_no)' },
  { name: 'volunteers_by_party', sql: 'CREATE INDEX volunteers_by_party ON volunteers (party, name_rank, row_no)' },
  { name: 'volunteers_by_phone', sql: 'CREATE INDEX volunteers_by_phone ON volunteers (phone, row_no)' },
  { name: 'team_members_key', sql: 'CREATE UNIQUE INDEX team_members_key ON team_members (row_no, team_id)' },
  { name: 'team_members_by_team', sql: 'CREATE INDEX team_members_by_team ON team_members (team_id, row_no)' },
  { name: 'volunteer_skills_key', sql: 'CREATE UNIQUE INDEX volunteer_skills_key ON volunteer_skills (skill, row_no)' },
  { name: 'volunteer_terms_key', sql: 'CREATE UNIQUE INDEX volunteer_terms_key ON volunteer_terms (term, row_no)' },
];

export const VOLUNTEERS: Migration = {
  version: '004',
  name: 'volunteers',
  sql: `${TABLES}${VOLUNTEER_INDEXES.map((index) => `${index.sql};\n`).join('')}`,
};
