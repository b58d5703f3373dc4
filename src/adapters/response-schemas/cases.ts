import * as z from 'zod/mini';
import { CaseCategory, CaseSummary, Department, GridCase } from '../../domain/cases.js';
import { pageOf } from '../../domain/common.js';
import type { CasesApi } from '../contract.js';
import type { GroupSchemas } from '../validating-core.js';

/** What each `cases` method must return. One module per group, so a widget bundles only its own. */
export const casesResponses = {
  categories: z.array(CaseCategory),
  departments: z.array(Department),
  similar: z.array(CaseSummary),
  submit: GridCase,
  get: GridCase,
  list: pageOf(CaseSummary),
  act: GridCase,
  follow: GridCase,
} as const satisfies GroupSchemas<CasesApi>;
