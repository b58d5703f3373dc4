import * as z from 'zod/mini';
import { RESPONSE_SCHEMAS } from '../../src/adapters/validating.js';
import { ROUTES, type OperationId } from '../../src/adapters/rest/routes.js';
import { AreaLevel } from '../../src/domain/areas.js';
import { CaseActionInput, CaseQuery, CaseSubmissionFields } from '../../src/domain/cases.js';
import { FieldErrorSchema } from '../../src/domain/field-errors.js';
import * as domain from '../../src/domain/index.js';
import { Audience, DemandInput, ListKind, ServiceQuery, ServiceRequestInput } from '../../src/domain/services.js';
import { StatsQuery } from '../../src/domain/stats.js';
import { HourLogInput, JoinRequest, RevealField, VolunteerQuery } from '../../src/domain/volunteers.js';
import { ADAPTER_ERROR_CODES } from '../../src/adapters/errors.js';

/**
 * The OpenAPI 3.1 description of the HTTP contract, built from the route table and the domain's
 * zod schemas, so it cannot drift from them. `node scripts/openapi.mjs` writes it to
 * `openapi/grassroots.json`; a test checks the committed file equals this.
 */

const PhotoUpload = z.object({ name: z.string(), type: z.enum(domain.PHOTO_TYPES), data: z.string().check(z.minLength(1)) });
const photos = { photos: z.optional(z.array(PhotoUpload).check(z.maxLength(domain.LIMITS.photos))) };
const noKey = { idempotencyKey: true } as const;

const Bodies = {
  CaseSubmissionBody: z.extend(z.omit(CaseSubmissionFields, noKey), photos),
  CaseActionBody: z.extend(z.omit(CaseActionInput, noKey), photos),
  RevealBody: z.object({ field: RevealField }),
  JoinBody: z.omit(JoinRequest, noKey),
  HourLogBody: z.omit(HourLogInput, { idempotencyKey: true, volunteerId: true }),
  ServiceRequestBody: z.omit(ServiceRequestInput, noKey),
  DemandBody: z.omit(DemandInput, noKey),
};
const BODY: Partial<Record<OperationId, keyof typeof Bodies>> = {
  'cases.submit': 'CaseSubmissionBody',
  'cases.act': 'CaseActionBody',
  'volunteers.reveal': 'RevealBody',
  'volunteers.join': 'JoinBody',
  'volunteers.logHours': 'HourLogBody',
  'services.request': 'ServiceRequestBody',
  'services.postDemand': 'DemandBody',
};

const paged = { cursor: z.optional(z.string()), limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(200))) };
/** Query parameters per operation, as zod shapes; arrays repeat the name (`skills=a&skills=b`). */
const QUERY: Partial<Record<OperationId, Record<string, z.ZodMiniType>>> = {
  'areas.children': paged,
  'areas.search': { text: z.string(), level: z.optional(AreaLevel), ...paged },
  'cases.similar': { categoryCode: z.string(), areaId: z.string() },
  'cases.list': { ...CaseQuery.shape, ...paged },
  'cases.stats': StatsQuery.shape,
  'orgs.children': paged,
  'orgs.members': paged,
  'orgs.search': { text: z.string(), ...paged },
  'volunteers.query': { ...VolunteerQuery.shape, ...paged },
  'volunteers.stats': StatsQuery.shape,
  'services.query': { ...ServiceQuery.shape, kind: ListKind, audience: z.optional(Audience), ...paged },
  'services.stats': StatsQuery.shape,
};

const SUMMARY: Record<OperationId, string> = {
  'session.current': 'Who is using it and what they may do',
  'areas.roots': 'The top of the area hierarchy',
  'areas.search': 'Search areas by name; each hit with its path',
  'areas.children': 'Child areas (paged)',
  'areas.path': 'From the root down to and including this area',
  'areas.get': 'One area',
  'cases.categories': 'Reportable categories with their questions (Open311 service definitions)',
  'cases.departments': 'Departments cases are dispatched to',
  'cases.similar': 'Open cases of this category near this area',
  'cases.list': 'Cases in the session\'s scope (paged, filtered, sorted; see caseScope)',
  'cases.stats': 'Case aggregates for an area and a period (CaseStats), computed by the server',
  'cases.submit': 'Report a case. Photos travel base64-encoded in the JSON body',
  'cases.get': 'One case by id or public number, with its timeline',
  'cases.act': 'Take an action the state machine and the session allow (urge and escalate: the grid centre\'s supervision)',
  'cases.follow': '"This is my problem too": follow an existing case',
  'orgs.roots': 'The top of the organisation tree',
  'orgs.search': 'Search organisations by name; each hit with the path to reveal it',
  'orgs.children': 'Child organisations (paged)',
  'orgs.members': 'Members of an organisation (paged)',
  'orgs.get': 'One organisation with its posts and path',
  'volunteers.teams': 'Volunteer service teams',
  'volunteers.query': 'Volunteers (paged, filtered, sorted); contacts masked',
  'volunteers.stats': 'Volunteer service hours by team and month for an area and a period (VolunteerStats)',
  'volunteers.join': 'Join a team and/or report in to one\'s community',
  'volunteers.get': 'One volunteer; contacts masked',
  'volunteers.reveal': 'The unmasked phone or ID number; needs volunteer:contact; audited; never retried',
  'volunteers.logHours': 'Log service hours; needs volunteer:log-hours',
  'services.taxonomy': 'The service taxonomy (HSDS taxonomy terms)',
  'services.query': 'One of the four lists: service, demand, resource, project (paged, filtered)',
  'services.stats': 'Service requests and demands taken up for an area and a period (ServiceStats)',
  'services.request': 'Request a service or a resource',
  'services.postDemand': 'Post a resident\'s demand',
  'services.get': 'One list item',
};

/** Named domain schemas become components; everything built from them refers to them. */
function registry() {
  const reg = z.registry<{ id: string }>();
  const named: Record<string, unknown> = { ...domain, ...Bodies, PhotoUpload, FieldError: FieldErrorSchema };
  const skip = new Set(['Id', 'IsoDate', 'IsoDateTime', 'CaseSubmissionFields', 'CaseActionInput']);
  for (const [name, value] of Object.entries(named).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (skip.has(name) || !value || typeof value !== 'object' || !('_zod' in value)) continue;
    if (!reg.has(value as z.ZodMiniType)) reg.add(value as z.ZodMiniType, { id: name });
  }
  for (const [group, methods] of Object.entries(RESPONSE_SCHEMAS)) {
    for (const [method, schema] of Object.entries(methods as Record<string, z.ZodMiniType>)) {
      if (!reg.has(schema)) reg.add(schema, { id: `${group}.${method}.response` });
    }
  }
  return reg;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ref('ErrorBody') } } };
}

export function buildOpenApi(): Record<string, unknown> {
  const reg = registry();
  const generated = z.toJSONSchema(reg, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }).schemas;
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(generated)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
    schemas[id] = rest;
  }
  schemas.ErrorBody = {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: [...ADAPTER_ERROR_CODES] },
          message: { type: 'string' },
          fieldErrors: { type: 'object', description: 'Keyed by field path, e.g. `description`, `answers.depth`.', additionalProperties: ref('FieldError') },
          existing: {
            type: 'object',
            description: 'On a 409 for an `Idempotency-Key` reused with another body on `POST /cases`: the case that key already created.',
            required: ['id'],
            properties: { id: { type: 'string' }, publicNumber: { type: 'string' } },
          },
        },
      },
    },
  };
  const idOf = (schema: z.ZodMiniType) => reg.get(schema)!.id;

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [op, route] of Object.entries(ROUTES) as Array<[OperationId, (typeof ROUTES)[OperationId]]>) {
    const [group, method] = op.split('.') as [keyof typeof RESPONSE_SCHEMAS, string];
    const parameters: unknown[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1], in: 'path', required: true, schema: { type: 'string' },
    }));
    for (const [name, schema] of Object.entries(QUERY[op] ?? {})) {
      const json = z.toJSONSchema(schema as z.ZodMiniType, { unrepresentable: 'any' }) as Record<string, unknown>;
      delete json.$schema;
      const optional = (schema as z.ZodMiniType)._zod.optin === 'optional';
      parameters.push({ name, in: 'query', required: !optional, schema: json, ...(json.type === 'array' ? { explode: true, style: 'form' } : {}) });
    }
    parameters.push({ $ref: '#/components/parameters/AcceptLanguage' });
    if ('idempotent' in route && route.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
    const body = BODY[op];
    const operation: Record<string, unknown> = {
      operationId: op,
      summary: SUMMARY[op],
      tags: [group],
      parameters,
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } } } : {}),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: ref(idOf((RESPONSE_SCHEMAS[group] as Record<string, z.ZodMiniType>)[method]!)) } } },
        401: errorResponse('Unknown token, or the action needs a signed-in user'),
        403: errorResponse('The session lacks the permission'),
        404: errorResponse('No such resource'),
        ...(route.method === 'POST' ? { 409: errorResponse('Refused by the state machine, or Idempotency-Key reused with another body') } : {}),
        422: errorResponse('Validation failed; `fieldErrors` names the fields'),
        429: { $ref: '#/components/responses/Unavailable' },
        503: { $ref: '#/components/responses/Unavailable' },
      },
    };
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Grassroots governance widgets: backend contract',
      version: '1.0.0',
      description: [
        'Every adapter method of `grassroots-gov-widgets` as HTTP. Generated by `node scripts/openapi.mjs` from the route table',
        '(src/adapters/rest/routes.ts) and the domain schemas (src/domain); do not edit by hand.',
        '',
        '- Auth: `Authorization: Bearer <token>`; no header means an anonymous visitor.',
        '- Locale: `Accept-Language` (zh-CN, en) localises labels.',
        '- Paging: `cursor` (opaque, from `nextCursor`) and `limit` (1-200); a cursor the server did not issue is a 422.',
        '- Writes that create or change state carry `Idempotency-Key`: the same key and body returns the first response again;',
        '  the same key with another body is a 409 (on `POST /cases` its `existing` names the case the key created).',
        '  Clients retry only GETs and such keyed writes.',
        '- Photos travel base64-encoded in the JSON body (`photos: [{ name, type, data }]`), at most 3 of 5 MB each.',
        '- Errors: `{ "error": { "code", "message", "fieldErrors"?, "existing"? } }`; 429 and 503 carry `Retry-After` (seconds or HTTP date).',
      ].join('\n'),
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'The reference server (`npm run server`)' }],
    security: [{ bearer: [] }, {}],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The reference server takes a persona name, e.g. `grid-centre`.' } },
      parameters: {
        AcceptLanguage: { name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', examples: ['zh-CN', 'en'] } },
        IdempotencyKey: { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 8, maxLength: 200 } },
      },
      responses: {
        Unavailable: {
          description: 'Busy or down; try again after `Retry-After`',
          headers: { 'Retry-After': { description: 'Seconds, or an HTTP date', schema: { type: 'string' } } },
          content: { 'application/json': { schema: ref('ErrorBody') } },
        },
      },
      schemas,
    },
  };
}

/** The file as committed: stable key order from the builder, two-space indent, final newline. */
export function openApiText(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}
