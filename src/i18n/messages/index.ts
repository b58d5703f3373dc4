import { defineMessages } from '../translator.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

import type { SharedMessageKey } from './zh-CN.js';

export type { SharedMessageKey };

/** The shared catalogue every widget's translator starts from. */
export const sharedMessages = defineMessages({ 'zh-CN': zhCN, en });

/** True when `key` is a key of the shared catalogue (for keys computed from a backend's code). */
export function isSharedMessageKey(key: string): key is SharedMessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}
