import type * as z from 'zod/mini';
import type {
  Adapter,
  AreasApi,
  CallOptions,
  CasesApi,
  OrgsApi,
  PageOptions,
  QueryHints,
  ServicesApi,
  SessionApi,
  VolunteersApi,
} from '../contract.js';
import type { StatsQuery } from '../../domain/stats.js';
import { RESPONSE_SCHEMAS, parseResponse } from '../validating.js';
import { REST_DEFAULTS, type RestAdapterOptions } from './options.js';
import { toPhotoUploads } from './photos.js';
import type { OperationId } from './routes.js';
import { createTransport, type Call, type QueryValue } from './transport.js';

/** A group with its aggregates: the REST contract has every `stats` route. */
type WithStats<Api extends { stats?: unknown }> = Api & Required<Pick<Api, 'stats'>>;

export interface RestAdapter extends Required<Omit<Adapter, 'name' | 'cases' | 'volunteers' | 'services'>> {
  readonly name: string;
  cases: WithStats<CasesApi>;
  volunteers: WithStats<VolunteersApi>;
  services: WithStats<ServicesApi>;
}

/**
 * The adapter contract over HTTP, as described in `openapi/grassroots.json`. Uses `fetch` only;
 * every response is checked against the domain schemas before a widget sees it.
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const send = createTransport(options);

  /** Sends and validates: a broken backend becomes `invalid_response`, never bad data in a widget. */
  async function call<T>(op: OperationId, c: Call, opts: CallOptions = {}): Promise<T> {
    const [group, method] = op.split('.') as [keyof typeof RESPONSE_SCHEMAS, string];
    const schema = (RESPONSE_SCHEMAS[group] as Record<string, z.ZodMiniType>)[method]!;
    const data = await send(op, { ...c, signal: opts.signal, locale: opts.locale });
    return parseResponse(schema, data, op) as T;
  }
  const page = (o: PageOptions = {}): Record<string, QueryValue> => ({ cursor: o.cursor, limit: o.limit });
  const stats = (q: StatsQuery = {}): Record<string, QueryValue> => ({ areaId: q.areaId, period: q.period, from: q.from, to: q.to });
  /** The key travels as the `Idempotency-Key` header, not in the body. */
  const keyed = <T extends { idempotencyKey: string }>(input: T) => {
    const { idempotencyKey, ...body } = input;
    return { idempotencyKey, body };
  };

  // Over the network a request per keystroke is wasted work: widgets wait for a pause in typing.
  const hints: QueryHints = { queryDebounceMs: options.queryDebounceMs ?? REST_DEFAULTS.queryDebounceMs };

  const session: SessionApi = {
    current: (o) => call('session.current', {}, o),
  };

  const areas: AreasApi = {
    roots: (o) => call('areas.roots', {}, o),
    children: (id, o) => call('areas.children', { params: { id }, query: page(o) }, o),
    get: (id, o) => call('areas.get', { params: { id } }, o),
    path: (id, o) => call('areas.path', { params: { id } }, o),
    search: (text, o = {}) => call('areas.search', { query: { text, level: o.level, ...page(o) } }, o),
  };

  const cases: WithStats<CasesApi> = {
    categories: (o) => call('cases.categories', {}, o),
    departments: (o) => call('cases.departments', {}, o),
    similar: (q, o) => call('cases.similar', { query: { categoryCode: q.categoryCode, areaId: q.areaId } }, o),
    async submit(submission, o) {
      const { photos, ...fields } = submission;
      const { idempotencyKey, body } = keyed(fields);
      return call('cases.submit', { idempotencyKey, body: { ...body, photos: await toPhotoUploads(photos) } }, o);
    },
    get: (idOrNumber, o) => call('cases.get', { params: { idOrNumber } }, o),
    list: (q, o) =>
      call('cases.list', {
        query: {
          status: q.status,
          categoryCode: q.categoryCode,
          areaId: q.areaId,
          urgency: q.urgency,
          departmentId: q.departmentId,
          overdue: q.overdue,
          dueBefore: q.dueBefore,
          reportedFrom: q.reportedFrom,
          reportedTo: q.reportedTo,
          mine: q.mine,
          text: q.text,
          sort: q.sort,
          ...page(o),
        },
      }, o),
    stats: (q, o) => call('cases.stats', { query: stats(q) }, o),
    async act(id, request, o) {
      const { photos, ...fields } = request;
      const { idempotencyKey, body } = keyed(fields);
      return call('cases.act', { params: { id }, idempotencyKey, body: { ...body, photos: await toPhotoUploads(photos) } }, o);
    },
    follow: (id, o) => call('cases.follow', { params: { id } }, o),
    hints,
  };

  const orgs: OrgsApi = {
    roots: (o) => call('orgs.roots', {}, o),
    children: (id, o) => call('orgs.children', { params: { id }, query: page(o) }, o),
    get: (id, o) => call('orgs.get', { params: { id } }, o),
    members: (id, o) => call('orgs.members', { params: { id }, query: page(o) }, o),
    search: (text, o) => call('orgs.search', { query: { text, ...page(o) } }, o),
    hints,
  };

  const volunteers: WithStats<VolunteersApi> = {
    teams: (o) => call('volunteers.teams', {}, o),
    query: (q, o) =>
      call('volunteers.query', {
        query: {
          text: q.text,
          teamId: q.teamId,
          skills: q.skills,
          availability: q.availability,
          areaId: q.areaId,
          partyMember: q.partyMember,
          sort: q.sort,
          ...page(o),
        },
      }, o),
    get: (id, o) => call('volunteers.get', { params: { id } }, o),
    // Not idempotent by key, so never retried: each reveal is audited.
    reveal: (id, field, o) => call('volunteers.reveal', { params: { id }, body: { field } }, o),
    join: (request, o) => call('volunteers.join', keyed(request), o),
    logHours(input, o) {
      const { volunteerId, ...rest } = input;
      return call('volunteers.logHours', { params: { id: volunteerId }, ...keyed(rest) }, o);
    },
    stats: (q, o) => call('volunteers.stats', { query: stats(q) }, o),
    hints,
  };

  const services: WithStats<ServicesApi> = {
    taxonomy: (o) => call('services.taxonomy', {}, o),
    query: (q, o) =>
      call('services.query', {
        query: { kind: q.kind, text: q.text, termIds: q.termIds, audience: q.audience, areaId: q.areaId, ...page(o) },
      }, o),
    get: (kind, id, o) => call('services.get', { params: { kind, id } }, o),
    request: (input, o) => call('services.request', keyed(input), o),
    postDemand: (input, o) => call('services.postDemand', keyed(input), o),
    stats: (q, o) => call('services.stats', { query: stats(q) }, o),
    hints,
  };

  return { name: `rest ${options.baseUrl}`, session, areas, cases, orgs, volunteers, services };
}
