// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { Audience, DemandStatus, ListKind, ProjectStatus } from '../../domain/services.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { BundleKeys, MessageParams } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';

/** The texts of `<service-list>`, in Simplified Chinese and English (same keys). */
export const serviceListMessages = lazyMessages({
  'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./messages.en.js').then((m) => m.en),
});

/** The keys of `<service-list>`'s own catalogue. */
export type ServiceListMessageKey = BundleKeys<typeof serviceListMessages>;

/** A key `<service-list>`'s templates may look up: its own or a shared one. */
export type ServiceListKey = ServiceListMessageKey | SharedMessageKey;

/** The widget's translate function, as its templates get it. */
export type ServiceListT = (key: ServiceListKey, params?: MessageParams) => string;

declare module '../../i18n/registry.js' {
  interface MessageKeyRegistry {
    'service-list': ServiceListMessageKey;
  }
}

/** The heading of each list. */
export const LIST_TITLE_KEYS: Readonly<Record<ListKind, ServiceListMessageKey>> = {
  service: 'sl.title.service',
  demand: 'sl.title.demand',
  resource: 'sl.title.resource',
  project: 'sl.title.project',
};

/** What the search box of each list looks in. */
export const SEARCH_HINT_KEYS: Readonly<Record<ListKind, ServiceListMessageKey>> = {
  service: 'sl.search.hint.service',
  demand: 'sl.search.hint.demand',
  resource: 'sl.search.hint.resource',
  project: 'sl.search.hint.project',
};

export const AUDIENCE_KEYS: Readonly<Record<Audience, ServiceListMessageKey>> = {
  everyone: 'sl.audience.everyone',
  elderly: 'sl.audience.elderly',
  children: 'sl.audience.children',
  disabled: 'sl.audience.disabled',
};

export const DEMAND_STATUS_KEYS: Readonly<Record<DemandStatus, ServiceListMessageKey>> = {
  open: 'sl.demand.open',
  claimed: 'sl.demand.claimed',
  matched: 'sl.demand.matched',
  done: 'sl.demand.done',
};

export const PROJECT_STATUS_KEYS: Readonly<Record<ProjectStatus, ServiceListMessageKey>> = {
  planned: 'sl.project.planned',
  'in-progress': 'sl.project.in-progress',
  completed: 'sl.project.completed',
};
