import { define } from '../../define.js';
import { ServiceList, type DemandPostedDetail, type ServiceRequestedDetail } from './service-list.js';

export { ServiceList, type DemandPostedDetail, type ServiceRequestedDetail };

define('service-list', ServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'service-list': ServiceList;
  }
  interface GlobalEventHandlersEventMap {
    'gr-service-requested': CustomEvent<ServiceRequestedDetail>;
    'gr-demand-posted': CustomEvent<DemandPostedDetail>;
  }
}
