import type { Locale } from './locales.js';
import type { MessageValue } from './translator.js';

/** A locale a portal registered terms for: a built-in one (overrides) or a new one (a third language). */
export interface RegisteredLocale {
  /** The tag as registered, canonical (`zh-TW`, `ug`, `en`). */
  readonly tag: string;
  /** The built-in locale whose catalogue fills the keys it lacks. */
  readonly base: Locale;
  /** Its terms, by key. */
  readonly terms: ReadonlyMap<string, MessageValue>;
}

interface Store {
  version: number;
  /** By lower-case tag. */
  locales: Map<string, RegisteredLocale>;
  events: EventTarget;
}

/**
 * One store per page, not per copy of the library: a portal that bundles the library and also loads
 * the script tag registers terms once and both copies see them (the key is a registered symbol, like
 * the context keys).
 */
const KEY = Symbol.for('grassroots-gov-widgets/messages');
const holder = globalThis as { [KEY]?: Store };
const store: Store = (holder[KEY] ??= { version: 0, locales: new Map(), events: new EventTarget() });

const CHANGE = 'change';

/** The registered locale for a lower-case tag, if any. */
export function registeredLocale(lowerTag: string): RegisteredLocale | undefined {
  return store.locales.get(lowerTag);
}

/** Every registered locale, in registration order. */
export function registeredLocales(): readonly RegisteredLocale[] {
  return [...store.locales.values()];
}

/** Stores (or replaces) a registered locale and tells every listener. */
export function storeLocale(entry: RegisteredLocale): void {
  store.locales.set(entry.tag.toLowerCase(), entry);
  store.version++;
  store.events.dispatchEvent(new Event(CHANGE));
}

/** Forgets every registered term (tests). */
export function clearRegisteredMessages(): void {
  if (store.locales.size === 0) return;
  store.locales.clear();
  store.version++;
  store.events.dispatchEvent(new Event(CHANGE));
}

/** Bumped on every registration: a translator built at an older version is stale. */
export function messagesVersion(): number {
  return store.version;
}

/** Calls `listener` after every registration; returns the unsubscribe function. */
export function onMessagesChanged(listener: () => void): () => void {
  const handler = () => listener();
  store.events.addEventListener(CHANGE, handler);
  return () => store.events.removeEventListener(CHANGE, handler);
}
