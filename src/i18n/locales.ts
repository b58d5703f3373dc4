/** The locales every widget ships texts for. */
export type Locale = 'zh-CN' | 'en';

/** All supported locales, the default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * The locale used when nothing (attribute, provider, page `lang`) names a
 * supported one. The widgets are built for Chinese city and county portals,
 * so an unknown or missing language falls back to Simplified Chinese rather
 * than English.
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Maps a BCP 47 tag (or anything a page may put in `lang`) to a supported locale.
 *
 * - `zh`, `zh-CN`, `zh-Hans`, `zh-Hans-CN`, `zh-SG`, `zh_CN` → `zh-CN`
 * - any tag starting with `en` (`en`, `en-GB`, `en-US`) → `en`
 * - traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) has no catalogue yet and also maps to `zh-CN`
 * - empty, missing or unknown → {@link DEFAULT_LOCALE} (`zh-CN`)
 */
export function resolveLocale(input?: string | null): Locale {
  if (typeof input !== 'string') return DEFAULT_LOCALE;
  const tag = input.trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  return DEFAULT_LOCALE;
}

/** True when `input` resolves to a locale by itself (not by falling back). */
export function isKnownLocale(input?: string | null): boolean {
  if (typeof input !== 'string') return false;
  const tag = input.trim().toLowerCase().replace(/_/g, '-');
  return tag === 'en' || tag.startsWith('en-') || tag === 'zh' || tag.startsWith('zh-');
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

/** The supported locale of the page around `el` (see {@link pageLang}). */
export function pageLocale(el: Element): Locale {
  return resolveLocale(pageLang(el));
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
