/**
 * The shared UI catalogue (Simplified Chinese), used by every widget.
 * It is the reference catalogue: `en.ts` must have exactly these keys.
 * Field-error words are in `validation.ts`, loaded only by widgets with forms.
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
  'error.unsupported': '当前系统不支持此操作',
  'case.handledElsewhere': '此案件在{system}系统中办理，这里只能查看进度。',
  'error.unknown': '发生未知错误，请稍后重试',

  'count.items': { other: '{count} 项' },
  'count.results': { '=0': '没有找到结果', other: '共 {count} 条结果' },
  'count.shownOfTotal': '已显示 {shown} 条，共 {total} 条',
  'announce.loaded': { '=0': '没有找到结果', other: '已加载 {count} 条' },
} as const;

export type SharedMessageKey = keyof typeof zhCN;
