import type { FieldError, FieldErrorCode } from './field-errors.js';

type MessageLocale = 'zh-CN' | 'en';
type Template = (label: string, error: FieldError) => string;

const MB = 1024 * 1024;

const MESSAGES: Record<MessageLocale, Record<FieldErrorCode, Template>> = {
  'zh-CN': {
    required: (label) => `请填写${label}`,
    too_short: (label, e) => `${label}至少需要 ${e.min} 个字`,
    too_long: (label, e) => `${label}不能超过 ${e.max} 个字`,
    too_small: (label, e) => `${label}不能小于 ${e.min}`,
    too_big: (label, e) => `${label}不能大于 ${e.max}`,
    not_a_number: (label) => `${label}必须是数字`,
    invalid_phone: (label) => `${label}应为 11 位手机号码，例如 13812345678`,
    invalid_id_number: (label) => `${label}应为 18 位身份证号码`,
    invalid_option: (label) => `请从列表中选择${label}`,
    area_too_broad: (label) => `请将${label}选到网格、小区或楼栋`,
    invalid_date: (label) => `${label}不是有效的日期`,
    future_date: (label) => `${label}不能晚于今天`,
    photo_type: () => '照片只能是 JPG、PNG 或 WebP 格式',
    photo_size: (_label, e) => `每张照片不能超过 ${Math.round((e.max ?? 0) / MB)} MB`,
    too_many_photos: (_label, e) => `最多只能上传 ${e.max} 张照片`,
    invalid: (label) => `${label}填写有误，请检查`,
  },
  en: {
    required: (label) => `Enter ${label.toLowerCase()}`,
    too_short: (label, e) => `${label} must be at least ${e.min} characters`,
    too_long: (label, e) => `${label} must be ${e.max} characters or fewer`,
    too_small: (label, e) => `${label} must be ${e.min} or more`,
    too_big: (label, e) => `${label} must be ${e.max} or less`,
    not_a_number: (label) => `${label} must be a number`,
    invalid_phone: (label) => `${label} must be an 11-digit mobile number, like 13812345678`,
    invalid_id_number: (label) => `${label} must be an 18-character ID number`,
    invalid_option: (label) => `Select ${label.toLowerCase()} from the list`,
    area_too_broad: (label) => `Select ${label.toLowerCase()} down to a grid, compound or building`,
    invalid_date: (label) => `${label} must be a real date`,
    future_date: (label) => `${label} must be today or in the past`,
    photo_type: () => 'Photos must be JPG, PNG or WebP',
    photo_size: (_label, e) => `Each photo must be smaller than ${Math.round((e.max ?? 0) / MB)} MB`,
    too_many_photos: (_label, e) => `You can add up to ${e.max} photos`,
    invalid: (label) => `Check ${label.toLowerCase()}`,
  },
};

/** The words for a field error, GOV.UK style: says what to do, names the field. */
export function validationMessage(error: FieldError, label: string, locale: string): string {
  const table = locale.toLowerCase().startsWith('en') ? MESSAGES.en : MESSAGES['zh-CN'];
  return (table[error.code] ?? table.invalid)(label, error);
}
