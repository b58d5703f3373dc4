import type { Migration } from './index.js';

/**
 * The party organisation tree (Popolo Organization, Post, Membership, Person). Read-only through
 * the contract; seeded from the memory generator (../orgs/seed.ts).
 *
 * - `sort_key` is the display order (the seeded tree's breadth-first position, so siblings sort
 *   together); children, roots and search hits are paged by keyset on (sort_key, id).
 * - A post or membership is a line of its organisation's list: its key is (organisation_id, position),
 *   the order they are shown and members are paged in (the contract never looks one up by id).
 * - `child_count` and `member_count` are kept on the row so a page's total costs nothing.
 * - Search looks at each distinct name once (`org_names`: thousands of "3号楼党小组" share one row, so
 *   100,000 organisations have about 6,300 names), by `LIKE` on `name_lower`, the name lowercased once
 *   (PostgreSQL's LIKE is case-sensitive, SQLite's is not for ASCII only); `org_count` makes the total
 *   a sum over the names that match, and `first_sort_key` (the first organisation with the name) is
 *   where a walk in display order starts. The organisations are then read by name or in that order.
 * - The head of an organisation is the holder of its first post (the secretary, or the group leader).
 * - A person's details (`person_*`) are kept on the post they hold or the membership they have: the
 *   contract shows people only there, and in the seeded city nobody appears twice. One people table
 *   instead would double the rows a seed writes (1.3 million more at 100,000 organisations) and add a
 *   foreign-key check to each; a backend with a register of people joins it here instead.
 * - A person's public commitments are a JSON array (TEXT): shown whole, never queried.
 * - `area_id` names an area without a foreign key, so the orgs tree seeds independently of areas.
 */
export const ORGS: Migration = {
  version: '003',
  name: 'orgs',
  sql: `
CREATE TABLE org_names (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  name_lower TEXT NOT NULL,
  org_count INTEGER NOT NULL,
  first_sort_key INTEGER NOT NULL
);
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES organisations (id),
  sort_key INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_id INTEGER NOT NULL REFERENCES org_names (id),
  classification TEXT NOT NULL CHECK (classification IN ('committee', 'general-branch', 'branch', 'group')),
  level TEXT NOT NULL CHECK (level IN ('city', 'district', 'street', 'community', 'compound', 'building')),
  area_id TEXT,
  child_count INTEGER NOT NULL,
  member_count INTEGER NOT NULL
);
CREATE INDEX organisations_children ON organisations (parent_id, sort_key, id);
CREATE INDEX organisations_in_order ON organisations (sort_key, id, name_id);
CREATE INDEX organisations_by_name ON organisations (name_id, sort_key, id);
CREATE TABLE org_posts (
  id TEXT NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  label TEXT NOT NULL,
  -- The holder; all null when the post is vacant.
  person_id TEXT,
  person_name TEXT,
  person_party_member INTEGER CHECK (person_party_member IN (0, 1)),
  person_phone TEXT,
  person_commitments TEXT,
  PRIMARY KEY (organisation_id, position)
);
CREATE TABLE org_memberships (
  id TEXT NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('member', 'reported-in')),
  start_date TEXT,
  person_id TEXT NOT NULL,
  person_name TEXT NOT NULL,
  person_party_member INTEGER NOT NULL CHECK (person_party_member IN (0, 1)),
  person_phone TEXT,
  person_commitments TEXT NOT NULL,
  PRIMARY KEY (organisation_id, position)
);
`,
};
