import * as z from 'zod/mini';
import { Id, IsoDate, NamedRef } from './common.js';

/** Popolo `classification`: what kind of party organisation a node is. */
export const ORG_CLASSIFICATIONS = ['committee', 'general-branch', 'branch', 'group'] as const;
export const OrgClassification = z.enum(ORG_CLASSIFICATIONS);
export type OrgClassification = z.infer<typeof OrgClassification>;

/** The territorial level an organisation sits at ("street – community – compound – building"). */
export const ORG_LEVELS = ['city', 'district', 'street', 'community', 'compound', 'building'] as const;
export const OrgLevel = z.enum(ORG_LEVELS);
export type OrgLevel = z.infer<typeof OrgLevel>;

export const POST_ROLES = [
  'secretary',
  'deputy-secretary',
  'committee-member',
  'grid-worker',
  'building-head',
  'group-leader',
] as const;
export const PostRole = z.enum(POST_ROLES);
export type PostRole = z.infer<typeof PostRole>;

/** Popolo Person, public view. Contact fields arrive masked unless the session may see them. */
export const Person = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  partyMember: z.boolean(),
  phone: z.optional(z.string()),
  /** Public commitments a member shows ("亮身份、作承诺"). */
  commitments: z.array(z.string()),
});
export type Person = z.infer<typeof Person>;

/** Popolo Organization. */
export const Organization = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  classification: OrgClassification,
  level: OrgLevel,
  parentId: z.nullable(Id),
  areaId: z.optional(Id),
  childCount: z.number().check(z.int(), z.gte(0)),
  memberCount: z.number().check(z.int(), z.gte(0)),
  /** The secretary, or the head for a group. */
  head: z.nullable(z.object({ personId: Id, name: z.string(), role: PostRole })),
});
export type Organization = z.infer<typeof Organization>;

/** Popolo Post, with whoever holds it now. */
export const Post = z.object({
  id: Id,
  organizationId: Id,
  role: PostRole,
  label: z.string(),
  holder: z.nullable(Person),
});
export type Post = z.infer<typeof Post>;

/** Popolo Membership: a person in an organisation. `reported-in` = a member registered where they live. */
export const Membership = z.object({
  id: Id,
  organizationId: Id,
  kind: z.enum(['member', 'reported-in']),
  /** Null when the source does not say (many Popolo exports give no dates). */
  startDate: z.nullable(IsoDate),
  person: Person,
});
export type Membership = z.infer<typeof Membership>;

export const OrgDetail = z.object({
  organization: Organization,
  /** From the root down to the parent. */
  path: z.array(NamedRef),
  posts: z.array(Post),
});
export type OrgDetail = z.infer<typeof OrgDetail>;

export const OrgSearchHit = z.object({
  organization: Organization,
  /** From the root down to the parent: the nodes to expand to reveal the hit. */
  path: z.array(NamedRef),
});
export type OrgSearchHit = z.infer<typeof OrgSearchHit>;
