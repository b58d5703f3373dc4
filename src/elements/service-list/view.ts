import type { Locale } from '../../i18n/locales.js';
import type { ServiceListT } from './messages.js';

/** What the card, detail and form templates need from the element. */
export interface ViewContext {
  t: ServiceListT;
  locale: Locale;
  now: Date;
  /** Category names by id, from the taxonomy (empty until it loads). */
  termName: (id: string) => string | undefined;
}
