import type { Locale } from '../../i18n/locales.js';
import type { MessageParams } from '../../i18n/translator.js';

/** What the card, detail and form templates need from the element. */
export interface ViewContext {
  t: (key: string, params?: MessageParams) => string;
  locale: Locale;
  now: Date;
  /** Category names by id, from the taxonomy (empty until it loads). */
  termName: (id: string) => string | undefined;
}
