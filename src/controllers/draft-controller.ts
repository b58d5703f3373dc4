import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../domain/ids.js';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftOptions<T> {
  /** Storage key, unique per widget instance kind (e.g. `grid-case-form:default`). */
  key: string;
  /** The empty draft. */
  initial: () => T;
  /** Where drafts live; `localStorage` by default. */
  storage?: DraftStorage | null;
  /** Milliseconds to wait after the last change before saving. */
  debounceMs?: number;
}

interface SavedDraft<T> {
  version: 1;
  value: T;
  idempotencyKey: string;
  savedAt: string;
}

/**
 * Keeps what a user typed: saves the draft as they type (debounced, and at once on
 * disconnect or page hide) and restores it when the widget is created again, after a
 * reload or a crash. Each draft carries one idempotency key, so every retry of its
 * submit is the same request; `clear()` after success starts a new draft with a new key.
 */
export class DraftController<T extends object> implements ReactiveController {
  value: T;
  idempotencyKey: string;
  /** True when the current draft came back from storage. */
  restored = false;

  private readonly storage: DraftStorage | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onPageHide = () => this.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions<T>,
  ) {
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    const saved = this.read();
    this.value = saved ? { ...options.initial(), ...saved.value } : options.initial();
    this.idempotencyKey = saved?.idempotencyKey ?? newIdempotencyKey('draft');
    this.restored = saved !== null;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.flush();
  }

  /** Merges a change into the draft, re-renders and schedules a save. */
  update(patch: Partial<T>): void {
    this.value = { ...this.value, ...patch };
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.debounceMs ?? 300);
  }

  /** Saves now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.storage) return;
    const saved: SavedDraft<T> = {
      version: 1,
      value: this.value,
      idempotencyKey: this.idempotencyKey,
      savedAt: new Date().toISOString(),
    };
    try {
      this.storage.setItem(this.options.key, JSON.stringify(saved));
    } catch {
      // Storage full or blocked: the draft still lives in memory for this page.
    }
  }

  /**
   * A new idempotency key for the same draft, saved at once: the next submit is a new request (e.g. the person
   * chose to send an edited report as a new one after its first version was received).
   */
  renewKey(): void {
    this.idempotencyKey = newIdempotencyKey('draft');
    this.flush();
  }

  /** Forgets the draft after a successful submit; the next draft gets a new idempotency key. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.storage?.removeItem(this.options.key);
    this.value = this.options.initial();
    this.idempotencyKey = newIdempotencyKey('draft');
    this.restored = false;
    this.host.requestUpdate();
  }

  private read(): SavedDraft<T> | null {
    try {
      const raw = this.storage?.getItem(this.options.key);
      if (!raw) return null;
      const saved = JSON.parse(raw) as Partial<SavedDraft<T>>;
      if (saved.version !== 1 || typeof saved.idempotencyKey !== 'string' || typeof saved.value !== 'object' || !saved.value) {
        return null;
      }
      return saved as SavedDraft<T>;
    } catch {
      return null;
    }
  }
}

function defaultStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
