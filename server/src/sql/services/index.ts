import type { ServicesApi } from '../../../../src/adapters/contract.js';
import { AdapterError } from '../../../../src/adapters/errors.js';
import { throwIfInvalid } from '../../../../src/adapters/memory/apis/refusals.js';
import { fieldErrorsFrom } from '../../../../src/domain/field-errors.js';
import { ServiceQuery } from '../../../../src/domain/services.js';
import { localize } from '../../../../src/adapters/memory/world/text.js';
import type { SqlContext } from '../context.js';
import { findItem, queryItems } from './list-query.js';
import { serviceStats } from './stats.js';
import { postDemand, requestItem } from './writes.js';

export { seedServices } from './seed.js';

/**
 * The services group in SQL (schema: ../migrations/005-services.ts): the taxonomy, the four lists
 * filtered and keyset-paged in SQL, idempotent requests and demands, and the statistics as aggregates.
 * Same answers as the memory adapter's `createServicesApi` for the same seeded city.
 */
export function createSqlServicesApi(ctx: SqlContext): ServicesApi & Required<Pick<ServicesApi, 'stats'>> {
  return {
    async taxonomy(options = {}) {
      const terms = await ctx.db.all<{ id: string; code: string; name_zh: string; name_en: string; parent_id: string | null }>(
        'SELECT id, code, name_zh, name_en, parent_id FROM service_terms ORDER BY position',
      );
      return terms.map((t) => ({ id: t.id, code: t.code, name: localize({ zh: t.name_zh, en: t.name_en }, options.locale), parentId: t.parent_id }));
    },

    async query(query, options = {}) {
      throwIfInvalid(fieldErrorsFrom(ServiceQuery, query), 'Invalid service query');
      return queryItems(ctx.db, query, options);
    },

    async get(kind, id) {
      const item = await findItem(ctx.db, [kind], id);
      if (!item) throw new AdapterError('not_found', `No ${kind} ${id}`);
      return item;
    },

    request: (input) => requestItem(ctx, input),
    postDemand: (input) => postDemand(ctx, input),
    stats: (query, options = {}) => serviceStats(ctx, query, options.locale),
  };
}
