import type { CaseCategory } from '../../domain/cases.js';
import type { Locale } from '../../i18n/locales.js';
import type { MessageParams } from '../../i18n/translator.js';
import type { CaseDraft } from './draft-shape.js';
import type { CaseFormKey } from './messages.js';

/** What the step templates need from the form: words, the draft, errors. Keeps steps free of the class. */
export interface FormContext {
  t(key: CaseFormKey, params?: MessageParams): string;
  readonly locale: Locale;
  readonly draft: CaseDraft;
  readonly category: CaseCategory | null;
  update(patch: Partial<CaseDraft>): void;
  /** The message for the field's current error, if any. */
  errorFor(path: string): string | undefined;
}
