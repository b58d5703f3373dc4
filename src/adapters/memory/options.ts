import type { Session } from '../../domain/session.js';
import type { PersonaName } from './personas.js';
import type { FaultOptions } from './faults.js';

/** How big the seeded city is. Defaults are shaped like a real prefecture-level city. */
export interface MemorySizes {
  /** Communities and villages (≈480). Grids, compounds and buildings scale with it. */
  communities: number;
  /** Organisation-tree nodes. 0 = the realistic default for the area tree; up to 100,000. */
  orgNodes: number;
  /** Volunteers (≈19,000 party members and others); up to 50,000. */
  volunteers: number;
  /** Volunteer service teams. */
  teams: number;
  /** Seeded grid cases in various states. */
  cases: number;
  services: number;
  demands: number;
  resources: number;
  projects: number;
}

export const DEFAULT_SIZES: MemorySizes = {
  communities: 480,
  orgNodes: 0,
  volunteers: 19_000,
  teams: 36,
  cases: 400,
  services: 300,
  demands: 120,
  resources: 90,
  projects: 60,
};

export interface PersistOptions {
  /** Where to keep changes; `localStorage` by default. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Storage key; change it to keep two demos apart. */
  key?: string;
}

export interface MemoryAdapterOptions {
  /** Same seed, same city. */
  seed?: number;
  sizes?: Partial<MemorySizes>;
  /** Who is using it: a persona name or a full session. Default `resident`. */
  session?: PersonaName | Session;
  /** The clock; by default the city clock (`cityNow`). The seeded world is laid out before its "now". */
  now?: () => Date;
  /** Delay per call in ms, or a [min, max] range, to make loading states visible. */
  latency?: number | readonly [number, number];
  /** Random faults for demos and soak tests; scripted faults are on `adapter.control`. */
  faults?: FaultOptions;
  /** Keep what users changed (new cases, requests, hours) in browser storage across reloads. */
  persist?: boolean | PersistOptions;
}
