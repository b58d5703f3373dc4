import { define } from '../../define.js';
import { GridCaseForm, type CaseSubmittedDetail } from './grid-case-form.js';

export { GridCaseForm, type CaseSubmittedDetail };

define('grid-case-form', GridCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'grid-case-form': GridCaseForm;
  }
  interface GlobalEventHandlersEventMap {
    'gr-case-submitted': CustomEvent<CaseSubmittedDetail>;
  }
}
