import { createContext } from '@lit/context';
import type { Locale } from '../i18n/locales.js';

export type Theme = 'light' | 'dark' | 'auto';

export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** Display options a provider shares with the widgets below it. */
export interface DisplayOptions {
  /** The built-in locale the provider's `locale` names. Unset: widgets follow the page's `lang`. */
  locale?: Locale;
  /**
   * The provider's `locale` as written (`zh-TW`), resolved by each widget when it renders, so a
   * locale a portal registers with `registerMessages` after the provider was set up still applies.
   */
  localeTag?: string;
  theme: Theme;
  elderFriendly: boolean;
}

/** The display options context; a registered-symbol key shared across bundled copies. */
export const displayContext = createContext<DisplayOptions | undefined>(Symbol.for('grassroots-gov-widgets/display'));

/** Parses a `theme` attribute value; unknown values give `undefined`. */
export function parseTheme(value: string | null | undefined): Theme | undefined {
  return value === 'light' || value === 'dark' || value === 'auto' ? value : undefined;
}
