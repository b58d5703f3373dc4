// The English field-error words, fetched with a form widget's words when it first shows English (see validation.ts).
import type { CatalogueOf } from '../translator.js';
import type { zhCN } from './validation.zh-CN.js';

/** Typed from `zh-CN`: a missing or extra key is a compile error. */
export const en: CatalogueOf<typeof zhCN> = {
  'validation.required': 'Enter {labelLower}',
  'validation.too_short': '{label} must be at least {min} characters',
  'validation.too_long': '{label} must be {max} characters or fewer',
  'validation.too_small': '{label} must be {min} or more',
  'validation.too_big': '{label} must be {max} or less',
  'validation.not_a_number': '{label} must be a number',
  'validation.invalid_phone': '{label} must be an 11-digit mobile number, like 13812345678',
  'validation.invalid_id_number': '{label} must be an 18-character ID number',
  'validation.invalid_option': 'Select {labelLower} from the list',
  'validation.area_too_broad': 'Select {labelLower} down to a grid, compound or building',
  'validation.invalid_date': '{label} must be a real date',
  'validation.future_date': '{label} must be today or in the past',
  'validation.photo_type': 'Photos must be JPG, PNG or WebP',
  'validation.photo_size': 'Each photo must be smaller than {maxMb} MB',
  'validation.too_many_photos': 'You can add up to {max} photos',
  'validation.invalid': 'Check {labelLower}',
};
