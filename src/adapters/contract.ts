import type { Area, AreaHit } from '../domain/areas.js';
import type {
  CaseAction,
  CaseActionRequest,
  CaseCategory,
  CaseQuery,
  CaseSubmission,
  CaseSummary,
  Department,
  GridCase,
} from '../domain/cases.js';
import type { Page } from '../domain/common.js';
import type { Membership, Organization, OrgDetail, OrgSearchHit } from '../domain/orgs.js';
import type {
  DemandInput,
  ListItem,
  ListKind,
  RequestReceipt,
  ServiceQuery,
  ServiceRequestInput,
  TaxonomyTerm,
} from '../domain/services.js';
import type { Session } from '../domain/session.js';
import type { CaseStats, ServiceStats, StatsQuery, VolunteerStats } from '../domain/stats.js';
import type {
  HourLog,
  HourLogInput,
  JoinReceipt,
  JoinRequest,
  RevealField,
  Team,
  Volunteer,
  VolunteerQuery,
} from '../domain/volunteers.js';

export type { Page };

/** Every adapter method takes this bag last. */
export interface CallOptions {
  /** Aborts the call: the widget no longer needs the answer. */
  signal?: AbortSignal;
  /** The widget's locale, for backends that localise labels (zh-CN, en). */
  locale?: string;
}

/** Cursor paging: pass back the `nextCursor` of the previous page. */
export interface PageOptions extends CallOptions {
  cursor?: string | null;
  /** Page size; backends cap it (the memory adapter at 200). */
  limit?: number;
}

/**
 * How a backend likes to be asked for search-as-you-type results. Widgets query on every keystroke and abort
 * the stale query; a remote backend can ask them to wait for a pause in typing instead.
 */
export interface QueryHints {
  /** Wait this long (ms) after the last keystroke before a text query; absent or 0: query at once. */
  readonly queryDebounceMs?: number;
}

export interface SessionApi {
  /** Who is using the widget and what they may do. */
  current(options?: CallOptions): Promise<Session>;
}

export interface AreasApi {
  /** The top of the hierarchy (usually the city). */
  roots(options?: CallOptions): Promise<Area[]>;
  children(parentId: string, options?: PageOptions): Promise<Page<Area>>;
  get(id: string, options?: CallOptions): Promise<Area>;
  /** From the root down to and including `id`. */
  path(id: string, options?: CallOptions): Promise<Area[]>;
  search(text: string, options?: PageOptions & { level?: Area['level'] }): Promise<Page<AreaHit>>;
}

export interface CasesApi {
  /** Reportable categories with their questions (Open311 services and definitions). */
  categories(options?: CallOptions): Promise<CaseCategory[]>;
  departments(options?: CallOptions): Promise<Department[]>;
  /** Open cases of this category at or near this area, to offer "this is my problem too". */
  similar(query: { categoryCode: string; areaId: string }, options?: CallOptions): Promise<CaseSummary[]>;
  /** Creates a case. The same `idempotencyKey` returns the case it created before. */
  submit(submission: CaseSubmission, options?: CallOptions): Promise<GridCase>;
  /** By id or by public number (e.g. `GC-20261127-0042`). */
  get(idOrNumber: string, options?: CallOptions): Promise<GridCase>;
  /**
   * The cases in the session's scope (`caseScope`: a resident their own and followed ones, community
   * staff their community, a department officer what was dispatched to it, a grid centre its level and
   * below), filtered and sorted by the backend (`CaseQuery`; sort default `due` for staff, `newest`
   * otherwise); cursor-paged with a total.
   */
  list(query: CaseQuery, options?: PageOptions): Promise<Page<CaseSummary>>;
  /**
   * Aggregates for an area and a period (`CaseStats`), computed by the backend. Figures, not people:
   * any session may ask. Absent on a backend that cannot aggregate.
   */
  stats?(query: StatsQuery, options?: CallOptions): Promise<CaseStats>;
  /**
   * Takes an action the state machine and the session allow; returns the updated case. `urge` and
   * `escalate` are the grid centre's supervision (`case:urge`, `case:escalate`, a note each).
   */
  act(caseId: string, request: CaseActionRequest, options?: CallOptions): Promise<GridCase>;
  /** "This is my problem too": the session follows an existing case instead of reporting it again. */
  follow(caseId: string, options?: CallOptions): Promise<GridCase>;
  /** What this backend can do with cases; absent: everything. */
  readonly capabilities?: CasesCapabilities;
  /** How `list` likes to be called as a person types; absent: at once. */
  readonly hints?: QueryHints;
}

/**
 * For a backend that holds cases in a system with less than the closed loop (an Open311 server): what it
 * can do. Anything it cannot do rejects with `unsupported`; widgets offer only what is listed.
 */
export interface CasesCapabilities {
  /** The actions `act` can take; absent: every action. `[]`: the case is handled in another system. */
  readonly actions?: readonly CaseAction[];
  /** Whether `follow` works; absent: it does. */
  readonly follow?: boolean;
  /** Where the cases are handled, for messages such as "handled in the city's Open311 system". */
  readonly system?: string;
}

export interface OrgsApi {
  roots(options?: CallOptions): Promise<Organization[]>;
  children(parentId: string, options?: PageOptions): Promise<Page<Organization>>;
  get(id: string, options?: CallOptions): Promise<OrgDetail>;
  members(organizationId: string, options?: PageOptions): Promise<Page<Membership>>;
  search(text: string, options?: PageOptions): Promise<Page<OrgSearchHit>>;
  /** How `search` likes to be called as a person types; absent: at once. */
  readonly hints?: QueryHints;
}

export interface VolunteersApi {
  teams(options?: CallOptions): Promise<Team[]>;
  query(query: VolunteerQuery, options?: PageOptions): Promise<Page<Volunteer>>;
  get(id: string, options?: CallOptions): Promise<Volunteer>;
  /** The unmasked value; needs `volunteer:contact`. Backends should audit every call. */
  reveal(id: string, field: RevealField, options?: CallOptions): Promise<{ value: string }>;
  /** Join a team and/or report in to one's home community. Idempotent by key. */
  join(request: JoinRequest, options?: CallOptions): Promise<JoinReceipt>;
  /** Needs `volunteer:log-hours` (or to be that volunteer). Idempotent by key. */
  logHours(input: HourLogInput, options?: CallOptions): Promise<HourLog>;
  /** Service hours by team and by month for an area and a period (`VolunteerStats`), computed by the backend. */
  stats?(query: StatsQuery, options?: CallOptions): Promise<VolunteerStats>;
  /** How `query` likes to be called as a person types; absent: at once. */
  readonly hints?: QueryHints;
}

export interface ServicesApi {
  taxonomy(options?: CallOptions): Promise<TaxonomyTerm[]>;
  query(query: ServiceQuery, options?: PageOptions): Promise<Page<ListItem>>;
  get(kind: ListKind, id: string, options?: CallOptions): Promise<ListItem>;
  /** Request a service or a resource. Idempotent by key. */
  request(input: ServiceRequestInput, options?: CallOptions): Promise<RequestReceipt>;
  /** Post a resident's demand to the demand list. Idempotent by key. */
  postDemand(input: DemandInput, options?: CallOptions): Promise<RequestReceipt>;
  /** Service requests and demands taken up for an area and a period (`ServiceStats`), computed by the backend. */
  stats?(query: StatsQuery, options?: CallOptions): Promise<ServiceStats>;
  /** What this backend can do; absent: everything. */
  readonly capabilities?: ServicesCapabilities;
  /** How `query` likes to be called as a person types; absent: at once. */
  readonly hints?: QueryHints;
}

/** For a read-only directory (an HSDS API): which lists it has and which writes work; the rest reject with `unsupported`. */
export interface ServicesCapabilities {
  /** The list kinds `query` can return; absent: all four. Other kinds give an empty page. */
  readonly kinds?: readonly ListKind[];
  /** Whether `request` works; absent: it does. */
  readonly request?: boolean;
  /** Whether `postDemand` works; absent: it does. */
  readonly postDemand?: boolean;
}

/**
 * The one object a widget talks to. A backend implements the groups it supports;
 * a widget whose group is missing shows its "not configured" state.
 * Every method may reject with an `AdapterError`.
 */
export interface Adapter {
  /** Shown in logs and error reports, e.g. "memory" or "rest https://…". */
  readonly name?: string;
  session?: SessionApi;
  areas?: AreasApi;
  cases?: CasesApi;
  orgs?: OrgsApi;
  volunteers?: VolunteersApi;
  services?: ServicesApi;
}

export type AdapterGroup = Exclude<keyof Adapter, 'name'>;
