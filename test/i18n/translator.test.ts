import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/messages/en.js';
import { sharedMessages } from '../../src/i18n/messages/index.js';
import { loadMessages } from '../../src/i18n/lazy-messages.js';
import { zhCN } from '../../src/i18n/messages/zh-CN.js';
import { createTranslator, defineMessages } from '../../src/i18n/translator.js';

describe('createTranslator', () => {
  // The shared catalogue is fetched per locale; these tests call the translator directly.
  before(() => Promise.all([loadMessages('zh-CN', sharedMessages), loadMessages('en', sharedMessages)]));

  it('looks up shared messages in both locales', () => {
    expect(createTranslator('zh-CN', sharedMessages)('notConfigured.title')).to.equal('此组件尚未配置数据源');
    expect(createTranslator('en', sharedMessages)('notConfigured.title')).to.equal(
      'This widget has no data source configured',
    );
    expect(createTranslator('zh-CN', sharedMessages)('error.network')).to.equal('无法连接服务器，请检查网络后重试');
  });

  it('has the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(zhCN).sort());
  });

  it('interpolates {name} params and formats numbers for the locale', () => {
    const t = createTranslator('en', sharedMessages);
    expect(t('count.shownOfTotal', { shown: 20, total: 19000 })).to.equal('Showing 20 of 19,000');
    const tz = createTranslator('zh-CN', sharedMessages);
    expect(tz('count.shownOfTotal', { shown: 20, total: 19000 })).to.equal('已显示 20 条，共 19,000 条');
  });

  it('leaves unknown placeholders as written and empties null params', () => {
    const bundle = defineMessages({
      'zh-CN': { greet: '你好，{name}{suffix}' },
      en: { greet: 'Hello, {name}{suffix}' },
    });
    const t = createTranslator('en', bundle);
    expect(t('greet')).to.equal('Hello, {name}{suffix}');
    expect(t('greet', { name: 'Li Lei', suffix: null })).to.equal('Hello, Li Lei');
  });

  it('chooses plural forms with Intl.PluralRules and exact matches', () => {
    const t = createTranslator('en', sharedMessages);
    expect(t('count.results', { count: 0 })).to.equal('No results');
    expect(t('count.results', { count: 1 })).to.equal('1 result');
    expect(t('count.results', { count: 2 })).to.equal('2 results');
    expect(t('count.results', { count: 1234 })).to.equal('1,234 results');
    const tz = createTranslator('zh-CN', sharedMessages);
    expect(tz('count.results', { count: 0 })).to.equal('没有找到结果');
    expect(tz('count.results', { count: 1 })).to.equal('共 1 条结果');
    expect(tz('count.items', { count: 3 })).to.equal('3 项');
  });

  it('supports function messages', () => {
    const bundle = defineMessages({
      'zh-CN': { who: (p) => `${String(p['n'])}号楼` },
      en: { who: (p, locale) => `Building ${String(p['n'])} (${locale})` },
    });
    expect(createTranslator('zh-CN', bundle)('who', { n: 3 })).to.equal('3号楼');
    expect(createTranslator('en', bundle)('who', { n: 3 })).to.equal('Building 3 (en)');
  });

  it('lets a widget catalogue add keys and override shared ones', () => {
    const widget = defineMessages({
      'zh-CN': { 'widget.title': '反映问题', 'common.retry': '再试一次' },
      en: { 'widget.title': 'Report a problem', 'common.retry': 'Retry now' },
    });
    const t = createTranslator('en', sharedMessages, widget);
    expect(t('widget.title')).to.equal('Report a problem');
    expect(t('common.retry')).to.equal('Retry now');
    expect(t('common.close')).to.equal('Close');
    expect(t.locale).to.equal('en');
    expect(t.has('widget.title')).to.equal(true);
  });

  it('falls back to zh-CN, then to the key with one warning', () => {
    const partial = { 'zh-CN': { onlyZh: '只有中文' }, en: {} } as unknown as typeof sharedMessages;
    const t = createTranslator('en', partial);
    expect(t('onlyZh' as never)).to.equal('只有中文');

    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const t2 = createTranslator('en', sharedMessages);
      const key = `missing.key.${Math.random()}`;
      expect(t2(key as never)).to.equal(key);
      expect(t2(key as never)).to.equal(key);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('missing.key');
  });
});
