import { registeredLocale } from './message-store.js';

/** The locales every widget ships texts for (the built-in locales). */
export type Locale = 'zh-CN' | 'en';

/**
 * A locale a widget can show: a built-in {@link Locale}, or a tag a portal registered terms for
 * with `registerMessages` (`zh-TW`, `ug`, `en-GB`), which falls back to a built-in one.
 */
export type LocaleTag = Locale | (string & {});

/** All supported locales, the default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * The locale used when nothing (attribute, provider, page `lang`) names a
 * supported one. The widgets are built for Chinese city and county portals,
 * so an unknown or missing language falls back to Simplified Chinese rather
 * than English.
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** `zh_CN ` → `zh-cn`: lower case, `_` as `-`, trimmed. */
function normalize(input: string): string {
  return input.trim().toLowerCase().replace(/_/g, '-');
}

/** The built-in locale a normalized tag names by itself, if any. */
function builtIn(tag: string): Locale | undefined {
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  return undefined;
}

/**
 * The built-in locale for a tag, ignoring registered ones (what `registerMessages` falls back to
 * when not told): Chinese tags → `zh-CN`, English → `en`, anything else → {@link DEFAULT_LOCALE}.
 */
export function builtInLocale(input?: string | null): Locale {
  return (typeof input === 'string' && builtIn(normalize(input))) || DEFAULT_LOCALE;
}

/**
 * The locale whose terms a widget shows for a BCP 47 tag (or anything a page may put in `lang`):
 *
 * 1. a locale a portal registered with `registerMessages`, matched exactly or by a shorter prefix
 *    (`zh-Hant-TW` finds `zh-Hant`), but never past a built-in one (`zh-CN` stays `zh-CN` when `zh` is registered);
 * 2. else the built-in locale, as {@link resolveLocale} gives it.
 */
export function resolveMessageLocale(input?: string | null): LocaleTag {
  if (typeof input !== 'string') return DEFAULT_LOCALE;
  const tag = normalize(input);
  const parts = tag.split('-');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    const registered = registeredLocale(candidate);
    if (registered) return registered.tag;
    const exact = LOCALES.find((l) => l.toLowerCase() === candidate);
    if (exact) return exact;
  }
  return builtInLocale(tag);
}

/**
 * Maps a BCP 47 tag (or anything a page may put in `lang`) to a built-in locale: the one used for
 * `Intl` formats and for the terms a registered locale lacks.
 *
 * - `zh`, `zh-CN`, `zh-Hans`, `zh-Hans-CN`, `zh-SG`, `zh_CN` → `zh-CN`
 * - any tag starting with `en` (`en`, `en-GB`, `en-US`) → `en`
 * - traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) ships no catalogue and also maps to `zh-CN`
 *   (a portal can register one: see `registerMessages`)
 * - a locale a portal registered → the built-in locale it falls back to (`ug` → `zh-CN` unless registered otherwise)
 * - empty, missing or unknown → {@link DEFAULT_LOCALE} (`zh-CN`)
 */
export function resolveLocale(input?: string | null): Locale {
  if (typeof input !== 'string') return DEFAULT_LOCALE;
  const tag = resolveMessageLocale(input);
  return registeredLocale(tag.toLowerCase())?.base ?? builtInLocale(tag);
}

/** True when `input` names a locale by itself (a built-in or a registered one), not by falling back. */
export function isKnownLocale(input?: string | null): boolean {
  if (typeof input !== 'string') return false;
  const tag = normalize(input);
  if (builtIn(tag)) return true;
  const parts = tag.split('-');
  for (let n = parts.length; n > 0; n--) if (registeredLocale(parts.slice(0, n).join('-'))) return true;
  return false;
}

/**
 * The language of the page around `el`: the nearest non-empty `lang`
 * attribute walking up the tree, crossing shadow roots to their hosts,
 * falling back to `document.documentElement.lang`. Returns the raw tag
 * (pass it to {@link resolveLocale}) or `''` when none is set.
 */
export function pageLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const lang = withLang.getAttribute('lang') ?? '';
      if (lang.trim() !== '') return lang;
      // `lang=""` means "unknown"; keep looking above it.
      node = withLang.parentElement ?? hostOf(withLang);
      continue;
    }
    node = hostOf(node);
  }
  return el.ownerDocument?.documentElement?.lang ?? '';
}

/** The built-in locale of the page around `el` (see {@link pageLang}). */
export function pageLocale(el: Element): Locale {
  return resolveLocale(pageLang(el));
}

/** The locale whose terms the page around `el` asks for, registered ones included (see {@link resolveMessageLocale}). */
export function pageMessageLocale(el: Element): LocaleTag {
  return resolveMessageLocale(pageLang(el));
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
