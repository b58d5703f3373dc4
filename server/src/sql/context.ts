import type { Session } from '../../../src/domain/session.js';
import { createContext, type MemoryContext } from '../../../src/adapters/memory/context.js';
import type { MemorySizes } from '../../../src/adapters/memory/options.js';
import { personaSession } from '../../../src/adapters/memory/personas.js';
import type { Db } from './db.js';

/** What one request's SQL code works with: the database, who is calling, and the city clock. */
export interface SqlContext {
  readonly db: Db;
  /** The caller of this request (the server makes one context per request; nothing is shared between requests). */
  readonly session: Session;
  /** The city clock (`cityNow`; frozen by `--clock` in tests). */
  now(): Date;
  /** Called by `idempotent` when a write was answered from its key, so the HTTP layer can say `Idempotent-Replayed`. */
  replayed(): void;
}

/**
 * How a fresh database is seeded: the memory adapter's generator with this seed and sizes,
 * laid out before `epoch` (kept in `meta`, so a restart sees the same city).
 */
export interface SeedInput {
  readonly seed: number;
  readonly sizes: MemorySizes;
  readonly epoch: Date;
}

/**
 * The memory adapter's generator for a seed input: the same world the memory adapter makes with this
 * seed and sizes at this epoch (areas, and `world(part, …)` for the rest), so seeded rows and ids match it.
 */
export function seedWorld(input: SeedInput): MemoryContext {
  return createContext({
    seed: input.seed,
    sizes: input.sizes,
    epoch: input.epoch,
    now: () => input.epoch,
    session: () => personaSession('anonymous'),
    onChange: () => undefined,
    register: () => undefined,
  });
}
