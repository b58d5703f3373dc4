import { cityNow } from '../../domain/city-clock.js';
import type { Session } from '../../domain/session.js';
import type { Adapter, AdapterGroup, CasesApi, ServicesApi, VolunteersApi } from '../contract.js';
import { createAreasApi } from './apis/areas.js';
import { createCasesApi } from './apis/cases.js';
import { createOrgsApi } from './apis/orgs.js';
import { createServicesApi } from './apis/services.js';
import { createSessionApi } from './apis/session.js';
import { createVolunteersApi } from './apis/volunteers.js';
import { createContext, type MemoryContext } from './context.js';
import { FaultInjector, type FaultOptions, type ScriptedFault } from './faults.js';
import { DEFAULT_SIZES, type MemoryAdapterOptions } from './options.js';
import { Persistence } from './persistence.js';
import { personaSession, type PersonaName } from './personas.js';
import { Rng } from './random.js';
import { seedEpoch } from './world/seed-clock.js';

export const DEFAULT_SEED = 20261127;

/** Levers for demos and tests that a real backend would not have. */
export interface MemoryControl {
  /** Switch who is using it (a persona name or a full session). */
  setSession(session: PersonaName | Session): void;
  setLatency(latency: number | readonly [number, number]): void;
  setFaults(faults: FaultOptions): void;
  /** Make the next `count` calls of `method` (e.g. `cases.submit`, or `*`) fail this way. */
  failNext(method: string, fault: ScriptedFault | ScriptedFault['kind'], count?: number): void;
  /** Drop queued faults. */
  clearFaults(): void;
  /** Forget saved changes (persistence) — takes effect on the next adapter created. */
  clearSaved(): void;
  /** Write pending changes to storage now. */
  flush(): void;
  /** The shared state, for tests that inspect what a real server would hold. */
  readonly context: MemoryContext;
}

/** A group with its aggregates: the memory adapter computes every `stats`. */
export type WithStats<Api extends { stats?: unknown }> = Api & Required<Pick<Api, 'stats'>>;

export interface MemoryAdapter extends Required<Omit<Adapter, 'name' | 'cases' | 'volunteers' | 'services'>> {
  readonly name: string;
  readonly control: MemoryControl;
  cases: WithStats<CasesApi>;
  volunteers: WithStats<VolunteersApi>;
  services: WithStats<ServicesApi>;
}

/**
 * The embedded default backend: a seeded, deterministic city in memory, enforcing the
 * same rules a real server does (state machine, permissions, idempotency, validation).
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const seed = options.seed ?? DEFAULT_SEED;
  const sizes = { ...DEFAULT_SIZES, ...options.sizes };
  let session = toSession(options.session ?? 'resident');
  const persistence = new Persistence(options.persist, seed);
  const faults = new FaultInjector(new Rng(seed ^ 0x5eed), options.faults, options.latency ?? 0);
  const now = options.now ?? cityNow;
  const started = now();
  persistence.epoch = persistence.savedEpoch(started) ?? seedEpoch(started);
  const ctx = createContext({
    seed,
    sizes,
    epoch: persistence.epoch,
    now,
    session: () => session,
    onChange: () => persistence.schedule(),
    register: (key, save, load) => persistence.register(key, save, load),
  });
  ctx.persistent('idempotency', () => ctx.idempotency.toJSON(), (data) => ctx.idempotency.load(data));

  const groups = {
    session: createSessionApi(ctx),
    areas: createAreasApi(ctx),
    cases: createCasesApi(ctx),
    orgs: createOrgsApi(ctx),
    volunteers: createVolunteersApi(ctx),
    services: createServicesApi(ctx),
  };
  persistence.restore();

  const adapter = { name: 'memory' } as Record<string, unknown>;
  for (const [group, api] of Object.entries(groups) as Array<[AdapterGroup, object]>) {
    adapter[group] = withFaults(group, api, faults);
  }
  adapter.control = {
    setSession: (next) => (session = toSession(next)),
    setLatency: (latency) => faults.setLatency(latency),
    setFaults: (next) => faults.setFaults(next),
    failNext: (method, fault, count) => faults.failNext(method, fault, count),
    clearFaults: () => faults.clear(),
    clearSaved: () => persistence.clear(),
    flush: () => persistence.flush(),
    context: ctx,
  } satisfies MemoryControl;
  return adapter as unknown as MemoryAdapter;
}

function toSession(session: PersonaName | Session): Session {
  return typeof session === 'string' ? personaSession(session) : structuredClone(session);
}

/**
 * Every method: latency and faults first, then the call; results are copies, so a widget
 * can never change the backend's state by mutating what it got.
 */
function withFaults<T extends object>(group: string, api: T, faults: FaultInjector): T {
  const out: Record<string, unknown> = {};
  for (const [method, fn] of Object.entries(api)) {
    out[method] = async (...args: unknown[]) => {
      const signal = findSignal(args);
      const result = await faults.run(`${group}.${method}`, signal, () => (fn as (...a: unknown[]) => unknown)(...args));
      if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
      return copy(result);
    };
  }
  return out as T;
}

function findSignal(args: unknown[]): AbortSignal | undefined {
  const last = args[args.length - 1];
  return last && typeof last === 'object' && 'signal' in last ? (last as { signal?: AbortSignal }).signal : undefined;
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
