import * as z from 'zod/mini';
import { pageOf } from '../../domain/common.js';
import { ListItem, RequestReceipt, TaxonomyTerm } from '../../domain/services.js';
import type { ServicesApi } from '../contract.js';
import type { GroupSchemas } from '../validating-core.js';

/** What each `services` method must return. One module per group, so a widget bundles only its own. */
export const servicesResponses = {
  taxonomy: z.array(TaxonomyTerm),
  query: pageOf(ListItem),
  get: ListItem,
  request: RequestReceipt,
  postDemand: RequestReceipt,
} as const satisfies GroupSchemas<ServicesApi>;
