// The augmentation below needs its module in the program even when this file is compiled alone.
import type {} from '../registry.js';
import { defineMessages, type BundleKeys } from '../translator.js';

/**
 * Field errors (codes from `src/domain/field-errors.ts`), GOV.UK style: say what to do, name the field.
 * `{label}` is the field's label, `{labelLower}` the same in lower case, `{min}` and `{max}` the limit
 * broken, `{maxMb}` a byte limit in whole megabytes. A catalogue of its own, so widgets without forms do
 * not carry it; a portal changes these terms with `registerMessages` like any other.
 */
export const validationMessages = defineMessages({
  'zh-CN': {
    'validation.required': '请填写{label}',
    'validation.too_short': '{label}至少需要 {min} 个字',
    'validation.too_long': '{label}不能超过 {max} 个字',
    'validation.too_small': '{label}不能小于 {min}',
    'validation.too_big': '{label}不能大于 {max}',
    'validation.not_a_number': '{label}必须是数字',
    'validation.invalid_phone': '{label}应为 11 位手机号码，例如 13812345678',
    'validation.invalid_id_number': '{label}应为 18 位身份证号码',
    'validation.invalid_option': '请从列表中选择{label}',
    'validation.area_too_broad': '请将{label}选到网格、小区或楼栋',
    'validation.invalid_date': '{label}不是有效的日期',
    'validation.future_date': '{label}不能晚于今天',
    'validation.photo_type': '照片只能是 JPG、PNG 或 WebP 格式',
    'validation.photo_size': '每张照片不能超过 {maxMb} MB',
    'validation.too_many_photos': '最多只能上传 {max} 张照片',
    'validation.invalid': '{label}填写有误，请检查',
  },
  en: {
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
  },
});

/** The keys of the field-error words. */
export type ValidationMessageKey = BundleKeys<typeof validationMessages>;

declare module '../registry.js' {
  interface MessageKeyRegistry {
    validation: ValidationMessageKey;
  }
}
