import { define } from '../../define.js';
import { PartyOrgTree, type OrgExpandDetail, type OrgSelectDetail } from './party-org-tree.js';

export { PartyOrgTree, type OrgExpandDetail, type OrgSelectDetail };

define('party-org-tree', PartyOrgTree);

declare global {
  interface HTMLElementTagNameMap {
    'party-org-tree': PartyOrgTree;
  }
  interface GlobalEventHandlersEventMap {
    'gr-org-select': CustomEvent<OrgSelectDetail>;
    'gr-org-expand': CustomEvent<OrgExpandDetail>;
  }
}
