import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { COMPOUND, focusedItem, itemNamed, items, loadingRow, nameOf, panel, renderTree, tabStops } from './helpers.js';

/** Asserts focus, the single tab stop and the ARIA position of the focused row. */
function expectFocus(el: HTMLElement & { shadowRoot: ShadowRoot | null }, name: string, level: number, pos: number, size: number) {
  const row = focusedItem(el as never);
  expect(nameOf(row), 'focused row').to.equal(name);
  expect(row!.getAttribute('aria-level')).to.equal(String(level));
  expect(row!.getAttribute('aria-posinset')).to.equal(String(pos));
  expect(row!.getAttribute('aria-setsize')).to.equal(String(size));
  expect(tabStops(el as never)).to.deep.equal([row]);
}

describe('<party-org-tree> keyboard (APG treeview)', function () {
  this.timeout(20000);

  it('moves, expands, collapses and selects key by key with one tab stop', async () => {
    const el = await renderTree();
    const search = el.shadowRoot!.querySelector('input')!;
    search.focus();
    await sendKeys({ press: 'Tab' });
    expectFocus(el, '中共青川市委员会', 1, 1, 1);
    expect(focusedItem(el)!.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expectFocus(el, '中共青川市东城区委员会', 2, 1, 8);
    expect(focusedItem(el)!.getAttribute('aria-expanded')).to.equal('false');

    // Right: expand (children load), then Right again: first child.
    const expanded = oneEvent(el, 'gr-org-expand');
    await sendKeys({ press: 'ArrowRight' });
    expect((await expanded).detail).to.deep.equal({ id: 'o-d01', expanded: true });
    await waitUntil(() => itemNamed(el, '中共明中街道工作委员会') && !loadingRow(el));
    expect(focusedItem(el)!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expectFocus(el, '中共明中街道工作委员会', 3, 1, 9);

    // Left: to the parent; Left again: collapse.
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expectFocus(el, '中共青川市东城区委员会', 2, 1, 8);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedItem(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect(itemNamed(el, '中共明中街道工作委员会')).to.equal(undefined);

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expectFocus(el, '中共云溪县委员会', 2, 8, 8);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expectFocus(el, '中共青山县委员会', 2, 7, 8);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expectFocus(el, '中共青川市委员会', 1, 1, 1);

    // Enter selects: aria-selected, the event, and the detail region named after the node.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const selected = oneEvent(el, 'gr-org-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'o-d01', name: '中共青川市东城区委员会' });
    await el.updateComplete;
    expect(el.selected).to.equal('o-d01');
    expect(el.getAttribute('selected')).to.equal('o-d01');
    expect(focusedItem(el)!.getAttribute('aria-selected')).to.equal('true');
    expect(items(el).filter((r) => r.getAttribute('aria-selected') === 'true')).to.have.length(1);
    const region = panel(el)!;
    const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal('中共青川市东城区委员会');

    // Space selects too.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selected).to.equal('o-d02');
    expect(focusedItem(el)).to.equal(itemNamed(el, '中共青川市西城区委员会'));
  });

  it('* expands every sibling of the focused node', async () => {
    const el = await renderTree();
    itemNamed(el, '中共青川市西城区委员会')!.click();
    await el.updateComplete;
    const events: string[] = [];
    el.addEventListener('gr-org-expand', (e) => events.push(e.detail.id));
    await sendKeys({ press: '*' });
    await waitUntil(() => !loadingRow(el) && events.length === 8);
    expect(events).to.have.members(['o-d01', 'o-d02', 'o-d03', 'o-d04', 'o-d05', 'o-d06', 'o-d07', 'o-d08']);
    const districts = items(el).filter((r) => r.getAttribute('aria-level') === '2');
    expect(districts.length).to.be.greaterThan(0);
    for (const d of districts) expect(d.getAttribute('aria-expanded'), nameOf(d)).to.equal('true');
    expect(focusedItem(el)).to.equal(itemNamed(el, '中共青川市西城区委员会'));
  });

  it('type-ahead moves to the next visible name starting with the typed text', async () => {
    const el = await renderTree({ root: COMPOUND });
    itemNamed(el, '柏兴苑党支部')!.click();
    await el.updateComplete;
    await sendKeys({ press: '3' });
    await el.updateComplete;
    expect(nameOf(focusedItem(el))).to.equal('3号楼党小组');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await sendKeys({ press: '2' });
    await el.updateComplete;
    expect(nameOf(focusedItem(el))).to.equal('2号楼党小组');
    expectFocus(el, '2号楼党小组', 2, 2, 3);
  });

  it('keeps focus and ARIA on the focused row while it is scrolled out of the window and back', async () => {
    const el = await renderTree();
    await el.expandSubtree(undefined, { maxVisible: 600 });
    itemNamed(el, '中共青川市东城区委员会')!.click();
    await el.updateComplete;
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('[role=tree]')!;
    viewport.scrollTop = viewport.scrollHeight / 2;
    viewport.dispatchEvent(new Event('scroll')); // do not wait for a rendering frame to deliver it
    await waitUntil(() => !itemNamed(el, '中共青川市委员会'), 'the window moved');
    // Still in the DOM, still focused, still the only tab stop.
    expectFocus(el, '中共青川市东城区委员会', 2, 1, 8);
    // A key moves focus from there and scrolls the next row into view.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => viewport.scrollTop < 400, 'scrolled back');
    expectFocus(el, '中共明中街道工作委员会', 3, 1, 9);
    const box = focusedItem(el)!.getBoundingClientRect();
    const view = viewport.getBoundingClientRect();
    expect(box.top).to.be.at.least(view.top - 1);
    expect(box.bottom).to.be.at.most(view.bottom + 1);
  });
});
