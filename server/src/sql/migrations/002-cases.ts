import type { Migration } from './index.js';

// Filled in with the cases tables, their indexes and constraints.
export const CASES: Migration = {
  version: '002',
  name: 'cases',
  sql: ``,
};
