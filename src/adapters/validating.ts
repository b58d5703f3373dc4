import type { AdapterGroup } from './contract.js';
import type { Adapter } from './contract.js';
import { areasResponses } from './response-schemas/areas.js';
import { casesResponses } from './response-schemas/cases.js';
import { orgsResponses } from './response-schemas/orgs.js';
import { servicesResponses } from './response-schemas/services.js';
import { sessionResponses } from './response-schemas/session.js';
import { casesStatsResponses, servicesStatsResponses, volunteersStatsResponses } from './response-schemas/stats.js';
import { volunteersResponses } from './response-schemas/volunteers.js';
import { validatingGroups } from './validating-core.js';

export { parseResponse, validatingGroups, type GroupSchemas, type ResponseSchemaMaps } from './validating-core.js';

/** What each method must return: the boundary where a broken backend becomes a clear error. */
export const RESPONSE_SCHEMAS = {
  session: sessionResponses,
  areas: areasResponses,
  cases: { ...casesResponses, ...casesStatsResponses },
  orgs: orgsResponses,
  volunteers: { ...volunteersResponses, ...volunteersStatsResponses },
  services: { ...servicesResponses, ...servicesStatsResponses },
} as const satisfies Record<AdapterGroup, unknown>;

/**
 * The same adapter, every group checked against the domain schemas. For integrators and tools;
 * widgets use `validatingGroups` with only their groups, to keep their bundles small.
 */
export function validating(adapter: Adapter): Adapter {
  return validatingGroups(adapter, RESPONSE_SCHEMAS);
}
