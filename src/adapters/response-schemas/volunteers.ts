import * as z from 'zod/mini';
import { pageOf } from '../../domain/common.js';
import { HourLog, JoinReceipt, Team, Volunteer } from '../../domain/volunteers.js';
import type { VolunteersApi } from '../contract.js';
import type { GroupSchemas } from '../validating-core.js';

/** What each `volunteers` method must return. One module per group, so a widget bundles only its own. */
export const volunteersResponses = {
  teams: z.array(Team),
  query: pageOf(Volunteer),
  get: Volunteer,
  reveal: z.object({ value: z.string() }),
  join: JoinReceipt,
  logHours: HourLog,
} as const satisfies GroupSchemas<VolunteersApi>;
