// The areas group in SQL: the `areas` table (migration 001), its queries and its seed.
export { createSqlAreasApi } from './api.js';
export { seedAreas } from './seed.js';
