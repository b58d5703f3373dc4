import { LOCALES, resolveLocale, type Locale, type LocaleTag } from './locales.js';
import type { Catalogue, CatalogueOf, MessageBundle, MessageValue } from './translator.js';

/**
 * A catalogue whose locales are separate modules, fetched when a widget first shows that locale: a page
 * in Chinese never downloads the English words, and the other way round. Both locales are equal: neither
 * is bundled with the widget.
 */
export interface LazyMessages<K extends string = string> {
  /** The terms of `locale`, once {@link load}ed. */
  loaded(locale: Locale): Readonly<Record<K, MessageValue>> | undefined;
  /** Fetches the terms of `locale`; later calls share the first fetch (a failed one is tried again). */
  load(locale: Locale): Promise<void>;
}

/** A catalogue in either form: every locale at hand ({@link MessageBundle}), or fetched on demand. */
export type Messages<K extends string = string> = MessageBundle<K> | LazyMessages<K>;

/**
 * Declares a catalogue whose locales load on demand. Each loader is a dynamic `import()` of a module of the
 * library's own (same origin, so a strict CSP allows it); the `en` terms must have the keys of the `zh-CN` ones.
 *
 * ```ts
 * export const rosterMessages = lazyMessages({
 *   'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
 *   en: () => import('./messages.en.js').then((m) => m.en),
 * });
 * ```
 */
export function lazyMessages<const Z extends Catalogue>(loaders: {
  'zh-CN': () => Promise<Z>;
  en: () => Promise<CatalogueOf<Z>>;
}): LazyMessages<keyof Z & string> {
  const terms = new Map<Locale, Readonly<Record<string, MessageValue>>>();
  const fetches = new Map<Locale, Promise<void>>();
  return {
    loaded: (locale) => terms.get(locale) as Readonly<Record<keyof Z & string, MessageValue>> | undefined,
    load(locale) {
      let fetch = fetches.get(locale);
      if (!fetch) {
        fetch = loaders[locale]().then((catalogue) => void terms.set(locale, catalogue));
        fetch.catch(() => fetches.delete(locale));
        fetches.set(locale, fetch);
      }
      return fetch;
    },
  };
}

function isLazy(messages: Messages): messages is LazyMessages {
  return typeof (messages as Partial<LazyMessages>).load === 'function';
}

/** The terms a catalogue has at hand for `locale` (none for a lazy locale not loaded yet). */
export function catalogueOf(messages: Messages, locale: LocaleTag): Readonly<Record<string, MessageValue>> | undefined {
  if (!isLazy(messages)) return (messages as Partial<Record<LocaleTag, Readonly<Record<string, MessageValue>>>>)[locale];
  return (LOCALES as readonly string[]).includes(locale) ? messages.loaded(locale as Locale) : undefined;
}

/** True when a translator for `locale` would find every term of these catalogues (its built-in locale is loaded). */
export function messagesLoaded(locale: LocaleTag, ...catalogues: readonly Messages[]): boolean {
  const base = resolveLocale(locale);
  return catalogues.every((c) => !isLazy(c) || c.loaded(base) !== undefined);
}

/**
 * Fetches what a translator for `locale` needs from lazy catalogues: the terms of its built-in locale (a registered
 * locale such as `zh-TW` falls back to `zh-CN`'s). Resolves at once when everything is loaded.
 */
export async function loadMessages(locale: LocaleTag, ...catalogues: readonly Messages[]): Promise<void> {
  const base = resolveLocale(locale);
  await Promise.all(catalogues.filter(isLazy).map((c) => c.load(base)));
}
