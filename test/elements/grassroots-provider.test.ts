import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/grassroots-provider/index.js';
import { GrassrootsProvider } from '../../src/elements/grassroots-provider/grassroots-provider.js';
import { adapterA, adapterB, captureWarnings, mount, shadowText, TestWidget, unmountAll } from './test-widget.js';

async function settle(...els: Element[]): Promise<void> {
  for (const el of els) {
    if ('updateComplete' in el) await (el as TestWidget).updateComplete;
  }
  await aTimeout(0);
  for (const el of els) {
    if ('updateComplete' in el) await (el as TestWidget).updateComplete;
  }
}

describe('<grassroots-provider>', () => {
  afterEach(unmountAll);

  it('is defined and renders its children only', async () => {
    const provider = await fixture<GrassrootsProvider>(
      html`<grassroots-provider><p>child</p></grassroots-provider>`,
    );
    expect(provider).to.be.instanceOf(GrassrootsProvider);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelector('slot')).to.exist;
    expect(provider.textContent).to.contain('child');
  });

  it('hands its adapter and display options to a widget', async () => {
    const provider = await fixture<GrassrootsProvider>(html`
      <grassroots-provider .adapter=${adapterA} locale="en" theme="dark" elder-friendly>
        <gr-test-widget></gr-test-widget>
      </grassroots-provider>
    `);
    const widget = provider.querySelector('gr-test-widget')!;
    await settle(widget);
    expect(widget.effectiveAdapter).to.equal(adapterA);
    expect(shadowText(widget)).to.equal('Data source: alpha');
    expect(widget.effectiveLocale).to.equal('en');
    expect(widget.getAttribute('effective-theme')).to.equal('dark');
    expect(widget.hasAttribute('effective-elder-friendly')).to.equal(true);
    expect(widget.hasAttribute('theme')).to.equal(false);
    expect(widget.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('en');
    await expect(widget).to.be.accessible();
  });

  it('reaches an already-rendered widget when the adapter or display options change', async () => {
    const provider = await fixture<GrassrootsProvider>(html`
      <grassroots-provider .adapter=${adapterA} locale="zh-CN">
        <gr-test-widget></gr-test-widget>
      </grassroots-provider>
    `);
    const widget = provider.querySelector('gr-test-widget')!;
    await settle(widget);
    expect(shadowText(widget)).to.equal('数据源：alpha');

    const changed = oneEvent(provider, 'gr-adapter-change');
    provider.adapter = adapterB;
    const event = await changed;
    expect(event.detail.adapter).to.equal(adapterB);
    expect(event.detail.previous).to.equal(adapterA);
    expect(event.bubbles && event.composed).to.equal(true);
    provider.locale = 'en';
    provider.theme = 'dark';
    await settle(provider, widget);
    expect(shadowText(widget)).to.equal('Data source: beta');
    expect(widget.getAttribute('effective-theme')).to.equal('dark');
    expect(widget.adapterChanges).to.deep.equal([adapterA, adapterB]);

    const warnings = await captureWarnings(async () => {
      provider.adapter = undefined;
      await settle(provider, widget);
      await aTimeout(5);
    });
    expect(shadowText(widget)).to.contain('This widget has no data source configured');
    expect(warnings).to.have.length(1);
  });

  it("lets a widget's own adapter and attributes win", async () => {
    const provider = await fixture<GrassrootsProvider>(html`
      <grassroots-provider .adapter=${adapterA} locale="zh-CN" theme="dark">
        <gr-test-widget .adapter=${adapterB} locale="en" theme="light"></gr-test-widget>
      </grassroots-provider>
    `);
    const widget = provider.querySelector('gr-test-widget')!;
    await settle(widget);
    expect(shadowText(widget)).to.equal('Data source: beta');
    expect(widget.getAttribute('effective-theme')).to.equal('light');
  });

  it('answers a widget even when the provider is upgraded after it', async () => {
    const tag = 'gr-late-provider';
    const container = mount(html``);
    const late = document.createElement(tag) as GrassrootsProvider;
    late.setAttribute('locale', 'en');
    const widget = document.createElement('gr-test-widget');
    late.append(widget);
    let warnings: string[] = [];
    warnings = await captureWarnings(async () => {
      container.append(late);
      await widget.updateComplete;
      expect(widget.effectiveAdapter).to.equal(undefined);
      // Upgrade the provider only now; a property set before the upgrade is kept.
      (late as unknown as { adapter: unknown }).adapter = adapterA;
      customElements.define(tag, class extends GrassrootsProvider {});
      await settle(late, widget);
    });
    expect(widget.effectiveAdapter).to.equal(adapterA);
    expect(shadowText(widget)).to.equal('Data source: alpha');
    expect(warnings.filter((w) => w.includes('gr-test-widget'))).to.have.length(0);
  });

  it('lets the nearest of nested providers win', async () => {
    const outer = await fixture<GrassrootsProvider>(html`
      <grassroots-provider .adapter=${adapterA} locale="zh-CN">
        <gr-test-widget id="outer"></gr-test-widget>
        <grassroots-provider .adapter=${adapterB} locale="en">
          <gr-test-widget id="inner"></gr-test-widget>
        </grassroots-provider>
      </grassroots-provider>
    `);
    const outerWidget = outer.querySelector<TestWidget>('#outer')!;
    const innerWidget = outer.querySelector<TestWidget>('#inner')!;
    await settle(outerWidget, innerWidget);
    expect(shadowText(outerWidget)).to.equal('数据源：alpha');
    expect(shadowText(innerWidget)).to.equal('Data source: beta');
  });

  describe('without an adapter', () => {
    let savedLang: string;
    beforeEach(() => {
      savedLang = document.documentElement.lang;
    });
    afterEach(() => {
      document.documentElement.lang = savedLang;
    });

    it('shows "not configured" in zh-CN and warns once', async () => {
      let widget!: TestWidget;
      const warnings = await captureWarnings(async () => {
        widget = await fixture<TestWidget>(html`<gr-test-widget locale="zh-CN"></gr-test-widget>`);
        await aTimeout(5);
        widget.theme = 'dark';
        await widget.updateComplete;
        await aTimeout(5);
      });
      const status = widget.shadowRoot!.querySelector('[role=status]')!;
      expect(status).to.exist;
      expect(shadowText(widget)).to.contain('此组件尚未配置数据源');
      expect(warnings.filter((w) => w.includes('<gr-test-widget>'))).to.have.length(1);
      expect(warnings[0]).to.contain('grassroots-provider');
      await expect(widget).to.be.accessible();
    });

    it('shows "not configured" in en, following the page lang', async () => {
      document.documentElement.lang = 'en-GB';
      let widget!: TestWidget;
      const warnings = await captureWarnings(async () => {
        widget = await fixture<TestWidget>(html`<gr-test-widget elder-friendly></gr-test-widget>`);
        await aTimeout(5);
      });
      expect(shadowText(widget)).to.contain('This widget has no data source configured');
      expect(warnings).to.have.length(1);
      expect(widget.hasAttribute('effective-elder-friendly')).to.equal(true);
      await expect(widget).to.be.accessible();
    });

    it('names the missing adapter group', async () => {
      const warnings = await captureWarnings(async () => {
        const widget = await fixture(html`<gr-cases-test-widget .adapter=${adapterA} locale="en"></gr-cases-test-widget>`);
        await aTimeout(5);
        expect(shadowText(widget)).to.contain('This widget has no data source configured');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('cases');
    });
  });

  describe('locale following the page', () => {
    let savedLang: string;
    beforeEach(() => {
      savedLang = document.documentElement.lang;
    });
    afterEach(() => {
      document.documentElement.lang = savedLang;
    });

    it('re-renders when <html lang> changes, unless the locale is set', async () => {
      document.documentElement.lang = 'zh-CN';
      const el = mount(html`
        <gr-test-widget id="follow" .adapter=${adapterA}></gr-test-widget>
        <gr-test-widget id="fixed" .adapter=${adapterA} locale="zh-CN"></gr-test-widget>
      `);
      const follow = el.querySelector<TestWidget>('#follow')!;
      const fixed = el.querySelector<TestWidget>('#fixed')!;
      await settle(follow, fixed);
      expect(shadowText(follow)).to.equal('数据源：alpha');

      document.documentElement.lang = 'en';
      await aTimeout(0);
      await settle(follow, fixed);
      expect(shadowText(follow)).to.equal('Data source: alpha');
      expect(shadowText(fixed)).to.equal('数据源：alpha');
    });

    it('follows a lang attribute on a nearer ancestor', async () => {
      document.documentElement.lang = 'zh-CN';
      const el = mount(html`<gr-test-widget .adapter=${adapterA}></gr-test-widget>`);
      el.lang = 'zh';
      const widget = el.querySelector<TestWidget>('gr-test-widget')!;
      await settle(widget);
      expect(shadowText(widget)).to.equal('数据源：alpha');
      el.lang = 'en';
      await aTimeout(0);
      await settle(widget);
      expect(shadowText(widget)).to.equal('Data source: alpha');
    });
  });
});
