// The augmentation below needs its module in the program even when this file is compiled alone.
import type {} from '../registry.js';
import { lazyMessages } from '../lazy-messages.js';
import type { BundleKeys } from '../translator.js';

/**
 * Field errors (codes from `src/domain/field-errors.ts`), GOV.UK style: say what to do, name the field.
 * `{label}` is the field's label, `{labelLower}` the same in lower case, `{min}` and `{max}` the limit
 * broken, `{maxMb}` a byte limit in whole megabytes. A catalogue of its own, one module per locale: a widget
 * with a form lists it in its `static messages`, so it arrives with the widget's words and widgets without forms
 * never fetch it; a portal changes these terms with `registerMessages` like any other.
 */
export const validationMessages = lazyMessages({
  'zh-CN': () => import('./validation.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./validation.en.js').then((m) => m.en),
});

/** The keys of the field-error words. */
export type ValidationMessageKey = BundleKeys<typeof validationMessages>;

declare module '../registry.js' {
  interface MessageKeyRegistry {
    validation: ValidationMessageKey;
  }
}
