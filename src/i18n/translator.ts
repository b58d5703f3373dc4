import { formatDate, formatNumber, pluralRules } from './format.js';
import { DEFAULT_LOCALE, LOCALES, resolveLocale, resolveMessageLocale, type Locale, type LocaleTag } from './locales.js';
import { messagesVersion, registeredLocale } from './message-store.js';
import { catalogueOf, type LazyMessages, type Messages } from './lazy-messages.js';

/** Values a message may interpolate. Numbers and dates are formatted for the locale. */
export type MessageParams = Record<string, string | number | Date | null | undefined>;

/**
 * Plural forms, chosen by the `count` param with `Intl.PluralRules`.
 * Exact matches such as `'=0'` win over categories; `other` is required.
 */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>>;

/**
 * A computed message, for the rare text neither interpolation nor plurals can express. `locale` is
 * the locale of the catalogue it came from (a registered tag such as `zh-TW` for a portal's term).
 */
export type MessageFunction = (params: MessageParams, locale: LocaleTag) => string;

/** One catalogue entry: a `{name}` template, plural forms, or a function. */
export type MessageValue = string | PluralMessage | MessageFunction;

/** A flat catalogue of messages for one locale. */
export type Catalogue = Record<string, MessageValue>;

/**
 * The shape another locale must have to match a reference catalogue:
 * the same keys, each with any message value. Type a translation with it
 * (`const en: CatalogueOf<typeof zhCN> = {…}`) and a missing or extra key is
 * a compile error.
 */
export type CatalogueOf<T extends Catalogue> = { readonly [K in keyof T]: MessageValue };

/** Catalogues for every supported locale, with the same keys. */
export type MessageBundle<K extends string = string> = { readonly [L in Locale]: Readonly<Record<K, MessageValue>> };

/** The keys of a bundle, lazy or not (or of a union of bundles). */
export type BundleKeys<B> = B extends MessageBundle<infer K> ? K : B extends LazyMessages<infer K> ? K : never;

/**
 * Declares a widget's (or the shared) catalogue for all locales. The `en`
 * catalogue must have exactly the keys of the `zh-CN` one.
 *
 * ```ts
 * export const caseFormMessages = defineMessages({
 *   'zh-CN': { 'caseForm.title': '反映问题' },
 *   en: { 'caseForm.title': 'Report a problem' },
 * });
 * ```
 */
export function defineMessages<const Z extends Catalogue>(bundle: {
  'zh-CN': Z;
  en: CatalogueOf<Z>;
}): MessageBundle<keyof Z & string> {
  return bundle as MessageBundle<keyof Z & string>;
}

/** Looks up and formats a message: `t('common.loading')`, `t('count.items', { count: 3 })`. */
export interface Translator<K extends string = string> {
  (key: K, params?: MessageParams): string;
  /** The built-in locale this translator falls back to and formats dates for. */
  readonly locale: Locale;
  /** The locale whose terms come first: `locale`, or a locale a portal registered (`zh-TW`). */
  readonly tag: LocaleTag;
  /** The `registerMessages` version it was built at; an older one is stale. */
  readonly version: number;
  /** True when some catalogue (in any locale) has `key`. */
  has(key: string): key is K;
}

const warnedMissing = new Set<string>();

/**
 * Builds a translator for `locale` from one or more bundles. Later bundles
 * override earlier ones, so a widget passes the shared bundle first and its
 * own after it. Terms a portal registered with `registerMessages` override
 * the bundles' terms of their locale.
 *
 * `locale` may be a built-in locale, a locale a portal registered (`zh-TW`)
 * or any tag (resolved with `resolveMessageLocale`). Missing keys fall back
 * to the registered locale's base locale, then to the default locale
 * (`zh-CN`), then to any other locale, and finally to the key itself, with
 * one `console.warn` per key. A lazy catalogue (`lazyMessages`) gives only the
 * locales loaded so far: `await loadMessages(locale, ...bundles)` first.
 */
export function createTranslator<const B extends readonly Messages<string>[]>(
  locale: LocaleTag,
  ...bundles: B
): Translator<BundleKeys<B[number]>> {
  const tag = resolveMessageLocale(locale);
  const base = resolveLocale(tag);
  // Wanted tag, its base locale, then the default locale, then any other.
  const order = [...new Set<LocaleTag>([tag, base, DEFAULT_LOCALE, ...LOCALES])];
  const merged = new Map<string, { value: MessageValue; locale: LocaleTag }>();
  // Lowest precedence first: fallback locales, then the wanted locale; within
  // a locale, earlier bundles first so later ones override, then the portal's terms.
  for (const loc of [...order].reverse()) {
    for (const bundle of bundles) {
      const catalogue = catalogueOf(bundle, loc);
      if (!catalogue) continue;
      for (const key of Object.keys(catalogue)) {
        merged.set(key, { value: catalogue[key]!, locale: loc });
      }
    }
    const registered = registeredLocale(loc.toLowerCase());
    if (registered) for (const [key, value] of registered.terms) merged.set(key, { value, locale: registered.tag });
  }

  const t = ((key: string, params: MessageParams = {}) => {
    const entry = merged.get(key);
    if (!entry) {
      if (!warnedMissing.has(key)) {
        warnedMissing.add(key);
        console.warn(`[grassroots-gov-widgets] Missing message "${key}" in every catalogue.`);
      }
      return key;
    }
    return formatMessage(entry.value, params, entry.locale);
  }) as unknown as Translator<BundleKeys<B[number]>>;
  Object.defineProperty(t, 'locale', { value: base, enumerable: true });
  Object.defineProperty(t, 'tag', { value: tag, enumerable: true });
  Object.defineProperty(t, 'version', { value: messagesVersion(), enumerable: true });
  Object.defineProperty(t, 'has', { value: (key: string) => merged.has(key) });
  return t;
}

/** Formats one message value with params for a locale (no catalogue lookup). */
export function formatMessage(value: MessageValue, params: MessageParams, locale: LocaleTag): string {
  if (typeof value === 'function') return value(params, locale);
  if (typeof value === 'string') return interpolate(value, params, locale);
  const count = Number(params['count'] ?? 0);
  const exact = (value as Record<string, string | undefined>)[`=${count}`];
  const category = pluralRules(locale).select(count);
  const template = exact ?? value[category] ?? value.other;
  return interpolate(template, params, locale);
}

/** Replaces `{name}` with the param; unknown names are left as written. */
export function interpolate(template: string, params: MessageParams, locale: LocaleTag): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const v = params[name];
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return formatNumber(v, locale);
    if (v instanceof Date) return formatDate(v, locale);
    return String(v);
  });
}
