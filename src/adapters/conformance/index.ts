// The adapter conformance kit: registers tests that any adapter implementation must pass.
import { accessTests } from './access.js';
import { caseTests } from './cases.js';
import { errorTests } from './errors.js';
import { personas } from './fixtures.js';
import { filterTests } from './filters.js';
import { pagingTests } from './paging.js';
import { shapeTests } from './shapes.js';
import type { ConformanceOptions, ConformanceRunner } from './types.js';

export type { ConformanceOptions, ConformancePersona, ConformanceRunner } from './types.js';

/**
 * Registers the conformance suite with a mocha-style runner:
 *
 * ```ts
 * defineAdapterConformance({ describe, it }, { name: 'my backend', create: (persona) => myAdapterFor(persona) });
 * ```
 * Tests write to the backend (cases, hours, requests) with fresh idempotency keys, so they can run
 * against a shared test server, but not against production data.
 */
export function defineAdapterConformance(runner: ConformanceRunner, options: ConformanceOptions): void {
  const as = personas(options);
  runner.describe(`adapter conformance: ${options.name}`, () => {
    shapeTests(runner, as);
    pagingTests(runner, as);
    filterTests(runner, as);
    caseTests(runner, as);
    accessTests(runner, as);
    errorTests(runner, as);
  });
}
