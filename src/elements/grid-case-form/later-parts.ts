import type { html, nothing } from 'lit';
import type { CaseState, Urgency } from '../../domain/cases.js';
import type { LIMITS, PHOTO_TYPES } from '../../domain/common.js';
import type { maskPhone } from '../../domain/masking.js';
import type { fieldShell, fileField } from '../../forms/index.js';
import type { Locale } from '../../i18n/locales.js';
import type { MessageParams } from '../../i18n/translator.js';
import type { en } from './later-parts.en.js';
import type { zhCN } from './later-parts.zh-CN.js';
import type { CaseFormKey } from './messages.js';

/**
 * The parts of a report not needed to start one, in a chunk of their own: the form fetches it when a person moves past
 * the first steps (or first presses "Discard this draft"), so it is usually here before it is shown. In it: the photo
 * field, "use my location", the similar reports nearby (only when there are some), the check-answers list, what
 * happens after sending, the box that says an earlier send was already received, the words of a failed send, and
 * the confirmation before a draft is discarded. Their words come with them, one locale at a time (`words`). The form keeps what it shows
 * around them (a step's heading, "continue", the case number), so when the chunk cannot be fetched a person still
 * sees where they are, with "try again" in place of the part.
 *
 * This module imports nothing at run time: Lit's template tags, the formatters and the form layer's fields come from
 * the form in a {@link LaterKit}. A chunk that imported Lit would move Lit out of the chunk it shares with every
 * other widget into one of its own, and that split costs a page with every widget more than this chunk saves.
 */
export { checkAnswers } from './check-answers.js';
export { discardConfirm, type DiscardHandlers } from './discard-confirm.js';
export { locate } from './geolocation.js';
export { photoField, type PhotoFieldProps } from './photo-field.js';
export { receivedBox, type AlreadyReceived, type ReceivedHandlers } from './received-box.js';
export { similarStep, type SimilarHandlers } from './steps/similar-step.js';
export { successStep } from './steps/success-step.js';

/** The later parts' own words, per locale: each a chunk of its own, fetched when first shown in that locale. */
export const words = {
  'zh-CN': () => import('./later-parts.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./later-parts.en.js').then((m) => m.en),
};

/** A key of the later parts' own words. */
export type LaterPartKey = keyof typeof zhCN & keyof typeof en;

/** What a later part gets from the form: Lit's tags, the words (its own, then the form's), and the formats. */
export interface LaterKit {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  t(key: LaterPartKey | CaseFormKey, params?: MessageParams): string;
  /** The built-in locale in use, for lists. */
  readonly locale: Locale;
  /** A date, a date and time, a number as the form shows them in its locale. */
  date(value: string): string;
  dateTime(value: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** The name of a case state, of an urgency. */
  state(status: CaseState): string;
  urgency(urgency: Urgency): string;
  /** The id of the control an error path points at (draft-shape.ts). */
  fieldId(path: string): string;
  readonly maskPhone: typeof maskPhone;
  readonly fieldShell: typeof fieldShell;
  readonly fileField: typeof fileField;
  readonly limits: typeof LIMITS;
  readonly photoTypes: typeof PHOTO_TYPES;
}
