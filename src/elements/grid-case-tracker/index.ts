import { define } from '../../define.js';
import { GridCaseTracker, type CaseActionDetail, type CaseLoadedDetail } from './grid-case-tracker.js';

export { GridCaseTracker, type CaseActionDetail, type CaseLoadedDetail };

define('grid-case-tracker', GridCaseTracker);

declare global {
  interface HTMLElementTagNameMap {
    'grid-case-tracker': GridCaseTracker;
  }
  interface GlobalEventHandlersEventMap {
    'gr-case-loaded': CustomEvent<CaseLoadedDetail>;
    'gr-case-action': CustomEvent<CaseActionDetail>;
  }
}
