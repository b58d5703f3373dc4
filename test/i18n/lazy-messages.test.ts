import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { define } from '../../src/define.js';
import { GrassrootsElement } from '../../src/elements/shared/widget-element.js';
import { lazyMessages, loadMessages, messagesLoaded } from '../../src/i18n/lazy-messages.js';
import { sharedMessages } from '../../src/i18n/messages/index.js';
import { createTranslator, type BundleKeys } from '../../src/i18n/translator.js';
import { mount, shadowText, unmountAll } from '../elements/test-widget.js';

/** A catalogue whose locales arrive when the test says so, and which counts its fetches. */
function heldCatalogue() {
  const release: Partial<Record<'zh-CN' | 'en', () => void>> = {};
  const fetched: string[] = [];
  const held = <T>(locale: 'zh-CN' | 'en', terms: T) => () => {
    fetched.push(locale);
    return new Promise<T>((resolve) => (release[locale] = () => resolve(terms)));
  };
  const messages = lazyMessages({
    'zh-CN': held('zh-CN', { 'lazy.hello': '你好' }),
    en: held('en', { 'lazy.hello': 'Hello' }),
  });
  return { messages, release, fetched };
}

const first = heldCatalogue();

class LazyWidget extends GrassrootsElement<BundleKeys<typeof first.messages>> {
  static override messages = first.messages;
  changes = 0;

  protected override adapterChanged(): void {
    this.changes++;
  }

  protected override renderContent() {
    return html`<p class="content">${this.t('lazy.hello')}</p>`;
  }
}
define('gr-lazy-widget', LazyWidget);

/** Resolves after pending promise callbacks and one task. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyMessages', () => {
  afterEach(unmountAll);

  it('fetches a locale once, on demand, and a translator sees only loaded locales', async () => {
    const { messages, release, fetched } = heldCatalogue();
    expect(messagesLoaded('en', messages)).to.equal(false);
    const a = loadMessages('en', messages);
    const b = loadMessages('en-GB', messages);
    expect(fetched).to.deep.equal(['en']);
    release.en!();
    await Promise.all([a, b]);
    expect(messagesLoaded('en', messages)).to.equal(true);
    expect(messagesLoaded('zh-CN', messages)).to.equal(false);
    expect(createTranslator('en', messages)('lazy.hello')).to.equal('Hello');
  });

  it('a widget shows a loading state, never a raw key, until its words arrive, and updateComplete waits for them', async () => {
    const el = mount(html`<gr-lazy-widget locale="en" .adapter=${{ name: 'x' }}></gr-lazy-widget>`).firstElementChild as LazyWidget;
    await loadMessages('en', sharedMessages);
    await settle();
    expect(shadowText(el)).to.equal('Loading…');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    // Nothing starts before there are words to show its states in.
    expect(el.changes).to.equal(0);
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    await settle();
    expect(complete).to.equal(false);
    first.release.en!();
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Hello');
    expect(el.changes).to.equal(1);
  });

  it('a locale switch keeps the old language until the new words arrive', async () => {
    const el = mount(html`<gr-lazy-widget locale="en" .adapter=${{ name: 'x' }}></gr-lazy-widget>`).firstElementChild as LazyWidget;
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Hello');
    el.locale = 'zh-CN';
    await settle();
    expect(shadowText(el)).to.equal('Hello');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    first.release['zh-CN']!();
    await el.updateComplete;
    expect(shadowText(el)).to.equal('你好');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('zh-CN');
  });
});
