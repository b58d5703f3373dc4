/** A label kept in both languages in the seed data; the API returns the one the call asks for. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** English when the locale starts with `en`, otherwise Chinese (the default). */
export function localize(text: Bilingual, locale: string | undefined): string {
  return locale?.toLowerCase().startsWith('en') ? text.en : text.zh;
}
