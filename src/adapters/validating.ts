import * as z from 'zod/mini';
import { Area, AreaHit } from '../domain/areas.js';
import { CaseCategory, CaseSummary, Department, GridCase } from '../domain/cases.js';
import { pageOf } from '../domain/common.js';
import { Membership, Organization, OrgDetail, OrgSearchHit } from '../domain/orgs.js';
import { ListItem, RequestReceipt, TaxonomyTerm } from '../domain/services.js';
import { Session } from '../domain/session.js';
import { HourLog, JoinReceipt, Team, Volunteer } from '../domain/volunteers.js';
import type { Adapter, AdapterGroup } from './contract.js';
import { AdapterError, isAdapterError, isAbortError, toAdapterError } from './errors.js';

/** What each method must return. The boundary where a broken backend becomes a clear error. */
export const RESPONSE_SCHEMAS = {
  session: { current: Session },
  areas: {
    roots: z.array(Area),
    children: pageOf(Area),
    get: Area,
    path: z.array(Area),
    search: pageOf(AreaHit),
  },
  cases: {
    categories: z.array(CaseCategory),
    departments: z.array(Department),
    similar: z.array(CaseSummary),
    submit: GridCase,
    get: GridCase,
    list: pageOf(CaseSummary),
    act: GridCase,
    follow: GridCase,
  },
  orgs: {
    roots: z.array(Organization),
    children: pageOf(Organization),
    get: OrgDetail,
    members: pageOf(Membership),
    search: pageOf(OrgSearchHit),
  },
  volunteers: {
    teams: z.array(Team),
    query: pageOf(Volunteer),
    get: Volunteer,
    reveal: z.object({ value: z.string() }),
    join: JoinReceipt,
    logHours: HourLog,
  },
  services: {
    taxonomy: z.array(TaxonomyTerm),
    query: pageOf(ListItem),
    get: ListItem,
    request: RequestReceipt,
    postDemand: RequestReceipt,
  },
} as const satisfies Record<AdapterGroup, Record<string, z.ZodMiniType>>;

/** Checks a response; throws `invalid_response` naming the method and the first bad field. */
export function parseResponse<T>(schema: z.ZodMiniType<T>, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') || '(root)';
  throw new AdapterError('invalid_response', `${where} returned data that does not match the contract at ${path}: ${issue?.message ?? 'invalid'}`, {
    cause: result.error,
  });
}

const wrapped = new WeakMap<Adapter, Adapter>();

/**
 * The same adapter, with every response checked against the domain schemas and every
 * failure turned into an AdapterError. Widgets call through this, never the raw adapter.
 * Cached per adapter, so calling it in render is cheap.
 */
export function validating(adapter: Adapter): Adapter {
  const cached = wrapped.get(adapter);
  if (cached) return cached;
  const result: Adapter = { name: adapter.name };
  for (const group of Object.keys(RESPONSE_SCHEMAS) as AdapterGroup[]) {
    const api = adapter[group] as Record<string, unknown> | undefined;
    if (!api) continue;
    const schemas = RESPONSE_SCHEMAS[group] as Record<string, z.ZodMiniType>;
    const out: Record<string, unknown> = {};
    for (const [method, schema] of Object.entries(schemas)) {
      const fn = api[method];
      if (typeof fn !== 'function') continue;
      out[method] = async (...args: unknown[]) => {
        let data: unknown;
        try {
          data = await fn.apply(api, args);
        } catch (e) {
          if (isAbortError(e) || isAdapterError(e)) throw e;
          throw toAdapterError(e);
        }
        return parseResponse(schema, data, `${group}.${method}`);
      };
    }
    (result as Record<string, unknown>)[group] = out;
  }
  wrapped.set(adapter, result);
  return result;
}
