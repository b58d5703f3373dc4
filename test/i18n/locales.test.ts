import { expect } from '@open-wc/testing';
import { DEFAULT_LOCALE, isKnownLocale, pageLang, pageLocale, resolveLocale } from '../../src/i18n/locales.js';

describe('resolveLocale', () => {
  it('maps Chinese tags to zh-CN', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'zh-SG', 'zh_CN', 'ZH-cn']) {
      expect(resolveLocale(tag), tag).to.equal('zh-CN');
    }
  });

  it('maps any English tag to en', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'EN']) {
      expect(resolveLocale(tag), tag).to.equal('en');
    }
  });

  it('falls back to zh-CN for missing or unknown tags', () => {
    expect(DEFAULT_LOCALE).to.equal('zh-CN');
    for (const tag of [undefined, null, '', 'fr', 'english', 'eng']) {
      expect(resolveLocale(tag), String(tag)).to.equal('zh-CN');
    }
    expect(isKnownLocale('fr')).to.equal(false);
    expect(isKnownLocale('en-AU')).to.equal(true);
  });
});

describe('pageLang / pageLocale', () => {
  let saved: string;
  beforeEach(() => {
    saved = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = saved;
  });

  it('uses the nearest lang attribute in light DOM', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const inner = document.createElement('section');
    inner.lang = 'zh-Hans';
    const leaf = document.createElement('span');
    inner.append(leaf);
    outer.append(inner);
    document.body.append(outer);
    try {
      expect(pageLang(leaf)).to.equal('zh-Hans');
      expect(pageLocale(leaf)).to.equal('zh-CN');
    } finally {
      outer.remove();
    }
  });

  it('crosses shadow roots to the host and skips empty lang', () => {
    const host = document.createElement('div');
    host.lang = 'en-GB';
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', '');
    const leaf = document.createElement('span');
    wrapper.append(leaf);
    root.append(wrapper);
    document.body.append(host);
    try {
      expect(pageLocale(leaf)).to.equal('en');
    } finally {
      host.remove();
    }
  });

  it('falls back to <html lang>', () => {
    document.documentElement.lang = 'zh-CN';
    const el = document.createElement('span');
    document.body.append(el);
    try {
      expect(pageLocale(el)).to.equal('zh-CN');
      document.documentElement.lang = 'en';
      expect(pageLocale(el)).to.equal('en');
    } finally {
      el.remove();
    }
  });
});
