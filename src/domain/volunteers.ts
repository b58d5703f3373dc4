import * as z from 'zod/mini';
import { Id, ID_NUMBER_PATTERN, IsoDate, IsoDateTime, LIMITS, PHONE_PATTERN } from './common.js';

export const TEAM_KINDS = [
  'policy-outreach',
  'public-welfare',
  'mediation',
  'environment',
  'elderly-visits',
  'child-care',
  'safety-patrol',
  'culture',
] as const;
export const TeamKind = z.enum(TEAM_KINDS);
export type TeamKind = z.infer<typeof TeamKind>;

export const SKILLS = [
  'first-aid',
  'legal',
  'medical',
  'counselling',
  'teaching',
  'it',
  'repair',
  'driving',
  'sign-language',
  'cooking',
  'photography',
  'dialect',
] as const;
export const Skill = z.enum(SKILLS);
export type Skill = z.infer<typeof Skill>;

export const AVAILABILITY = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;
export const Availability = z.enum(AVAILABILITY);
export type Availability = z.infer<typeof Availability>;

export const Team = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  kind: TeamKind,
  leaderName: z.string(),
  memberCount: z.number().check(z.int(), z.gte(0)),
  hoursThisYear: z.number().check(z.gte(0)),
  areaId: z.nullable(Id),
  description: z.string(),
});
export type Team = z.infer<typeof Team>;

export const Volunteer = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  teamIds: z.array(Id),
  skills: z.array(Skill),
  availability: z.array(Availability),
  areaId: Id,
  areaName: z.string(),
  hoursThisYear: z.number().check(z.gte(0)),
  hoursTotal: z.number().check(z.gte(0)),
  partyMember: z.boolean(),
  /** Masked unless revealed through `volunteers.reveal`. */
  phone: z.string(),
  idNumber: z.string(),
  joinedAt: IsoDate,
});
export type Volunteer = z.infer<typeof Volunteer>;

export const VOLUNTEER_SORTS = ['name', 'hours-desc', 'hours-asc', 'joined-desc'] as const;
export const VolunteerSort = z.enum(VOLUNTEER_SORTS);
export type VolunteerSort = z.infer<typeof VolunteerSort>;

export const VolunteerQuery = z.object({
  text: z.optional(z.string().check(z.maxLength(LIMITS.search))),
  teamId: z.optional(Id),
  skills: z.optional(z.array(Skill)),
  availability: z.optional(z.array(Availability)),
  /** Any area: matches volunteers in it or below it. */
  areaId: z.optional(Id),
  partyMember: z.optional(z.boolean()),
  sort: z.optional(VolunteerSort),
});
export type VolunteerQuery = z.infer<typeof VolunteerQuery>;

export const RevealField = z.enum(['phone', 'idNumber']);
export type RevealField = z.infer<typeof RevealField>;

/** Join a team and/or report in to the community where one lives. */
export const JoinRequest = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.name)),
  phone: z.string().check(z.regex(PHONE_PATTERN)),
  idNumber: z.optional(z.string().check(z.regex(ID_NUMBER_PATTERN))),
  teamId: z.optional(Id),
  communityId: Id,
  skills: z.array(Skill),
  availability: z.array(Availability).check(z.minLength(1)),
  partyMember: z.boolean(),
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(200)),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const HourLogInput = z.object({
  volunteerId: Id,
  date: IsoDate,
  hours: z.number().check(z.gt(0), z.lte(24)),
  activity: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.activity)),
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(200)),
});
export type HourLogInput = z.infer<typeof HourLogInput>;

export const HourLog = z.object({
  id: Id,
  volunteerId: Id,
  date: IsoDate,
  hours: z.number(),
  activity: z.string(),
  loggedAt: IsoDateTime,
});
export type HourLog = z.infer<typeof HourLog>;

export const JoinReceipt = z.object({
  referenceNumber: z.string().check(z.minLength(1)),
  volunteer: Volunteer,
});
export type JoinReceipt = z.infer<typeof JoinReceipt>;
