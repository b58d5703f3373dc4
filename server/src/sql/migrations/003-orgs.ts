import type { Migration } from './index.js';

// Filled in with the orgs tables, their indexes and constraints.
export const ORGS: Migration = {
  version: '003',
  name: 'orgs',
  sql: ``,
};
