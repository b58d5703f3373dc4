import type { Adapter } from '../contract.js';

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
   * grid-centre `case:accept`, `case:dispatch`, `case:verify`, `case:close`, `volunteer:contact`;
   * department-staff `case:resolve`; community-staff `volunteer:contact`, `volunteer:log-hours`.
   */
  create(persona: ConformancePersona): Adapter | Promise<Adapter>;
}
