import type { Migration } from './index.js';

/**
 * What every group stands on: `meta` (the seed, sizes and epoch a database was created with, and
 * which groups are seeded), `idempotency_keys` (one row per write key, written in the write's own
 * transaction) and the area hierarchy the other groups locate things in.
 */
export const CORE: Migration = {
  version: '001',
  name: 'core',
  sql: `
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE idempotency_keys (
  operation TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (operation, key)
);
CREATE TABLE areas (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES areas (id),
  level TEXT NOT NULL,
  level_rank INTEGER NOT NULL,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  seq INTEGER NOT NULL UNIQUE,
  child_count INTEGER NOT NULL,
  lat DOUBLE PRECISION,
  lng DOUBLE PRECISION,
  path TEXT NOT NULL
);
CREATE UNIQUE INDEX areas_children ON areas (parent_id, position);
CREATE INDEX areas_by_level ON areas (level_rank, seq);
`,
};
