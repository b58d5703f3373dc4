import type { Migration } from './index.js';

// Filled in with the volunteers tables, their indexes and constraints.
export const VOLUNTEERS: Migration = {
  version: '004',
  name: 'volunteers',
  sql: ``,
};
