import type { CaseCategory } from '../../domain/cases.js';
import type { WidgetHost } from '../shared/widget-host.js';
import type { CaseDraft } from './draft-shape.js';
import type { CaseFormApi } from './grid-case-form.js';
import type { CaseFormMessageKey } from './messages.js';

/** What the step templates need from the form: the widget host, the draft, errors. Keeps steps free of the class. */
export interface FormContext extends WidgetHost<CaseFormMessageKey, CaseFormApi> {
  /** The draft as it is when read (handlers read it when they run, not as it was at render). */
  readonly draft: CaseDraft;
  readonly category: CaseCategory | null;
  update(patch: Partial<CaseDraft>): void;
  /** The message for the field's current error, if any. */
  errorFor(path: string): string | undefined;
}
