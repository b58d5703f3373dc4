// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { BundleKeys, MessageParams } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';
import type { QueuePreset } from './queue-query.js';
import type { CaseSort } from '../../domain/cases.js';

/**
 * Texts of `<grid-case-queue>`. The tracker's words are included, since an opened case and the bulk
 * forms render through the tracker's view and action fields.
 */
export const queueMessages = lazyMessages({
  'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./messages.en.js').then((m) => m.en),
});

export type QueueMessageKey = BundleKeys<typeof queueMessages>;
export type QueueKey = QueueMessageKey | SharedMessageKey;
export type QueueT = (key: QueueKey, params?: MessageParams) => string;

declare module '../../i18n/registry.js' {
  interface MessageKeyRegistry {
    'grid-case-queue': QueueMessageKey;
  }
}

export const PRESET_KEYS: Readonly<Record<QueuePreset, QueueMessageKey>> = {
  'to-accept': 'queue.preset.to-accept',
  'in-progress': 'queue.preset.in-progress',
  'to-verify': 'queue.preset.to-verify',
  overdue: 'queue.preset.overdue',
  'due-soon': 'queue.preset.due-soon',
  returned: 'queue.preset.returned',
  closed: 'queue.preset.closed',
};

export const SORT_KEYS: Readonly<Record<CaseSort, QueueMessageKey>> = {
  due: 'queue.sort.due',
  newest: 'queue.sort.newest',
  followers: 'queue.sort.followers',
};
