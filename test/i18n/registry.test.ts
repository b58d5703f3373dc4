import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/grassroots-provider/index.js';
import '../../src/elements/service-list/index.js';
import type { ServiceList } from '../../src/elements/service-list/service-list.js';
import { isKnownLocale, resolveLocale, resolveMessageLocale } from '../../src/i18n/locales.js';
import { sharedMessages } from '../../src/i18n/messages/index.js';
import { loadMessages } from '../../src/i18n/lazy-messages.js';
import { clearRegisteredMessages, messagesVersion, registerMessages, registeredLocales } from '../../src/i18n/registry.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { TEST_NOW } from '../helpers/city-clock.js';

afterEach(() => clearRegisteredMessages());

describe('registerMessages', () => {
  // The shared catalogue is fetched per locale; these tests call the translator directly.
  before(() => Promise.all([loadMessages('zh-CN', sharedMessages), loadMessages('en', sharedMessages)]));

  it('overrides a built-in term, merging later calls over earlier ones', () => {
    const before = messagesVersion();
    registerMessages('en', { 'common.retry': 'Retry now' });
    registerMessages('EN', { 'common.close': 'Done' });
    expect(messagesVersion()).to.be.greaterThan(before);
    const t = createTranslator('en', sharedMessages);
    expect(t('common.retry')).to.equal('Retry now');
    expect(t('common.close')).to.equal('Done');
    expect(t('common.cancel')).to.equal('Cancel');
    // Other locales keep their words.
    expect(createTranslator('zh-CN', sharedMessages)('common.retry')).to.equal('重试');
    clearRegisteredMessages();
    expect(createTranslator('en', sharedMessages)('common.retry')).to.equal('Try again');
  });

  it('adds a third locale that falls back to zh-CN for the keys it lacks', () => {
    expect(resolveMessageLocale('zh-TW')).to.equal('zh-CN');
    registerMessages('zh_tw', { 'common.retry': '重試', 'count.results': { '=0': '沒有找到結果', other: '共 {count} 筆結果' } });
    expect(registeredLocales().map((l) => [l.tag, l.base])).to.deep.equal([['zh-TW', 'zh-CN']]);
    for (const tag of ['zh-TW', 'zh-tw', 'zh_TW', 'zh-TW-u-ca-roc']) expect(resolveMessageLocale(tag), tag).to.equal('zh-TW');
    expect(resolveLocale('zh-TW')).to.equal('zh-CN');
    // Built-in locales are never shadowed by a registered prefix.
    expect(resolveMessageLocale('zh-CN')).to.equal('zh-CN');
    const t = createTranslator('zh-TW', sharedMessages);
    expect(t.tag).to.equal('zh-TW');
    expect(t.locale).to.equal('zh-CN');
    expect(t('common.retry')).to.equal('重試');
    expect(t('count.results', { count: 1234 })).to.equal('共 1,234 筆結果');
    expect(t('common.close')).to.equal('关闭');
  });

  it('makes an unknown language known, with the fallback it is given, and uses its plural rules', () => {
    expect(isKnownLocale('fr')).to.equal(false);
    expect(resolveLocale('fr-FR')).to.equal('zh-CN');
    registerMessages('fr', { 'count.items': { one: '{count} élément', other: '{count} éléments' } }, { fallback: 'en' });
    expect(isKnownLocale('fr-FR')).to.equal(true);
    expect(resolveMessageLocale('fr-FR')).to.equal('fr');
    expect(resolveLocale('fr-FR')).to.equal('en');
    const t = createTranslator('fr', sharedMessages);
    // French counts 0 as "one"; English and Chinese would not.
    expect(t('count.items', { count: 0 })).to.equal('0 élément');
    expect(t('count.items', { count: 2 })).to.equal('2 éléments');
    expect(t('common.retry')).to.equal('Try again');
  });

  it('refuses what is not a language tag', () => {
    expect(() => registerMessages('not a tag!', {})).to.throw(RangeError);
  });
});

describe('registerMessages in mounted widgets', function () {
  this.timeout(20_000);

  const adapter = () => createMemoryAdapter({ session: 'resident', latency: 0, now: () => TEST_NOW });
  const title = (el: ServiceList) => el.shadowRoot!.querySelector('h2.title')?.textContent?.trim();
  async function mount(template: TemplateResult): Promise<ServiceList> {
    const root = await fixture<HTMLElement>(template);
    const el = (root.localName === 'service-list' ? root : root.querySelector('service-list')) as ServiceList;
    await waitUntil(() => title(el) !== undefined, 'the list did not render', { timeout: 10_000 });
    return el;
  }

  it('re-renders a widget already on the page with an overridden term', async () => {
    const el = await mount(html`<service-list locale="zh-CN" .adapter=${adapter()} .now=${TEST_NOW}></service-list>`);
    expect(title(el)).to.equal('社区服务');
    registerMessages('zh-CN', { 'sl.title.service': '邻里服务' });
    await el.updateComplete;
    expect(title(el)).to.equal('邻里服务');
    clearRegisteredMessages();
    await el.updateComplete;
    expect(title(el)).to.equal('社区服务');
  });

  it('shows a third locale set on the widget, with zh-CN for the terms it lacks', async () => {
    registerMessages('zh-TW', { 'sl.title.service': '社區服務' });
    const el = await mount(html`<service-list locale="zh-TW" .adapter=${adapter()} .now=${TEST_NOW}></service-list>`);
    expect(title(el)).to.equal('社區服務');
    expect(el.effectiveMessageLocale).to.equal('zh-TW');
    expect(el.effectiveLocale).to.equal('zh-CN');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('zh-TW');
    // A term zh-TW does not have comes from zh-CN, not from English and not as a raw key.
    const search = el.shadowRoot!.querySelector('label[for=sl-text]')?.textContent?.trim();
    expect(search).to.equal('搜索');
  });

  it('follows the page lang and the provider to a locale registered after the widget was mounted', async () => {
    const onPage = await mount(html`<div lang="ug"><service-list .adapter=${adapter()} .now=${TEST_NOW}></service-list></div>`);
    const inProvider = await mount(
      html`<grassroots-provider locale="ug"><service-list .adapter=${adapter()} .now=${TEST_NOW}></service-list></grassroots-provider>`,
    );
    // Not registered yet: `ug` is unknown, so the div's lang resolves to the default locale and the
    // provider's is ignored (the widget follows the test page's lang).
    expect(title(onPage)).to.equal('社区服务');
    expect(title(inProvider)).to.be.oneOf(['社区服务', 'Community services']);
    registerMessages('ug', { 'sl.title.service': 'مەھەللە مۇلازىمىتى' });
    await onPage.updateComplete;
    await inProvider.updateComplete;
    expect(title(onPage)).to.equal('مەھەللە مۇلازىمىتى');
    expect(title(inProvider)).to.equal('مەھەللە مۇلازىمىتى');
    expect(onPage.effectiveLocale).to.equal('zh-CN');
  });
});
