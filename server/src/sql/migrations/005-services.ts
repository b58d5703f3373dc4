import type { Migration } from './index.js';

// Filled in with the services tables, their indexes and constraints.
export const SERVICES: Migration = {
  version: '005',
  name: 'services',
  sql: ``,
};
