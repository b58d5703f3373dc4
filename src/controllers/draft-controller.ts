import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cityNow } from '../domain/city-clock.js';
import { newIdempotencyKey } from '../domain/ids.js';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftOptions<T> {
  /** Storage key, unique per widget instance kind (e.g. `grid-case-form:default`). */
  key: string;
  /** The empty draft. */
  initial: () => T;
  /** Where drafts live; `localStorage` by default. */
  storage?: DraftStorage | null;
  /** Where the `sessionKeys` fields live (for this browser session only); `sessionStorage` by default. */
  sessionStorage?: DraftStorage | null;
  /**
   * Fields kept in `sessionStorage` instead, so they go when the browser closes: personal data on a
   * shared computer (a name, a phone number). Default none. Change later with `setSessionKeys`.
   */
  sessionKeys?: ReadonlyArray<keyof T>;
  /**
   * A saved draft last saved longer ago than this, by the city clock, is deleted instead of restored
   * (`expired` is then true). Default: kept until cleared.
   */
  maxAgeMs?: number;
  /** Milliseconds to wait after the last change before saving. */
  debounceMs?: number;
}

interface SavedDraft<T> {
  version: 1;
  value: T;
  idempotencyKey: string;
  savedAt: string;
}

/** The session half of a draft: the `sessionKeys` fields, tied to its draft by the idempotency key. */
interface SavedSessionPart<T> {
  version: 1;
  value: Partial<T>;
  idempotencyKey: string;
}

/**
 * Keeps what a user typed: saves the draft as they type (debounced, and at once on
 * disconnect or page hide) and restores it when the widget is created again, after a
 * reload or a crash. Each draft carries one idempotency key, so every retry of its
 * submit is the same request; `clear()` after success starts a new draft with a new key.
 *
 * On shared computers: `sessionKeys` fields are kept for the browser session only, and a
 * draft older than `maxAgeMs` (city clock) is deleted when it would be restored. Nothing is
 * written until something was typed, so a cleared draft leaves no entry behind.
 */
export class DraftController<T extends object> implements ReactiveController {
  value: T;
  idempotencyKey: string;
  /** True when the current draft came back from storage. */
  restored = false;
  /** True when a saved draft was found too old (`maxAgeMs`) and deleted. */
  expired = false;

  private readonly storage: DraftStorage | null;
  private readonly session: DraftStorage | null;
  private sessionKeys: ReadonlyArray<keyof T>;
  /** Changed since the last save. */
  private dirty = false;
  /** Something of this draft is in storage. */
  private written = false;
  /** When it was last saved (city clock, ms), for `setMaxAge`. */
  private savedAt = Number.NaN;
  private maxAgeMs: number | undefined;
  /** The saved draft held session-only fields in lasting storage (saved before they were session-only). */
  private misplaced = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onPageHide = () => this.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions<T>,
  ) {
    this.storage = options.storage === undefined ? defaultStorage('localStorage') : options.storage;
    this.session = options.sessionStorage === undefined ? defaultStorage('sessionStorage') : options.sessionStorage;
    this.sessionKeys = options.sessionKeys ?? [];
    this.maxAgeMs = options.maxAgeMs;
    const saved = this.read();
    this.value = saved ? { ...options.initial(), ...saved.value } : options.initial();
    this.idempotencyKey = saved?.idempotencyKey ?? newIdempotencyKey('draft');
    this.restored = saved !== null;
    this.written = this.restored;
    // A draft saved before these fields were session-only: move them out of lasting storage now.
    if (this.misplaced) {
      this.dirty = true;
      this.flush();
    }
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.flush();
  }

  /** True when this draft is in storage, or will be (something was typed since the last save). */
  get kept(): boolean {
    return this.dirty || this.written;
  }

  /**
   * Merges a change into the draft, re-renders and, when something changed, schedules a save.
   * `save: false` for values the widget fills in itself (a preselection): saved with the next real change.
   */
  update(patch: Partial<T>, { save = true }: { save?: boolean } = {}): void {
    const changed = (Object.keys(patch) as Array<keyof T>).some((k) => !Object.is(patch[k], this.value[k]));
    this.value = { ...this.value, ...patch };
    this.host.requestUpdate();
    if (!changed || !save) return;
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.debounceMs ?? 300);
  }

  /** Which fields are kept for the browser session only; saved at once where they live now. */
  setSessionKeys(keys: ReadonlyArray<keyof T>): void {
    if (keys.length === this.sessionKeys.length && keys.every((k) => this.sessionKeys.includes(k))) return;
    this.sessionKeys = [...keys];
    if (!this.dirty && parse(this.storage, this.options.key) === null) return; // nothing saved to move
    this.dirty = true;
    this.flush();
  }

  /**
   * Changes the maximum age; a restored draft not changed since, and now too old, is deleted at once
   * (`expired` becomes true) and this returns true. For a limit the page sets after the widget was created.
   */
  setMaxAge(ms: number | undefined): boolean {
    if (ms === this.maxAgeMs) return false;
    this.maxAgeMs = ms;
    if (ms === undefined || this.dirty || !this.written || this.isFresh(this.savedAt)) return false;
    this.clear();
    this.expired = true;
    return true;
  }

  /** Saves now, if anything changed since the last save. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    const lasting: Partial<T> = { ...this.value };
    const sessionOnly: Partial<T> = {};
    for (const k of this.sessionKeys) {
      sessionOnly[k] = this.value[k];
      delete lasting[k];
    }
    const saved: SavedDraft<Partial<T>> = {
      version: 1,
      value: lasting,
      idempotencyKey: this.idempotencyKey,
      savedAt: cityNow().toISOString(),
    };
    write(this.storage, this.options.key, saved);
    this.written = true;
    this.savedAt = Date.parse(saved.savedAt);
    const personal = this.sessionKeys.some((k) => !this.isEmptyField(k, this.value[k]));
    if (personal) {
      const part: SavedSessionPart<T> = { version: 1, value: sessionOnly, idempotencyKey: this.idempotencyKey };
      write(this.session, this.options.key, part);
    } else {
      remove(this.session, this.options.key);
    }
  }

  /**
   * A new idempotency key for the same draft, saved at once: the next submit is a new request (e.g. the person
   * chose to send an edited report as a new one after its first version was received).
   */
  renewKey(): void {
    this.idempotencyKey = newIdempotencyKey('draft');
    this.dirty = true;
    this.flush();
  }

  /**
   * Forgets the draft, in every storage (after a successful submit, or when the person discards it);
   * the next draft gets a new idempotency key. Nothing is saved again until something is typed.
   */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
    this.written = false;
    this.forget();
    this.value = this.options.initial();
    this.idempotencyKey = newIdempotencyKey('draft');
    this.restored = false;
    this.host.requestUpdate();
  }

  private forget(): void {
    remove(this.storage, this.options.key);
    remove(this.session, this.options.key);
  }

  /** Within the maximum age (city clock); with none, always. An unknown time is never fresh. */
  private isFresh(savedAt: number): boolean {
    if (this.maxAgeMs === undefined) return true;
    return cityNow().getTime() - savedAt <= this.maxAgeMs;
  }

  private isEmptyField(key: keyof T, value: unknown): boolean {
    return Object.is(value, this.options.initial()[key]);
  }

  /** The saved draft with its session half, or null; an expired, corrupt or orphaned entry is deleted. */
  private read(): SavedDraft<Partial<T>> | null {
    const found = parse<SavedDraft<Partial<T>>>(this.storage, this.options.key);
    if (!found || found.version !== 1 || typeof found.idempotencyKey !== 'string' || typeof found.value !== 'object' || !found.value) {
      this.forget();
      return null;
    }
    const saved = found as SavedDraft<Partial<T>>;
    const savedAt = Date.parse(String(saved.savedAt));
    if (!this.isFresh(savedAt)) {
      // Too old, or of unknown age: personal data must not wait for ever on a shared computer.
      this.forget();
      this.expired = true;
      return null;
    }
    this.savedAt = savedAt;
    this.misplaced = this.sessionKeys.some((k) => k in saved.value && !this.isEmptyField(k, saved.value[k]));
    const part = parse<SavedSessionPart<T>>(this.session, this.options.key);
    if (part && part.idempotencyKey === saved.idempotencyKey && typeof part.value === 'object' && part.value) {
      return { ...saved, value: { ...saved.value, ...part.value } };
    }
    // Another draft's session half, or none: it must not leak into this one.
    if (part) remove(this.session, this.options.key);
    return saved;
  }
}

function parse<S>(storage: DraftStorage | null, key: string): Partial<S> | null {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as Partial<S>) : null;
  } catch {
    return null;
  }
}

function write(storage: DraftStorage | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the draft still lives in memory for this page.
  }
}

function remove(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

function defaultStorage(name: 'localStorage' | 'sessionStorage'): DraftStorage | null {
  try {
    return globalThis[name] ?? null;
  } catch {
    return null;
  }
}
