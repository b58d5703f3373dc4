/** The cases group of the SQL reference server: its API for one request, and its seed. */
export { createSqlCasesApi } from './api.js';
export { seedCases } from './seed.js';
