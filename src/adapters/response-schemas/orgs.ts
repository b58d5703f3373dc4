import * as z from 'zod/mini';
import { pageOf } from '../../domain/common.js';
import { Membership, Organization, OrgDetail, OrgSearchHit } from '../../domain/orgs.js';
import type { OrgsApi } from '../contract.js';
import type { GroupSchemas } from '../validating-core.js';

/** What each `orgs` method must return. One module per group, so a widget bundles only its own. */
export const orgsResponses = {
  roots: z.array(Organization),
  children: pageOf(Organization),
  get: OrgDetail,
  members: pageOf(Membership),
  search: pageOf(OrgSearchHit),
} as const satisfies GroupSchemas<OrgsApi>;
