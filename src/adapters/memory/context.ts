import type { Session } from '../../domain/session.js';
import { IdempotencyStore } from './idempotency.js';
import type { MemorySizes } from './options.js';
import { Rng } from './random.js';
import { generateAreas, type AreaWorld } from './world/areas.js';

/**
 * What every API group of the memory adapter shares. The generated world is immutable and
 * cached per seed and sizes, so many adapters (one per test) cost one generation; each
 * adapter keeps its own changes on top.
 */
export interface MemoryContext {
  readonly seed: number;
  readonly sizes: MemorySizes;
  readonly areas: AreaWorld;
  /** The instant the seeded world is laid out before (see `seedEpoch`). */
  readonly epoch: Date;
  /** An independent, deterministic random stream per label. */
  rng(label: string): Rng;
  now(): Date;
  session(): Session;
  readonly idempotency: IdempotencyStore;
  /** A generated part of the world, made once per seed and sizes and shared read-only. */
  world<T>(part: string, generate: () => T): T;
  /** Registers state to keep across reloads when persistence is on. */
  persistent(key: string, save: () => unknown, load: (data: unknown) => void): void;
  /** Call after every change, so persistence can save it. */
  changed(): void;
}

const worldCache = new Map<string, unknown>();

export function cachedWorld<T>(seed: number, sizes: MemorySizes, epoch: Date, part: string, generate: () => T): T {
  const key = `${seed}|${JSON.stringify(sizes)}|${epoch.toISOString()}|${part}`;
  if (!worldCache.has(key)) worldCache.set(key, generate());
  return worldCache.get(key) as T;
}

export interface ContextInit {
  seed: number;
  sizes: MemorySizes;
  epoch: Date;
  now: () => Date;
  session: () => Session;
  onChange: () => void;
  register: (key: string, save: () => unknown, load: (data: unknown) => void) => void;
}

export function createContext(init: ContextInit): MemoryContext {
  const root = new Rng(init.seed);
  const world = <T>(part: string, generate: () => T) => cachedWorld(init.seed, init.sizes, init.epoch, part, generate);
  return {
    seed: init.seed,
    sizes: init.sizes,
    epoch: init.epoch,
    areas: world('areas', () =>
      generateAreas(root.fork('areas'), {
        communities: init.sizes.communities,
        gridsPerCommunity: [3, 6],
        compoundsPerGrid: [2, 4],
        buildingsPerCompound: [3, 9],
      }),
    ),
    rng: (label) => root.fork(label),
    now: init.now,
    session: init.session,
    idempotency: new IdempotencyStore(),
    world,
    persistent: init.register,
    changed: init.onChange,
  };
}
