import { builtInLocale, LOCALES, type Locale, type LocaleTag } from './locales.js';
import { registeredLocale, storeLocale } from './message-store.js';
import type { SharedMessageKey } from './messages/index.js';
import type { MessageValue } from './translator.js';

export { clearRegisteredMessages, messagesVersion, onMessagesChanged, registeredLocales, type RegisteredLocale } from './message-store.js';

/**
 * The message keys of every catalogue, one entry per catalogue. Each widget's `messages.ts` adds
 * its keys by declaration merging (as `HTMLElementTagNameMap` gets tags), so {@link MessageKey}
 * names every key of the widgets a program imports, and `registerMessages` is typed by it.
 */
export interface MessageKeyRegistry {
  shared: SharedMessageKey;
}

/** Any key of any catalogue: the shared one and every widget's. */
export type MessageKey = MessageKeyRegistry[keyof MessageKeyRegistry];

/** Terms for some keys of one locale: `{ 'vr.title': '志願服務隊與志願者' }`. */
export type MessageTerms = { readonly [K in MessageKey]?: MessageValue };

/** Options of {@link registerMessages}. */
export interface RegisterMessagesOptions {
  /**
   * The built-in locale whose terms fill the keys this locale lacks. Default: the built-in locale
   * the tag names (`en-GB` → `en`, `zh-TW` → `zh-CN`), else `zh-CN`.
   */
  fallback?: Locale;
}

/**
 * Changes or adds terms without a rebuild (after Shoelace's `registerTranslation`).
 *
 * - For a built-in locale (`zh-CN`, `en`), the terms override the shipped ones:
 *   `registerMessages('zh-CN', { 'vr.title': '党员志愿者' })`.
 * - For any other BCP 47 tag, it adds a locale (a third language). Give only the terms you have;
 *   every other key falls back to `options.fallback` (by default the built-in locale the tag names,
 *   else `zh-CN`): `registerMessages('zh-TW', { 'vr.title': '志願服務隊與志願者' })`.
 *   A widget shows it when its `locale` attribute, the provider's, or the page's `lang` names it
 *   (case-insensitive, `_` read as `-`; a longer tag such as `zh-TW-u-ca-roc` finds `zh-TW`).
 *
 * Calling it again for the same locale merges the new terms over the earlier ones. Widgets already
 * on the page re-render with the new terms. Dates, numbers and plurals are formatted with `Intl`
 * for the tag. Terms are templates (`{name}` placeholders), plural forms
 * (`{ one: '…', other: '…' }`, chosen by the `count` param) or functions.
 *
 * @param locale a BCP 47 tag, e.g. `zh-CN`, `en`, `zh-TW`, `ug`.
 * @param messages terms by message key; see each widget's `messages.ts` (and `src/i18n/messages/`) for the keys and their params.
 * @throws RangeError when `locale` is not a well-formed language tag.
 */
export function registerMessages(locale: LocaleTag, messages: MessageTerms, options: RegisterMessagesOptions = {}): void {
  const tag = canonicalTag(locale);
  const existing = registeredLocale(tag.toLowerCase());
  const builtIn = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
  const base: Locale = builtIn ?? options.fallback ?? existing?.base ?? builtInLocale(tag);
  const terms = new Map(existing?.terms);
  for (const [key, value] of Object.entries(messages as Record<string, MessageValue | undefined>)) {
    if (value !== undefined) terms.set(key, value);
  }
  storeLocale({ tag: builtIn ?? tag, base, terms });
}

function canonicalTag(locale: string): string {
  const tag = String(locale).trim().replace(/_/g, '-');
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (!canonical) throw new RangeError(`[grassroots-gov-widgets] registerMessages: "${String(locale)}" is not a language tag.`);
  return canonical;
}
