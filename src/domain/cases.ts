import * as z from 'zod/mini';
import { GeoPoint, Id, IsoDateTime, LIMITS, PHONE_PATTERN } from './common.js';
import { AreaLevel } from './areas.js';
import { Role } from './session.js';
import { ImageUrl } from './urls.js';

/** Where a case is in the closed loop. Overdue is derived from `dueAt`, not a state. */
export const CASE_STATES = [
  'reported',
  'accepted',
  'dispatched',
  'handled',
  'verified',
  'closed',
  'returned',
  'reopened',
] as const;
export const CaseState = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseState>;

/**
 * What someone can do to a case. `rate` keeps the state and records satisfaction; `urge` (督办) and
 * `escalate` (提级) are the grid centre's supervision: they keep the state, and are recorded in the
 * timeline and counted in the statistics.
 */
export const CASE_ACTIONS = ['accept', 'dispatch', 'resolve', 'verify', 'close', 'return', 'reopen', 'rate', 'urge', 'escalate'] as const;
export const CaseAction = z.enum(CASE_ACTIONS);
export type CaseAction = z.infer<typeof CaseAction>;

/**
 * The grid centre's three levels, bottom up (community ← street ← district). A case is supervised at
 * `community` level when reported; each `escalate` moves it one level up; `district` is the top. A
 * case without `escalationLevel` is at `community` level.
 */
export const ESCALATION_LEVELS = ['community', 'street', 'district'] as const;
export const EscalationLevel = z.enum(ESCALATION_LEVELS);
export type EscalationLevel = z.infer<typeof EscalationLevel>;

export const URGENCIES = ['low', 'normal', 'high', 'emergency'] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

/** Open311 attribute datatypes, plus boolean and text. */
export const QUESTION_TYPES = ['string', 'text', 'number', 'datetime', 'single', 'multi', 'boolean'] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

export const QuestionOption = z.object({ key: z.string().check(z.minLength(1)), label: z.string() });
export type QuestionOption = z.infer<typeof QuestionOption>;

/** One per-category question, shaped like an Open311 service-definition attribute. */
export const CategoryQuestion = z.object({
  code: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  datatype: QuestionType,
  required: z.boolean(),
  hint: z.optional(z.string()),
  options: z.optional(z.array(QuestionOption)),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  maxLength: z.optional(z.number().check(z.int(), z.gt(0))),
  order: z.number(),
});
export type CategoryQuestion = z.infer<typeof CategoryQuestion>;

export const Department = z.object({ id: Id, name: z.string().check(z.minLength(1)) });
export type Department = z.infer<typeof Department>;

/** A kind of problem that can be reported: an Open311 "service" with its definition. */
export const CaseCategory = z.object({
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  group: z.string().check(z.minLength(1)),
  groupName: z.string(),
  description: z.string(),
  keywords: z.array(z.string()),
  department: Department,
  /** Hours from report to handled before the case is overdue. */
  slaHours: z.number().check(z.gt(0)),
  questions: z.array(CategoryQuestion),
});
export type CaseCategory = z.infer<typeof CaseCategory>;

export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const CaseLocation = z.object({
  areaId: Id,
  /** From the top of the hierarchy down to the chosen area. */
  areaPath: z.array(z.object({ id: Id, name: z.string(), level: AreaLevel })),
  address: z.string().check(z.maxLength(LIMITS.address)),
  point: z.optional(GeoPoint),
});
export type CaseLocation = z.infer<typeof CaseLocation>;

export const Photo = z.object({
  id: Id,
  /** Written into `<img src>`: http(s), same-origin relative, `blob:` or `data:image/*` only. */
  url: ImageUrl,
  name: z.string(),
  /** `report`: taken by the reporter; `result`: taken by the department after handling. */
  kind: z.enum(['report', 'result']),
});
export type Photo = z.infer<typeof Photo>;

export const Actor = z.object({ name: z.string(), role: Role });
export type Actor = z.infer<typeof Actor>;

export const TimelineEvent = z.object({
  id: Id,
  at: IsoDateTime,
  /** `report` opens the loop, `follow` is a resident joining the case. */
  action: z.union([CaseAction, z.literal('report'), z.literal('follow')]),
  fromState: z.nullable(CaseState),
  toState: CaseState,
  actor: Actor,
  note: z.optional(z.string()),
  department: z.optional(Department),
  rating: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  photos: z.optional(z.array(Photo)),
  /** `escalate`: the level the case went up to. */
  escalationLevel: z.optional(EscalationLevel),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Reporter = z.object({
  anonymous: z.boolean(),
  name: z.optional(z.string()),
  /** Masked (138****5678) unless the session may see it. */
  phone: z.optional(z.string()),
});
export type Reporter = z.infer<typeof Reporter>;

/** One `urge` of the grid centre: when, and the department it urged. */
export const CaseUrge = z.object({ at: IsoDateTime, departmentId: Id });
export type CaseUrge = z.infer<typeof CaseUrge>;

const Rating = z.number().check(z.int(), z.gte(1), z.lte(5));

/**
 * What lists and "similar cases" show. The optional fields are what work queues and statistics read;
 * a backend that knows them sends them (the memory adapter and the reference server always do).
 */
export const CaseSummary = z.object({
  id: Id,
  publicNumber: z.string().check(z.minLength(1)),
  categoryCode: z.string(),
  categoryName: z.string(),
  status: CaseState,
  urgency: Urgency,
  description: z.string(),
  location: CaseLocation,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  dueAt: IsoDateTime,
  followers: z.number().check(z.int(), z.gte(0)),
  /** The department it is (or was last) dispatched to. */
  department: z.optional(z.nullable(Department)),
  /** Absent means `community`. */
  escalationLevel: z.optional(EscalationLevel),
  /** Every urge, oldest first. */
  urges: z.optional(z.array(CaseUrge)),
  /**
   * When the work was done: the case last entered handled, verified or closed from an open state.
   * Null while it is open. A case is on time when `settledAt <= dueAt`.
   */
  settledAt: z.optional(z.nullable(IsoDateTime)),
  closedAt: z.optional(z.nullable(IsoDateTime)),
  rating: z.optional(z.nullable(Rating)),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const GridCase = z.extend(CaseSummary, {
  answers: z.record(z.string(), AnswerValue),
  reporter: Reporter,
  photos: z.array(Photo),
  department: z.nullable(Department),
  closedAt: z.nullable(IsoDateTime),
  rating: z.nullable(Rating),
  timeline: z.array(TimelineEvent),
  /** True when the current session reported or follows this case. */
  mine: z.boolean(),
});
export type GridCase = z.infer<typeof GridCase>;

/** What a form sends. Photos travel as Blobs beside it; rules beyond shape live in case-validation. */
export const CaseSubmissionFields = z.object({
  categoryCode: z.string().check(z.minLength(1)),
  answers: z.record(z.string(), AnswerValue),
  location: z.object({
    areaId: Id,
    address: z.string().check(z.maxLength(LIMITS.address)),
    point: z.optional(GeoPoint),
  }),
  description: z.string().check(z.minLength(1), z.maxLength(LIMITS.description)),
  urgency: Urgency,
  anonymous: z.boolean(),
  name: z.optional(z.string().check(z.maxLength(LIMITS.name))),
  phone: z.optional(z.string().check(z.regex(PHONE_PATTERN))),
  /** One key per draft: a retried submit with the same key returns the same case. */
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(200)),
});
export type CaseSubmissionFields = z.infer<typeof CaseSubmissionFields>;
export interface CaseSubmission extends CaseSubmissionFields {
  photos?: Blob[];
}

export const CaseActionInput = z.object({
  action: CaseAction,
  note: z.optional(z.string().check(z.maxLength(LIMITS.note))),
  /** Required for `dispatch`. */
  departmentId: z.optional(Id),
  /** Required for `rate`: 1 (very unsatisfied) to 5. */
  rating: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(200)),
});
export type CaseActionFields = z.infer<typeof CaseActionInput>;
export interface CaseActionRequest extends CaseActionFields {
  /** Result photos for `resolve`. */
  photos?: Blob[];
}

/**
 * How a case list is ordered:
 * - `due`: open cases first, the earliest due date first (so overdue ones lead); then settled cases
 *   (handled, verified, closed), the most recently updated first. The default for staff.
 * - `newest`: the most recently reported first. The default for residents.
 * - `followers`: the most followed first, then the newest.
 * Ties go by id, so paging is stable.
 */
export const CASE_SORTS = ['due', 'newest', 'followers'] as const;
export const CaseSort = z.enum(CASE_SORTS);
export type CaseSort = z.infer<typeof CaseSort>;

/**
 * Filters for `cases.list`, all applied by the backend, within the session's scope (see `caseScope`).
 * Time bounds: `reportedFrom` inclusive, `reportedTo` and `dueBefore` exclusive.
 */
export const CaseQuery = z.object({
  status: z.optional(z.array(CaseState)),
  categoryCode: z.optional(z.string()),
  /** Any area down to a grid, compound or building: cases located in it or below it. */
  areaId: z.optional(Id),
  urgency: z.optional(z.array(Urgency)),
  /** Cases dispatched to this department. */
  departmentId: z.optional(Id),
  overdue: z.optional(z.boolean()),
  dueBefore: z.optional(IsoDateTime),
  reportedFrom: z.optional(IsoDateTime),
  reportedTo: z.optional(IsoDateTime),
  /** Only cases the session reported or follows. */
  mine: z.optional(z.boolean()),
  /** Public number, category, description or address. */
  text: z.optional(z.string().check(z.maxLength(LIMITS.search))),
  sort: z.optional(CaseSort),
});
export type CaseQuery = z.infer<typeof CaseQuery>;
