import type { Migration } from './index.js';

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
`,
};
