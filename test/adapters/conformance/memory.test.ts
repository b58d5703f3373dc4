import { defineAdapterConformance } from '../../../src/adapters/conformance/index.js';
import type { Adapter } from '../../../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { PersonaName } from '../../../src/adapters/memory/personas.js';

/**
 * One memory backend seen as several people: each persona's adapter switches the shared
 * adapter's session before every call (calls in the kit run one at a time).
 */
function asPersona(shared: MemoryAdapter, persona: PersonaName): Adapter {
  const out: Record<string, unknown> = { name: `memory as ${persona}` };
  for (const group of ['session', 'areas', 'cases', 'orgs', 'volunteers', 'services'] as const) {
    const api = shared[group] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    out[group] = Object.fromEntries(
      Object.entries(api).map(([method, fn]) => [
        method,
        (...args: unknown[]) => {
          shared.control.setSession(persona);
          return fn(...args);
        },
      ]),
    );
  }
  return out as Adapter;
}

const shared = createMemoryAdapter();
defineAdapterConformance({ describe, it }, { name: 'memory', create: (persona) => asPersona(shared, persona) });
