import type { PersistOptions } from './options.js';

const FORMAT = 2;
const MAX_SAVED_DAYS = 7;

interface Saved {
  format?: number;
  /** The seeded world's epoch, so saved changes meet the same seeded cases and numbers on a later day. */
  epoch?: string;
  parts?: Record<string, unknown>;
}

/**
 * Saves the registered parts of an adapter's state to browser storage (debounced) and
 * loads them back. Only changes are stored; the seeded world is regenerated from the seed.
 */
export class Persistence {
  private parts = new Map<string, { save: () => unknown; load: (data: unknown) => void }>();
  private pending: ReturnType<typeof setTimeout> | null = null;
  private storage: PersistOptions['storage'] | null;
  private key: string;

  constructor(options: boolean | PersistOptions | undefined, seed: number) {
    const opts = typeof options === 'object' ? options : {};
    this.storage = options ? (opts.storage ?? safeLocalStorage()) : null;
    this.key = opts.key ?? `grassroots-memory-adapter:${seed}`;
  }

  get enabled(): boolean {
    return this.storage !== null;
  }

  /**
   * The epoch the saved changes were made on, if any: the world must be seeded as it was then. Changes saved on a
   * world more than `MAX_SAVED_DAYS` old are dropped, so a demo left for weeks comes back current, not stale.
   */
  savedEpoch(now: Date): Date | null {
    const saved = this.read();
    const epoch = saved?.epoch ? new Date(saved.epoch) : null;
    if (!epoch || Number.isNaN(epoch.getTime())) return null;
    if (now.getTime() - epoch.getTime() > MAX_SAVED_DAYS * 86_400_000) {
      this.clear();
      return null;
    }
    return epoch;
  }

  /** Set once the world's epoch is known; written with every save. */
  epoch: Date | null = null;

  register(key: string, save: () => unknown, load: (data: unknown) => void): void {
    this.parts.set(key, { save, load });
  }

  /** Loads what was saved; a corrupt or foreign entry is dropped, never fatal. */
  restore(): void {
    const saved = this.read();
    if (!saved?.parts) return;
    try {
      for (const [key, part] of this.parts) if (key in saved.parts) part.load(saved.parts[key]);
    } catch (e) {
      console.warn('[grassroots] memory adapter: ignoring unreadable saved state', e);
      this.storage?.removeItem(this.key);
    }
  }

  private read(): Saved | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return null;
      const saved = JSON.parse(raw) as Saved;
      return saved.format === FORMAT ? saved : null;
    } catch (e) {
      console.warn('[grassroots] memory adapter: ignoring unreadable saved state', e);
      this.storage.removeItem(this.key);
      return null;
    }
  }

  schedule(): void {
    if (!this.storage || this.pending) return;
    this.pending = setTimeout(() => this.flush(), 50);
  }

  /** Writes now (also used by tests and before unload). */
  flush(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    if (!this.storage) return;
    const parts: Record<string, unknown> = {};
    for (const [key, part] of this.parts) parts[key] = part.save();
    try {
      const saved: Saved = { format: FORMAT, ...(this.epoch ? { epoch: this.epoch.toISOString() } : {}), parts };
      this.storage.setItem(this.key, JSON.stringify(saved));
    } catch (e) {
      console.warn('[grassroots] memory adapter: could not save state (storage full or blocked)', e);
    }
  }

  clear(): void {
    this.storage?.removeItem(this.key);
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Storage can throw in sandboxed iframes.
  }
}
