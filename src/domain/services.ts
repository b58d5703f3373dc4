import * as z from 'zod/mini';
import { GeoPoint, Id, IsoDate, IsoDateTime, LIMITS, PHONE_PATTERN } from './common.js';

/** Which of the community's lists an item belongs to. */
export const LIST_KINDS = ['service', 'demand', 'resource', 'project'] as const;
export const ListKind = z.enum(LIST_KINDS);
export type ListKind = z.infer<typeof ListKind>;

export const AUDIENCES = ['everyone', 'elderly', 'children', 'disabled'] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

/** HSDS taxonomy_term; terms form a tree through `parentId`. */
export const TaxonomyTerm = z.object({
  id: Id,
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  parentId: z.nullable(Id),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;

/** HSDS organization (the provider). */
export const Provider = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  phone: z.optional(z.string()),
});
export type Provider = z.infer<typeof Provider>;

/** HSDS location. */
export const ServiceLocation = z.object({
  id: Id,
  name: z.string(),
  address: z.string(),
  areaId: Id,
  point: z.optional(GeoPoint),
});
export type ServiceLocation = z.infer<typeof ServiceLocation>;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/**
 * HSDS schedule (weekly): open on `byDay` from `opensAt` to `closesAt`, local time
 * in `timezone`. `closesAt` earlier than `opensAt` means it closes after midnight.
 */
export const Schedule = z.object({
  byDay: z.array(Weekday).check(z.minLength(1)),
  opensAt: ClockTime,
  closesAt: ClockTime,
  timezone: z.string(),
  note: z.optional(z.string()),
});
export type Schedule = z.infer<typeof Schedule>;

const ItemBase = {
  id: Id,
  name: z.string().check(z.minLength(1)),
  description: z.string(),
  areaId: Id,
  areaName: z.string(),
  termIds: z.array(Id),
  audiences: z.array(Audience),
};

/** HSDS service, with where, when, who for and what it costs. */
export const Service = z.object({
  ...ItemBase,
  kind: z.literal('service'),
  provider: Provider,
  location: ServiceLocation,
  schedules: z.array(Schedule),
  eligibility: z.string(),
  cost: z.object({ free: z.boolean(), description: z.string() }),
  phone: z.optional(z.string()),
});
export type Service = z.infer<typeof Service>;

export const DEMAND_STATUSES = ['open', 'claimed', 'matched', 'done'] as const;
export const DemandStatus = z.enum(DEMAND_STATUSES);
export type DemandStatus = z.infer<typeof DemandStatus>;

/** A resident's demand ("需求清单"). */
export const Demand = z.object({
  ...ItemBase,
  kind: z.literal('demand'),
  status: DemandStatus,
  postedAt: IsoDateTime,
  /** Masked name of whoever posted it. */
  postedBy: z.string(),
  /** The unit or team that took it up, once claimed. */
  takenBy: z.nullable(z.string()),
});
export type Demand = z.infer<typeof Demand>;

/** A resource a unit or organisation offers ("资源清单"). */
export const Resource = z.object({
  ...ItemBase,
  kind: z.literal('resource'),
  provider: Provider,
  capacity: z.string(),
  availableUntil: z.nullable(IsoDate),
});
export type Resource = z.infer<typeof Resource>;

export const PROJECT_STATUSES = ['planned', 'in-progress', 'completed'] as const;
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** A project that matches a demand with a resource ("项目清单"). */
export const Project = z.object({
  ...ItemBase,
  kind: z.literal('project'),
  demand: z.object({ id: Id, name: z.string() }),
  resource: z.object({ id: Id, name: z.string() }),
  status: ProjectStatus,
  progress: z.number().check(z.gte(0), z.lte(100)),
  startDate: IsoDate,
  endDate: z.nullable(IsoDate),
});
export type Project = z.infer<typeof Project>;

export const ListItem = z.discriminatedUnion('kind', [Service, Demand, Resource, Project]);
export type ListItem = z.infer<typeof ListItem>;

export const ServiceQuery = z.object({
  kind: ListKind,
  text: z.optional(z.string().check(z.maxLength(LIMITS.search))),
  /** Items tagged with any of these terms or their descendants. */
  termIds: z.optional(z.array(Id)),
  audience: z.optional(Audience),
  /** Items in this area or below it. */
  areaId: z.optional(Id),
});
export type ServiceQuery = z.infer<typeof ServiceQuery>;

/** Request a service (or take up a resource). */
export const ServiceRequestInput = z.object({
  itemId: Id,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.name)),
  phone: z.string().check(z.regex(PHONE_PATTERN)),
  preferredTime: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  notes: z.string().check(z.maxLength(LIMITS.note)),
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(200)),
});
export type ServiceRequestInput = z.infer<typeof ServiceRequestInput>;

/** Post a new demand to the community's demand list. */
export const DemandInput = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  description: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.description)),
  areaId: Id,
  termIds: z.array(Id),
  audiences: z.array(Audience),
  contactName: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.name)),
  phone: z.string().check(z.regex(PHONE_PATTERN)),
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(200)),
});
export type DemandInput = z.infer<typeof DemandInput>;

export const RequestReceipt = z.object({
  id: Id,
  referenceNumber: z.string().check(z.minLength(1)),
  itemId: Id,
  createdAt: IsoDateTime,
  status: z.enum(['received', 'scheduled', 'declined']),
});
export type RequestReceipt = z.infer<typeof RequestReceipt>;
