import type { FieldError, FieldErrorCode } from '../domain/field-errors.js';
import { validationMessages, type ValidationMessageKey } from './messages/validation.js';
import type { LocaleTag } from './locales.js';
import { messagesLoaded } from './lazy-messages.js';
import { messagesVersion } from './message-store.js';
import { createTranslator, type MessageParams, type Translator } from './translator.js';

/** The catalogue key for each field-error code the domain returns. */
export const VALIDATION_KEYS: Readonly<Record<FieldErrorCode, ValidationMessageKey>> = {
  required: 'validation.required',
  too_short: 'validation.too_short',
  too_long: 'validation.too_long',
  too_small: 'validation.too_small',
  too_big: 'validation.too_big',
  not_a_number: 'validation.not_a_number',
  invalid_phone: 'validation.invalid_phone',
  invalid_id_number: 'validation.invalid_id_number',
  invalid_option: 'validation.invalid_option',
  area_too_broad: 'validation.area_too_broad',
  invalid_date: 'validation.invalid_date',
  future_date: 'validation.future_date',
  photo_type: 'validation.photo_type',
  photo_size: 'validation.photo_size',
  too_many_photos: 'validation.too_many_photos',
  invalid: 'validation.invalid',
};

const MB = 1024 * 1024;

/**
 * The params a `validation.*` message may use: `{label}`, `{labelLower}`, `{min}`, `{max}` and
 * `{maxMb}` (a byte limit in whole megabytes). Limits are passed as written (`1000`, not `1,000`).
 */
export function validationParams(error: FieldError, label: string): MessageParams {
  return {
    label,
    labelLower: label.toLowerCase(),
    min: String(error.min),
    max: String(error.max),
    maxMb: String(Math.round((error.max ?? 0) / MB)),
  };
}

/** The catalogue key for a field error (an unknown code gets the generic `validation.invalid`). */
export function validationKey(error: FieldError): ValidationMessageKey {
  return VALIDATION_KEYS[error.code] ?? VALIDATION_KEYS.invalid;
}

/**
 * The words for a field error in `locale`, GOV.UK style: says what to do, names the field.
 * The wording is a catalogue (`validation.*`, `src/i18n/messages/validation.ts`), so a portal
 * changes it with `registerMessages`; the domain only returns the code and the limit. Its locales are fetched
 * on demand: a widget listing `validationMessages` in its `static messages` has them before it renders; other
 * callers `await loadMessages(locale, validationMessages)` first (until then this gives the key).
 */
export function validationMessage(error: FieldError, label: string, locale: LocaleTag): string {
  let t = translators.get(locale);
  if (!t || t.version !== messagesVersion()) {
    t = createTranslator(locale, validationMessages);
    // Kept only once its words are here: one made before they arrived would give keys for good.
    if (messagesLoaded(locale, validationMessages)) translators.set(locale, t);
  }
  return t(validationKey(error), validationParams(error, label));
}

const translators = new Map<LocaleTag, Translator<ValidationMessageKey>>();
