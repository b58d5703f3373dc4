import { expect } from '@open-wc/testing';
import { $, makeAdapter, mountQueue, rowIds, settled, text, until } from './helpers.js';

/** Types `value` into the queue's search box as one input event. */
function type(el: HTMLElement, value: string): void {
  const input = $<HTMLInputElement>(el, '#qf-text')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value, inputType: 'insertText' }));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<grid-case-queue>: what a change renders', () => {
  it('replaces the rows in place when the answer comes at once: no loading state in between', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    const grid = $(el, '[role="grid"]');
    const before = rowIds(el);
    let loadingShown = false;
    const observer = new MutationObserver(() => (loadingShown ||= !!$(el, '[part="loading"]')));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    type(el, '路灯');
    const expected = await adapter.cases.list({ status: ['accepted', 'dispatched'], text: '路灯', sort: 'due' }, { limit: 50 });
    await until(() => text($(el, '[part="summary"]')).includes(`共 ${expected.total} 件`));
    observer.disconnect();
    expect(loadingShown, 'loading state rendered').to.be.false;
    expect($(el, '[role="grid"]'), 'the same grid element').to.equal(grid);
    expect(rowIds(el)).to.deep.equal(expected.items.slice(0, rowIds(el).length).map((k) => k.id));
    expect(rowIds(el)).to.not.deep.equal(before);
  });

  it('shows the loading state by the next frame when the answer is slow', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    adapter.control.setLatency(400);
    type(el, '路灯');
    await frame();
    await frame();
    expect($(el, '[part="loading"]'), 'loading while the answer is on its way').to.exist;
    adapter.control.setLatency(0);
    await settled(el);
    expect($(el, '[role="grid"]')).to.exist;
  });

  it('builds the filter form after the first rows, or at once when its bar is opened', async () => {
    const adapter = makeAdapter('grid-centre', { latency: 400 });
    const el = await mountQueue(undefined);
    el.adapter = adapter;
    await until(() => $(el, '[part="loading"]'));
    expect($(el, '#qf-text'), 'no form while the list loads and the bar is closed').to.not.exist;
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    await el.updateComplete;
    expect($(el, '#qf-text'), 'opened: the form').to.exist;
    expect($<HTMLDetailsElement>(el, '[part="filters"]')!.open).to.be.true;

    const other = await mountQueue(makeAdapter('grid-centre'), { preset: 'in-progress' });
    expect($<HTMLDetailsElement>(other, '[part="filters"]')!.open).to.be.false;
    expect($(other, '#qf-text'), 'after the first rows: the form, in the closed bar').to.exist;
  });

  it('styles every cell as a cell: no column takes a shared style by its class (the status box, a select field)', async () => {
    const el = await mountQueue(makeAdapter('grid-centre'), { preset: 'in-progress' });
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex="1"] .cell, [role="row"][data-i="0"] .cell')];
    expect(cells).to.have.length(18);
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      expect([style.borderInlineStartWidth, style.paddingBlockStart], `${cell.className}`).to.deep.equal(['0px', '0px']);
    }
  });
});
