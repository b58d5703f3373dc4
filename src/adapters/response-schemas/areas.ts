import * as z from 'zod/mini';
import { Area, AreaHit } from '../../domain/areas.js';
import { pageOf } from '../../domain/common.js';
import type { AreasApi } from '../contract.js';
import type { GroupSchemas } from '../validating-core.js';

/** What each `areas` method must return. One module per group, so a widget bundles only its own. */
export const areasResponses = {
  roots: z.array(Area),
  children: pageOf(Area),
  get: Area,
  path: z.array(Area),
  search: pageOf(AreaHit),
} as const satisfies GroupSchemas<AreasApi>;
