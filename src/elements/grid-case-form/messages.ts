// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { AreaLevel } from '../../domain/areas.js';
import type { Urgency } from '../../domain/cases.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { BundleKeys, MessageParams } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';
import type { LocateProblem } from './geolocation.js';
import type { Step } from './step-model.js';

/** The words of `<grid-case-form>` in zh-CN and en (the shared catalogue supplies common ones). */
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
    'grid-case-form': CaseFormMessageKey;
  }
}

/** The heading of each step. */
export const STEP_KEYS: Readonly<Record<Step, CaseFormMessageKey>> = {
  category: 'step.category',
  questions: 'step.questions',
  location: 'step.location',
  similar: 'step.similar',
  details: 'step.details',
  check: 'step.check',
};

/** The label of an area chooser, by the level of the areas it lists. */
export const AREA_LEVEL_KEYS: Readonly<Record<AreaLevel, CaseFormMessageKey>> = {
  city: 'area.level.city',
  district: 'area.level.district',
  street: 'area.level.street',
  community: 'area.level.community',
  grid: 'area.level.grid',
  compound: 'area.level.compound',
  building: 'area.level.building',
};

export const URGENCY_HINT_KEYS: Readonly<Record<Urgency, CaseFormMessageKey>> = {
  low: 'urgency.hint.low',
  normal: 'urgency.hint.normal',
  high: 'urgency.hint.high',
  emergency: 'urgency.hint.emergency',
};

/** What the location button's status line says while locating or after it failed. */
export const GEO_STATUS_KEYS: Readonly<Record<'locating' | LocateProblem, CaseFormMessageKey>> = {
  locating: 'geo.locating',
  denied: 'geo.denied',
  unavailable: 'geo.unavailable',
  unsupported: 'geo.unsupported',
};
