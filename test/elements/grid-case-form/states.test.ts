import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { GridCaseForm } from '../../../src/elements/grid-case-form/grid-case-form.js';
import {
  $, active, clickLabel, clickText, HOME, heading, makeAdapter, mountForm, pickArea, text, unmountAll, waitForHeading,
} from './helpers.js';

/** Garbage in the demo community, where open garbage cases are seeded: continues from the place step. */
async function reportGarbageThere(form: GridCaseForm): Promise<void> {
  await clickLabel(form, 'Rubbish dumped or piling up');
  await clickText(form, 'Continue');
  await waitForHeading(form, 'About the problem');
  await clickLabel(form, 'Household');
  await clickText(form, 'Continue');
  await waitForHeading(form, 'Where is the problem?');
  await pickArea(form, `${HOME}-g2-p1`);
  await clickText(form, 'Continue');
}

/** The same, up to the similar-cases step it reaches. */
async function garbageToSimilar(form: GridCaseForm): Promise<void> {
  await reportGarbageThere(form);
  await waitForHeading(form, 'Someone has already reported something similar nearby');
}

describe('<grid-case-form> similar cases and states', function () {
  this.timeout(40000);
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  it('offers similar open cases and follows one instead of reporting again', async () => {
    const adapter = makeAdapter('resident');
    const form = await mountForm({ adapter });
    await garbageToSimilar(form);
    const similar = await adapter.cases.similar({ categoryCode: 'garbage', areaId: `${HOME}-g2-p1` }, { locale: 'en' });
    expect(similar.length).to.be.greaterThan(0);
    const shown = [...form.shadowRoot!.querySelectorAll('.similar-title')].map((h) => h.textContent!.trim());
    expect(shown).to.deep.equal(similar.map((c) => `${c.categoryName} · ${c.publicNumber}`));
    await expect(form).to.be.accessible();

    const target = similar[0]!;
    const before = (await adapter.cases.get(target.id)).followers;
    const event = oneEvent(form, 'gr-case-submitted');
    const button = form.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-describedby="similar-${target.id}"]`)!;
    expect(button.textContent).to.contain('This is my problem too');
    button.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ caseId: target.id, publicNumber: target.publicNumber, followed: true });
    await waitForHeading(form, 'You are following this problem');
    expect(text(form, '.public-number')).to.equal(target.publicNumber);
    expect(active(form)?.id).to.equal('step-heading');
    const after = await adapter.cases.get(target.id);
    expect(after.mine).to.equal(true);
    expect(after.followers).to.equal(before + 1);
    await expect(form).to.be.accessible();
  });

  it('shows similar cases to a visitor who is not signed in, without the follow button', async () => {
    const form = await mountForm({ adapter: makeAdapter('anonymous') });
    await garbageToSimilar(form);
    expect(text(form)).to.contain('Sign in to follow one of these.');
    expect(form.shadowRoot!.querySelectorAll('.similar-case')).to.have.length.greaterThan(0);
    expect(form.shadowRoot!.querySelectorAll('.similar-case button')).to.have.length(0);
    await clickText(form, 'It is a different problem');
    await waitForHeading(form, 'Tell us more');
  });

  it('goes from the place straight to the details on a backend that cannot follow a case', async () => {
    const adapter = makeAdapter('resident');
    let asked = 0;
    const cases = Object.assign(Object.create(adapter.cases) as typeof adapter.cases, {
      capabilities: { follow: false },
      similar: (...args: Parameters<typeof adapter.cases.similar>) => (asked++, adapter.cases.similar(...args)),
    });
    const form = await mountForm({ adapter: { ...adapter, cases } });
    await reportGarbageThere(form);
    await waitForHeading(form, 'Tell us more');
    expect(asked, 'similar cases asked of a backend that cannot follow them').to.equal(0);
    expect(form.shadowRoot!.querySelectorAll('.similar-case')).to.have.length(0);
  });

  it('tells department staff, who may not report, that this account cannot report', async () => {
    const form = await mountForm({ adapter: makeAdapter('department-staff') });
    expect(text(form, '[part=no-permission]')).to.contain('This account cannot report problems');
    expect(form.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('shows loading, then an error with retry that recovers', async () => {
    const adapter = createMemoryAdapter({ latency: 0 });
    adapter.control.failNext('cases.categories', 'unavailable');
    const container = document.createElement('div');
    document.body.append(container);
    render(html`<grid-case-form locale="en" draft-key="test-states"></grid-case-form>`, container);
    const form = container.querySelector('grid-case-form')!;
    form.adapter = adapter;
    await form.updateComplete;
    expect(text(form, '[part=loading]')).to.contain('Loading');
    await expect(form).to.be.accessible();
    await waitUntil(() => form.shadowRoot!.querySelector('[part=error]'), 'no error state');
    expect(text(form, '[part=error]')).to.contain('temporarily unavailable');
    await expect(form).to.be.accessible();
    $(form, '[part=retry-button]').click();
    await waitForHeading(form, 'What is the problem?');
    container.remove();
  });

  it('says it is not configured without an adapter', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const container = document.createElement('div');
      document.body.append(container);
      render(html`<grid-case-form locale="en"></grid-case-form>`, container);
      const form = container.querySelector('grid-case-form')!;
      await form.updateComplete;
      expect(text(form, '[part=not-configured]')).to.contain('This widget has no data source configured');
      await expect(form).to.be.accessible();
      container.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('speaks Chinese and fits a 360 px phone in elder-friendly dark mode', async () => {
    await setViewport({ width: 360, height: 740 });
    const form = await mountForm({ locale: 'zh-CN', attrs: { 'elder-friendly': '', theme: 'dark', category: 'streetlight', area: `${HOME}-g1-p1-b1` } });
    expect(heading(form)).to.equal('遇到了什么问题？');
    expect(text(form)).to.contain('路灯损坏');
    const fits = () => form.scrollWidth <= form.clientWidth + 1;
    expect(fits(), 'category step overflows at 360 px').to.equal(true);
    const button = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('继续'))!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await expect(form).to.be.accessible();
    button.click();
    await waitForHeading(form, '关于这个问题');
    await clickLabel(form, '不亮');
    await clickText(form, '继续');
    await waitForHeading(form, '问题在哪里？');
    await waitUntil(() => text(form, '.chosen-path').includes('1号楼'));
    expect(fits(), 'place step overflows at 360 px').to.equal(true);
    await expect(form).to.be.accessible();
  });
});
