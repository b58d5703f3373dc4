// The adapter conformance kit: registers tests that any adapter implementation must pass, for the groups it has.
import type { Adapter } from '../contract.js';
import { accessTests } from './access.js';
import { caseTests } from './cases.js';
import { errorTests } from './errors.js';
import { featuresOf, personas } from './fixtures.js';
import { filterTests } from './filters.js';
import { pagingTests } from './paging.js';
import { queueTests } from './queue.js';
import { shapeTests } from './shapes.js';
import { statsTests } from './stats.js';
import { supervisionTests } from './supervision.js';
import type { ClauseRunner, ConformanceOptions, ConformanceResult, ConformanceRunner } from './types.js';

export type {
  ConformanceNeed,
  ConformanceOptions,
  ConformancePersona,
  ConformanceResult,
  ConformanceRunner,
} from './types.js';
export { featuresOf } from './fixtures.js';

function register(runner: ConformanceRunner, options: ConformanceOptions, anonymous: Adapter): void {
  const features = featuresOf(anonymous, options.groups);
  const as = personas(options, features, anonymous);
  const kit: ClauseRunner = {
    describe: (name, body) => void runner.describe(name, body),
    it: (name, needs, body) => {
      if (needs.every((need) => features.has(need))) runner.it(name, body);
    },
  };
  const groups = [...features].filter((f) => !f.includes('-')).join(', ') || 'none';
  runner.describe(`adapter conformance: ${options.name} (${groups})`, () => {
    shapeTests(kit, as);
    pagingTests(kit, as);
    filterTests(kit, as);
    caseTests(kit, as);
    queueTests(kit, as);
    supervisionTests(kit, as);
    statsTests(kit, as);
    accessTests(kit, as);
    errorTests(kit, as);
  });
}

/**
 * Registers the conformance suite with a mocha-style runner, for the groups the adapter has
 * (a backend implements the groups it supports):
 *
 * ```ts
 * defineAdapterConformance({ describe, it }, { name: 'my backend', create: (persona) => myAdapterFor(persona) });
 * ```
 * `create('anonymous')` is called at once to see the groups, so it must answer synchronously.
 * Tests write to the backend (cases, hours, requests) with fresh idempotency keys, so they can run
 * against a shared test server, but not against production data.
 */
export function defineAdapterConformance(runner: ConformanceRunner, options: ConformanceOptions): void {
  const anonymous = options.create('anonymous');
  if (typeof (anonymous as Partial<Promise<Adapter>>).then === 'function') {
    throw new Error(
      'defineAdapterConformance: create("anonymous") returned a promise; the kit needs the adapter now to see its groups. ' +
        'Await what create needs first (top-level await), or use runConformance().',
    );
  }
  register(runner, options, anonymous as Adapter);
}

export interface RunConformanceOptions {
  /** Called after each clause, e.g. to print a line. */
  onResult?: (result: ConformanceResult) => void;
  /** Per clause (default 30 000 ms). */
  timeoutMs?: number;
  /** Only the clauses whose name contains this. */
  grep?: string;
}

/**
 * Runs the suite without a test runner (the `grassroots-conformance` CLI uses it): every clause in turn,
 * one result each. Never throws for a failing clause; look at `failed`.
 */
export async function runConformance(
  options: ConformanceOptions,
  run: RunConformanceOptions = {},
): Promise<{ results: ConformanceResult[]; passed: number; failed: number }> {
  const anonymous = await options.create('anonymous');
  const clauses: Array<{ name: string; body: () => Promise<void> | void }> = [];
  const stack: string[] = [];
  register(
    {
      describe(name, body) {
        stack.push(name);
        try {
          body();
        } finally {
          stack.pop();
        }
      },
      it(name, body) {
        clauses.push({ name: [...stack.slice(1), name].join(' › '), body });
      },
    },
    { ...options, create: (persona) => (persona === 'anonymous' ? anonymous : options.create(persona)) },
    anonymous,
  );
  const timeoutMs = run.timeoutMs ?? 30_000;
  const results: ConformanceResult[] = [];
  for (const clause of clauses) {
    if (run.grep && !clause.name.includes(run.grep)) continue;
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let result: ConformanceResult;
    try {
      await Promise.race([
        Promise.resolve().then(clause.body),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      result = { name: clause.name, passed: true, ms: Math.round(performance.now() - started) };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      result = { name: clause.name, passed: false, error, ms: Math.round(performance.now() - started) };
    } finally {
      clearTimeout(timer);
    }
    results.push(result);
    run.onResult?.(result);
  }
  const failed = results.filter((r) => !r.passed).length;
  return { results, passed: results.length - failed, failed };
}
