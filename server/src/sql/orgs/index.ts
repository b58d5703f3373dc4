/** The orgs group of the SQL reference server: the contract's OrgsApi by query, and its seed. */
export { createSqlOrgsApi } from './api.js';
export { seedOrgs } from './seed.js';
