import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, expected, makeAdapter, mountRoster, rows, text } from './helpers.js';

describe('<volunteer-roster> scrolling and keyboard', function () {
  this.timeout(20000);
  it('pages to the end as the list scrolls, keeping the DOM small', async function () {
    const adapter = makeAdapter('community-staff', 1000);
    const el = await mountRoster(adapter, { pageSize: 100 });
    const total = (await expected(adapter, {})).total;
    const viewport = $(el, '.viewport')!;
    let most = 0;
    while (rows(el).at(-1)!.dataset.i !== String(total - 1)) {
      viewport.scrollTop = viewport.scrollHeight;
      viewport.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      most = Math.max(most, rows(el).length);
      await waitUntil(() => !$(el, '.tail') || viewport.scrollHeight > viewport.scrollTop + viewport.clientHeight, 'next page', { timeout: 8000 });
    }
    const last = rows(el).at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal(String(total + 1));
    expect(Number(last.dataset.i) + 1).to.equal(total);
    expect(most, 'rendered rows').to.be.below(60);
    expect(el.shadowRoot!.querySelectorAll('[role=row]').length).to.be.below(62);
  });

  it('shows an inline retry row when a page fails mid-scroll, keeping the loaded rows', async function () {
    // axe's colour-contrast check scrolls every row and team into view: seconds on a loaded 2-core machine.
    this.timeout(40000);
    const adapter = makeAdapter();
    const el = await mountRoster(adapter);
    const before = rows(el).length;
    adapter.control.failNext('volunteers.query', 'network');
    const viewport = $(el, '.viewport')!;
    viewport.scrollTop = viewport.scrollHeight;
    viewport.dispatchEvent(new Event('scroll'));
    await waitUntil(() => $(el, '.tail button'), 'retry row', { timeout: 8000 });
    expect(text(el, '.tail')).to.contain('加载更多失败');
    expect(rows(el).length).to.be.at.least(Math.min(before, 10));
    expect(rows(el)[0]!.dataset.i).to.not.equal(undefined);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.tail button')!.click();
    await waitUntil(() => !$(el, '.tail') && Number(rows(el).at(-1)!.dataset.i) >= 20, 'continued after retry', { timeout: 8000 });
    const page2 = await adapter.volunteers.query({ sort: 'name' }, { limit: 200 });
    for (const row of rows(el)) expect(row.querySelector('.vname')!.textContent).to.equal(page2.items[Number(row.dataset.i)]!.name);
  });

  it('moves between rows with the keyboard (one tab stop) and opens details with Enter', async function () {
    const adapter = makeAdapter();
    const el = await mountRoster(adapter);
    $<HTMLButtonElement>(el, '[part=export-button]')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => el.shadowRoot!.activeElement as HTMLElement;
    expect(focused().dataset.i).to.equal('0');
    expect(el.shadowRoot!.querySelectorAll('[role=row][tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused().dataset.i).to.equal('1');
    await sendKeys({ press: 'PageDown' });
    const afterPage = Number(focused().dataset.i);
    expect(afterPage).to.be.greaterThan(2);
    await sendKeys({ press: 'End' });
    await waitUntil(() => Number(focused()?.dataset.i) >= 19, 'End reaches the last loaded row', { timeout: 8000 });
    await sendKeys({ press: 'Home' });
    expect(focused().dataset.i).to.equal('0');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused().dataset.i).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.id === 'details-heading', 'details open', { timeout: 8000 });
    const want = await expected(adapter, {});
    expect(focused().textContent).to.equal(want.names[1]);
    $<HTMLButtonElement>(el, '.details .back')!.click();
    await waitUntil(() => focused()?.dataset.i === '1', 'focus back on the row', { timeout: 8000 });
    // Tab leaves the grid in one step.
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('role')).to.not.equal('row');
  });

});
