import { defineMessages } from '../translator.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

export type { SharedMessageKey } from './zh-CN.js';

/** The shared catalogue every widget's translator starts from. */
export const sharedMessages = defineMessages({ 'zh-CN': zhCN, en });
