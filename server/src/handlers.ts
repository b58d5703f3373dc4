import type { Adapter, CallOptions, CasesApi, ServicesApi, VolunteersApi } from '../../src/adapters/contract.js';
import { AdapterError } from '../../src/adapters/errors.js';
import type { OperationId } from '../../src/adapters/rest/routes.js';
import type { CaseSort, CaseState, Urgency } from '../../src/domain/cases.js';
import type { Audience, ListKind } from '../../src/domain/services.js';
import type { StatsPeriod, StatsQuery } from '../../src/domain/stats.js';
import type { Availability, RevealField, Skill, VolunteerSort } from '../../src/domain/volunteers.js';
import type { Query } from './query.js';

export interface HandlerInput {
  params: Record<string, string>;
  query: Query;
  /** The parsed JSON body (an object) for POSTs. */
  body: Record<string, unknown>;
  /** The `Idempotency-Key` header, on routes that require one. */
  key: string;
  options: CallOptions;
}

/** What the server runs on: every group, with the aggregates (one request's SQL groups: sql/engine.ts). */
export type Engine = Required<Omit<Adapter, 'name' | 'cases' | 'volunteers' | 'services'>> & {
  cases: WithStats<CasesApi>;
  volunteers: WithStats<VolunteersApi>;
  services: WithStats<ServicesApi>;
};
type WithStats<Api extends { stats?: unknown }> = Api & Required<Pick<Api, 'stats'>>;

type Handler = (engine: Engine, input: HandlerInput) => Promise<unknown>;

/** Photos arrive base64-encoded in JSON (see the OpenAPI file); the engine takes Blobs. */
function photos(value: unknown): File[] | undefined {
  if (value === undefined || value === null) return undefined;
  const ok = Array.isArray(value) && value.every((p) => p && typeof p === 'object' && typeof (p as { data?: unknown }).data === 'string');
  if (!ok) throw new AdapterError('validation', 'photos must be a list of { name, type, data }', { fieldErrors: { photos: { code: 'invalid' } } });
  return (value as Array<{ name?: unknown; type?: unknown; data: string }>).map(
    (p) => new File([Buffer.from(p.data, 'base64')], typeof p.name === 'string' ? p.name : 'photo', { type: typeof p.type === 'string' ? p.type : '' }),
  );
}

/** A client's body typed as the contract's input: the engine validates every field, as it must. */
function untrusted<T>(value: object): T {
  return value as T;
}

/** The area and period of a `stats` route; the engine validates them. */
function statsQuery(q: Query): StatsQuery {
  return { areaId: q.str('areaId'), period: q.str('period') as StatsPeriod | undefined, from: q.str('from'), to: q.str('to') };
}

/** One handler per operation: decode HTTP, call the engine with the contract's arguments. */
export const HANDLERS: Record<OperationId, Handler> = {
  'session.current': (e, { options }) => e.session.current(options),

  'areas.roots': (e, { options }) => e.areas.roots(options),
  'areas.search': (e, { query: q, options }) =>
    e.areas.search(q.str('text') ?? '', { ...options, ...q.page(), level: q.str('level') as never }),
  'areas.children': (e, { params, query: q, options }) => e.areas.children(params.id!, { ...options, ...q.page() }),
  'areas.path': (e, { params, options }) => e.areas.path(params.id!, options),
  'areas.get': (e, { params, options }) => e.areas.get(params.id!, options),

  'cases.categories': (e, { options }) => e.cases.categories(options),
  'cases.departments': (e, { options }) => e.cases.departments(options),
  'cases.similar': (e, { query: q, options }) =>
    e.cases.similar({ categoryCode: q.required('categoryCode'), areaId: q.required('areaId') }, options),
  'cases.list': (e, { query: q, options }) =>
    e.cases.list(
      {
        status: q.list('status') as CaseState[] | undefined,
        categoryCode: q.str('categoryCode'),
        areaId: q.str('areaId'),
        urgency: q.list('urgency') as Urgency[] | undefined,
        departmentId: q.str('departmentId'),
        overdue: q.bool('overdue'),
        dueBefore: q.str('dueBefore'),
        reportedFrom: q.str('reportedFrom'),
        reportedTo: q.str('reportedTo'),
        mine: q.bool('mine'),
        text: q.str('text'),
        sort: q.str('sort') as CaseSort | undefined,
      },
      { ...options, ...q.page() },
    ),
  'cases.stats': (e, { query: q, options }) => e.cases.stats(statsQuery(q), options),
  'cases.submit': (e, { body, key, options }) =>
    e.cases.submit(untrusted({ ...body, photos: photos(body.photos), idempotencyKey: key }), options),
  'cases.get': (e, { params, options }) => e.cases.get(params.idOrNumber!, options),
  'cases.act': (e, { params, body, key, options }) =>
    e.cases.act(params.id!, untrusted({ ...body, photos: photos(body.photos), idempotencyKey: key }), options),
  'cases.follow': (e, { params, options }) => e.cases.follow(params.id!, options),

  'orgs.roots': (e, { options }) => e.orgs.roots(options),
  'orgs.search': (e, { query: q, options }) => e.orgs.search(q.str('text') ?? '', { ...options, ...q.page() }),
  'orgs.children': (e, { params, query: q, options }) => e.orgs.children(params.id!, { ...options, ...q.page() }),
  'orgs.members': (e, { params, query: q, options }) => e.orgs.members(params.id!, { ...options, ...q.page() }),
  'orgs.get': (e, { params, options }) => e.orgs.get(params.id!, options),

  'volunteers.teams': (e, { options }) => e.volunteers.teams(options),
  'volunteers.query': (e, { query: q, options }) =>
    e.volunteers.query(
      {
        text: q.str('text'),
        teamId: q.str('teamId'),
        skills: q.list('skills') as Skill[] | undefined,
        availability: q.list('availability') as Availability[] | undefined,
        areaId: q.str('areaId'),
        partyMember: q.bool('partyMember'),
        sort: q.str('sort') as VolunteerSort | undefined,
      },
      { ...options, ...q.page() },
    ),
  'volunteers.stats': (e, { query: q, options }) => e.volunteers.stats(statsQuery(q), options),
  'volunteers.join': (e, { body, key, options }) => e.volunteers.join(untrusted({ ...body, idempotencyKey: key }), options),
  'volunteers.get': (e, { params, options }) => e.volunteers.get(params.id!, options),
  'volunteers.reveal': (e, { params, body, options }) => e.volunteers.reveal(params.id!, body.field as RevealField, options),
  'volunteers.logHours': (e, { params, body, key, options }) =>
    e.volunteers.logHours(untrusted({ ...body, volunteerId: params.id!, idempotencyKey: key }), options),

  'services.taxonomy': (e, { options }) => e.services.taxonomy(options),
  'services.query': (e, { query: q, options }) =>
    e.services.query(
      {
        kind: q.required('kind') as ListKind,
        text: q.str('text'),
        termIds: q.list('termIds'),
        audience: q.str('audience') as Audience | undefined,
        areaId: q.str('areaId'),
      },
      { ...options, ...q.page() },
    ),
  'services.stats': (e, { query: q, options }) => e.services.stats(statsQuery(q), options),
  'services.get': (e, { params, options }) => {
    if (!['service', 'demand', 'resource', 'project'].includes(params.kind!)) throw new AdapterError('not_found', `No list ${params.kind}`);
    return e.services.get(params.kind as ListKind, params.id!, options);
  },
  'services.request': (e, { body, key, options }) => e.services.request(untrusted({ ...body, idempotencyKey: key }), options),
  'services.postDemand': (e, { body, key, options }) => e.services.postDemand(untrusted({ ...body, idempotencyKey: key }), options),
};
