import type { Adapter, AdapterGroup } from '../contract.js';
import type { CaseSubmission } from '../../domain/cases.js';

/** The people the kit acts as. `create` must return adapters for them that share one backend. */
export type ConformancePersona = 'anonymous' | 'resident' | 'grid-worker' | 'community-staff' | 'department-staff' | 'grid-centre';

/** What the kit needs from a test runner: mocha/jasmine/vitest-style `describe` and `it`. */
export interface ConformanceRunner {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void> | void): unknown;
}

export interface ConformanceOptions {
  /** Shown in the suite name, e.g. "memory" or "rest". */
  name: string;
  /**
   * An adapter acting as `persona`. All personas must see the same data: a case the resident
   * reports is the case the grid centre accepts. Expected permissions: resident `case:report`;
   * grid-centre `case:accept`, `case:dispatch`, `case:verify`, `case:close`, `case:urge`, `case:escalate`,
   * `volunteer:contact`, working for a district or the whole city (it escalates the kit's cases up to the district);
   * department-staff `case:resolve`; community-staff `volunteer:contact`, `volunteer:log-hours`.
   * An adapter without `session` is the same for everyone: return it for every persona.
   *
   * `defineAdapterConformance` calls `create('anonymous')` while registering, to see which groups the
   * adapter has: it must then answer synchronously (await what it needs first). `runConformance` awaits it.
   */
  create(persona: ConformancePersona): Adapter | Promise<Adapter>;
  /** Check only these groups (of those the adapter has). Default: every group the adapter has. */
  groups?: readonly AdapterGroup[];
  /**
   * Where the kit's test reports are located, for an adapter without `areas` (an Open311 backend).
   * Default: `{ areaId: 'conformance', address: 'Conformance test address', point: { lat: 31.2304, lng: 121.4737 } }`.
   */
  caseLocation?: CaseSubmission['location'];
}

/**
 * What a clause needs to apply: adapter groups, or what a group declares it can do in `capabilities`:
 * `case-actions` every case action (`cases.capabilities.actions` absent or complete), `case-actions-limited`
 * (not every one), `case-follow` / `case-follow-unsupported` (`cases.capabilities.follow`), `service-requests`
 * (`services.capabilities.request` not false), `case-supervision` (`urge` and `escalate` among the actions),
 * and the aggregates a group implements: `case-stats`, `volunteer-stats`, `service-stats` (its `stats` method).
 */
export type ConformanceNeed =
  | AdapterGroup
  | 'case-actions'
  | 'case-actions-limited'
  | 'case-follow'
  | 'case-follow-unsupported'
  | 'case-supervision'
  | 'case-stats'
  | 'volunteer-stats'
  | 'service-stats'
  | 'service-requests';

/** The kit's view of a runner: each clause says what it needs, and is registered only when the adapter has it. */
export interface ClauseRunner {
  describe(name: string, body: () => void): void;
  it(name: string, needs: readonly ConformanceNeed[], body: () => Promise<void>): void;
}

/** One clause's outcome, from `runConformance`. */
export interface ConformanceResult {
  /** The suite and clause names, joined with ' › '. */
  name: string;
  passed: boolean;
  /** Why it failed. */
  error?: string;
  ms: number;
}
