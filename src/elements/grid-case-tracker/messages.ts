// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { CaseAction } from '../../domain/cases.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { BundleKeys, MessageParams } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';

/** Texts of `<grid-case-tracker>`; the loop's words come from the shared case labels. */
export const trackerMessages = lazyMessages({
  'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./messages.en.js').then((m) => m.en),
});

/** The keys of `<grid-case-tracker>`'s own catalogue (the case labels included). */
export type TrackerMessageKey = BundleKeys<typeof trackerMessages>;

/** A key the tracker's parts may look up: its own or a shared one. */
export type TrackerKey = TrackerMessageKey | SharedMessageKey;

/** The tracker's translate function, as its parts get it. */
export type TrackerT = (key: TrackerKey, params?: MessageParams) => string;

declare module '../../i18n/registry.js' {
  interface MessageKeyRegistry {
    'grid-case-tracker': TrackerMessageKey;
  }
}

/** The confirmation dialog's title for each action. */
export const DIALOG_TITLE_KEYS: Readonly<Record<CaseAction, TrackerMessageKey>> = {
  accept: 'dialog.title.accept',
  dispatch: 'dialog.title.dispatch',
  resolve: 'dialog.title.resolve',
  verify: 'dialog.title.verify',
  close: 'dialog.title.close',
  return: 'dialog.title.return',
  reopen: 'dialog.title.reopen',
  rate: 'dialog.title.rate',
  urge: 'dialog.title.urge',
  escalate: 'dialog.title.escalate',
};

/** The confirmation dialog's button for each action. */
export const DIALOG_CONFIRM_KEYS: Readonly<Record<CaseAction, TrackerMessageKey>> = {
  accept: 'dialog.confirm.accept',
  dispatch: 'dialog.confirm.dispatch',
  resolve: 'dialog.confirm.resolve',
  verify: 'dialog.confirm.verify',
  close: 'dialog.confirm.close',
  return: 'dialog.confirm.return',
  reopen: 'dialog.confirm.reopen',
  rate: 'dialog.confirm.rate',
  urge: 'dialog.confirm.urge',
  escalate: 'dialog.confirm.escalate',
};

/** The words for each satisfaction rating, 1 (very dissatisfied) to 5. */
const RATING_KEYS: readonly TrackerMessageKey[] = ['rating.1', 'rating.2', 'rating.3', 'rating.4', 'rating.5'];

/** The words for a rating (the schema keeps ratings to the integers 1–5). */
export function ratingKey(rating: number): TrackerMessageKey {
  return RATING_KEYS[Math.min(5, Math.max(1, Math.round(rating))) - 1]!;
}

/** Where a step of the progress bar is, in words for screen readers. */
export const PROGRESS_KEYS: Readonly<Record<'done' | 'current' | 'todo', TrackerMessageKey>> = {
  done: 'progress.done',
  current: 'progress.current',
  todo: 'progress.todo',
};

/** What happens next to a case off the main loop. */
export const PROGRESS_NEXT_KEYS: Readonly<Record<'returned' | 'reopened', TrackerMessageKey>> = {
  returned: 'progress.next.returned',
  reopened: 'progress.next.reopened',
};
