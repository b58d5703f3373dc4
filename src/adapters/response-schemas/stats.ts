import { CaseStats, ServiceStats, VolunteerStats } from '../../domain/stats.js';

/**
 * What the `stats` methods must return. Apart from their groups' maps, so only a widget that shows figures
 * (`<governance-stats>`) bundles the statistics schemas; the case form, tracker, queue and roster do not.
 */
export const casesStatsResponses = { stats: CaseStats } as const;
export const volunteersStatsResponses = { stats: VolunteerStats } as const;
export const servicesStatsResponses = { stats: ServiceStats } as const;
