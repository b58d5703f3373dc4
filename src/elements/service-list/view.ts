import type { WidgetHost } from '../shared/widget-host.js';
import type { ServiceListMessageKey } from './messages.js';
import type { ServiceListApi } from './service-list.js';

/** What `<service-list>`'s parts get from it. */
export type ServiceListHost = WidgetHost<ServiceListMessageKey, ServiceListApi>;

/** What the card, detail and form templates need from the element, beside the host. */
export interface ViewContext extends ServiceListHost {
  /** The clock of this render (the `now` property, else the city clock). */
  readonly now: Date;
  /** Category names by id, from the taxonomy (empty until it loads). */
  termName: (id: string) => string | undefined;
}
