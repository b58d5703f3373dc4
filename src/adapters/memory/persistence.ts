import type { PersistOptions } from './options.js';

const FORMAT = 1;

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

  register(key: string, save: () => unknown, load: (data: unknown) => void): void {
    this.parts.set(key, { save, load });
  }

  /** Loads what was saved; a corrupt or foreign entry is dropped, never fatal. */
  restore(): void {
    if (!this.storage) return;
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return;
      const saved = JSON.parse(raw) as { format?: number; parts?: Record<string, unknown> };
      if (saved.format !== FORMAT || !saved.parts) return;
      for (const [key, part] of this.parts) if (key in saved.parts) part.load(saved.parts[key]);
    } catch (e) {
      console.warn('[grassroots] memory adapter: ignoring unreadable saved state', e);
      this.storage.removeItem(this.key);
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
      this.storage.setItem(this.key, JSON.stringify({ format: FORMAT, parts }));
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
