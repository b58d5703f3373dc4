// The zh-CN field-error words, fetched with a form widget's words when it first shows Chinese (see validation.ts).
import type { Catalogue } from '../translator.js';

export const zhCN = {
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
} satisfies Catalogue;
