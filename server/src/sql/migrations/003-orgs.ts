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
 * - `name_lower` is the name lowercased once, so search is `LIKE` on it on both engines
 *   (PostgreSQL's LIKE is case-sensitive, SQLite's is not for ASCII only).
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
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES organisations (id),
  sort_key INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_lower TEXT NOT NULL,
  classification TEXT NOT NULL CHECK (classification IN ('committee', 'general-branch', 'branch', 'group')),
  level TEXT NOT NULL CHECK (level IN ('city', 'district', 'street', 'community', 'compound', 'building')),
  area_id TEXT,
  child_count INTEGER NOT NULL,
  member_count INTEGER NOT NULL
);
CREATE INDEX organisations_children ON organisations (parent_id, sort_key, id);
CREATE INDEX organisations_search ON organisations (sort_key, id, name_lower);
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
