import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, makeAdapter, mountQueue, settled, text, until } from './helpers.js';

describe('<grid-case-queue>: states', () => {
  it('shows loading, then the list', async () => {
    const adapter = makeAdapter('community-staff', { latency: 400 });
    const el = await mountQueue(undefined);
    el.adapter = adapter;
    await until(() => $(el, '[part="loading"]'));
    await expect(el).to.be.accessible();
    await settled(el);
    expect($(el, '[role="grid"]')).to.exist;
  });

  it('shows an empty list', async () => {
    const adapter = makeAdapter('resident');
    const el = await mountQueue(adapter, { preset: 'to-verify' });
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    $<HTMLInputElement>(el, '#qf-text')!.focus();
    await sendKeys({ type: 'zzzz-no-such-case' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(text($(el, '[part="empty"]'))).to.contain('没有案件');
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry', async () => {
    const adapter = makeAdapter('community-staff');
    adapter.control.failNext('cases.list', 'unavailable');
    const el = await mountQueue(adapter);
    expect($(el, '[part="error"]')).to.exist;
    await expect(el).to.be.accessible();
    ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
    await settled(el);
    expect($(el, '[role="grid"]')).to.exist;
  });

  it('shows "not configured" without an adapter', async () => {
    const el = await mountQueue(undefined);
    expect($(el, '[part="not-configured"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is read-only for an anonymous visitor, and axe-clean in the dark and elder-friendly', async () => {
    const adapter = makeAdapter('anonymous');
    const el = await mountQueue(adapter);
    expect(text($(el, '[part="read-only"]'))).to.contain('没有办理权限');
    el.setAttribute('theme', 'dark');
    el.setAttribute('elder-friendly', '');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
