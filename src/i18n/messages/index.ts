import { catalogueOf, lazyMessages } from '../lazy-messages.js';
import type { SharedMessageKey } from './zh-CN.js';

export type { SharedMessageKey };

/** The shared catalogue every widget's translator starts from; each locale is fetched when first shown. */
export const sharedMessages = lazyMessages({
  'zh-CN': () => import('./zh-CN.js').then((m) => m.zhCN),
  en: () => import('./en.js').then((m) => m.en),
});

/**
 * True when `key` is a key of the shared catalogue (for keys computed from a backend's code), once a locale of it
 * has loaded (`loadMessages`); a widget asks only after its words have arrived.
 */
export function isSharedMessageKey(key: string): key is SharedMessageKey {
  const terms = catalogueOf(sharedMessages, 'zh-CN') ?? catalogueOf(sharedMessages, 'en') ?? {};
  return Object.prototype.hasOwnProperty.call(terms, key);
}
