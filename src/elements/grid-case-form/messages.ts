// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { BundleKeys, MessageParams } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';
import type { LaterPartKey } from './later-parts.js';

/**
 * The words of `<grid-case-form>` in zh-CN and en (the shared catalogue supplies common ones). The words of its later
 * parts (the photo field, the confirmation, …) come with their chunk: later-parts.zh-CN.ts and later-parts.en.ts.
 */
export const caseFormMessages = lazyMessages({
  'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./messages.en.js').then((m) => m.en),
});

/** The keys of `<grid-case-form>`'s own catalogue (the case labels included). */
export type CaseFormMessageKey = BundleKeys<typeof caseFormMessages>;

/** A key the form's steps may look up: its own or a shared one. */
export type CaseFormKey = CaseFormMessageKey | SharedMessageKey;

/** The form's translate function, as its steps get it. */
export type CaseFormT = (key: CaseFormKey, params?: MessageParams) => string;

declare module '../../i18n/registry.js' {
  interface MessageKeyRegistry {
    /** Its own keys and those of its later parts (fetched with them: later-parts.ts). */
    'grid-case-form': CaseFormMessageKey | LaterPartKey;
  }
}

// The words of a step's heading, an area level, an urgency's hint and a location status are found by name:
// `step.${step}`, `area.level.${level}`, `urgency.hint.${urgency}`, `geo.${status}` (the compiler checks each is a key).
