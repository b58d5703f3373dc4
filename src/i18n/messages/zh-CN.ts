/**
 * The shared UI catalogue (Simplified Chinese), used by every widget.
 * It is the reference catalogue: `en.ts` must have exactly these keys.
 * Field-error words (`validation.*`) are here too: the domain returns codes and limits only.
 */
export const zhCN = {
  'common.loading': '正在加载…',
  'common.loadingMore': '正在加载更多…',
  'common.retry': '重试',
  'common.empty': '暂无内容',
  'common.loadMore': '加载更多',
  'common.allLoaded': '已全部加载',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.confirm': '确定',
  'common.submit': '提交',
  'common.back': '返回',
  'common.next': '下一步',
  'common.search': '搜索',
  'common.clear': '清除',
  'common.readOnly': '只读',
  'common.noPermission': '您没有权限执行此操作',

  'notConfigured.title': '此组件尚未配置数据源',
  'notConfigured.hint': '请联系本网站的管理员。',

  'field.required': '（必填）',
  'field.optional': '（选填）',
  'a11y.errorPrefix': '错误：',
  'form.counter.left': '还可以输入 {count} 个字',
  'form.counter.over': '超出 {count} 个字',

  // Field errors (codes from src/domain/field-errors.ts), GOV.UK style: say what to do, name the field.
  // {label} is the field's label, {labelLower} the same in lower case, {min} and {max} the limit broken.
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

  'error.title': '出错了',
  'error.network': '无法连接服务器，请检查网络后重试',
  'error.timeout': '服务器响应超时，请稍后重试',
  'error.unauthorized': '登录已失效，请重新登录',
  'error.forbidden': '您没有权限查看或执行此操作',
  'error.not_found': '未找到相关内容，可能已被删除',
  'error.validation': '填写的信息有误，请检查后重试',
  'error.conflict': '内容已被他人更新，请刷新后重试',
  'error.unavailable': '服务暂时不可用，请稍后重试',
  'error.unavailableRetryAfter': '服务暂时不可用，请在 {count} 秒后重试',
  'error.invalid_response': '服务器返回的数据有误，请稍后重试',
  'error.unknown': '发生未知错误，请稍后重试',

  'count.items': { other: '{count} 项' },
  'count.results': { '=0': '没有找到结果', other: '共 {count} 条结果' },
  'count.shownOfTotal': '已显示 {shown} 条，共 {total} 条',
  'announce.loaded': { '=0': '没有找到结果', other: '已加载 {count} 条' },
} as const;

export type SharedMessageKey = keyof typeof zhCN;
