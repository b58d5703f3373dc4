import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { ControllerHost, text } from './helpers.js';

describe('LiveAnnouncer', () => {
  it('renders a polite, visually hidden region and announces text', async () => {
    const el = await fixture<ControllerHost>(html`<gr-controller-host></gr-controller-host>`);
    const region = el.shadowRoot!.querySelector('[aria-live]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getBoundingClientRect().width).to.be.at.most(1);

    el.announcer.announce('已加载 20 条');
    await aTimeout(20);
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.equal('已加载 20 条');

    el.announcer.announce('已加载 20 条');
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.equal('');
    await aTimeout(20);
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.equal('已加载 20 条');
    await expect(el).to.be.accessible();
  });
});
