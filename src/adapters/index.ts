// The adapter contract, its error type and the validating boundary. Implementations have their own entries.
export type * from './contract.js';
export * from './errors.js';
export {
  validating,
  validatingGroups,
  parseResponse,
  RESPONSE_SCHEMAS,
  type GroupSchemas,
  type ResponseSchemaMaps,
} from './validating.js';
export { sessionResponses } from './response-schemas/session.js';
export { areasResponses } from './response-schemas/areas.js';
export { casesResponses } from './response-schemas/cases.js';
export { orgsResponses } from './response-schemas/orgs.js';
export { volunteersResponses } from './response-schemas/volunteers.js';
export { servicesResponses } from './response-schemas/services.js';
export { casesStatsResponses, volunteersStatsResponses, servicesStatsResponses } from './response-schemas/stats.js';
