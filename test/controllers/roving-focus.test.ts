import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clampIndex } from '../../src/controllers/roving-focus.js';
import type { WindowHost } from './window-host.js';
import './window-host.js';

const focused = (el: WindowHost) => el.shadowRoot!.activeElement as HTMLElement | null;
const tabStops = (el: WindowHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row[tabindex="0"]')].map((r) => r.dataset['i']);
const row = (el: WindowHost, i: number) => el.shadowRoot!.querySelector<HTMLElement>(`.row[data-i="${i}"]`);

async function tabIn(el: WindowHost) {
  el.shadowRoot!.querySelector<HTMLElement>('.before')!.focus();
  await sendKeys({ press: 'Tab' });
}

async function click(target: HTMLElement) {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

describe('roving focus: the maths', () => {
  it('keeps a move within the items', () => {
    expect(clampIndex(5, 10)).to.equal(5);
    expect(clampIndex(-1, 10)).to.equal(0);
    expect(clampIndex(12, 10)).to.equal(9);
    expect(clampIndex(3, 0)).to.equal(-1);
  });
});

describe('RovingFocusController in an element', function () {
  this.timeout(10000);

  it('has one tab stop, moves it with the keys, and scrolls a far row in, rendered and focused', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host></gr-window-host>`);
    await waitUntil(() => el.rows.rowHeight === 30, 'row height measured');
    await tabIn(el);
    expect(focused(el)?.dataset['i']).to.equal('0');
    expect(tabStops(el)).to.deep.equal(['0']);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset['i']).to.equal('1');
    expect(tabStops(el)).to.deep.equal(['1']);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.dataset['i'], 'stays at the first row').to.equal('0');

    await sendKeys({ press: 'End' });
    expect(focused(el)?.dataset['i']).to.equal('999');
    expect(focused(el)?.getAttribute('aria-posinset')).to.equal('1000');
    expect(el.viewport()!.scrollTop).to.equal(30_000 - 300);
    const vp = el.viewport()!.getBoundingClientRect();
    expect(focused(el)!.getBoundingClientRect().bottom).to.equal(vp.bottom);
    expect(tabStops(el)).to.deep.equal(['999']);
    await sendKeys({ press: 'Home' });
    expect(focused(el)?.dataset['i']).to.equal('0');
    expect(el.viewport()!.scrollTop).to.equal(0);
  });

  it('keeps the focused row in the DOM when scrolled away, so Tab comes back to it', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host></gr-window-host>`);
    await waitUntil(() => el.rows.rowHeight === 30, 'row height measured');
    await tabIn(el);
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)?.dataset['i']).to.equal('10');
    await sendKeys({ press: 'End' });
    // Scrolled back to the top as a wheel would: row 999 is far out of view but still rendered and focused.
    el.viewport()!.scrollTop = 0;
    await waitUntil(() => row(el, 5), 'top rows rendered');
    expect(row(el, 999), 'the focused row').to.not.equal(null);
    expect(focused(el)?.dataset['i']).to.equal('999');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.className).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.dataset['i']).to.equal('999');
  });

  it('makes a clicked row the tab stop', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host></gr-window-host>`);
    await waitUntil(() => el.rows.rowHeight === 30, 'row height measured');
    await el.updateComplete;
    await click(row(el, 4)!);
    await el.updateComplete;
    expect(focused(el)?.dataset['i']).to.equal('4');
    expect(tabStops(el)).to.deep.equal(['4']);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset['i']).to.equal('5');
  });

  it('moves focus onto a re-created row, and never takes focus from outside the items', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host></gr-window-host>`);
    await tabIn(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const old = focused(el)!;
    el.generation++;
    await el.updateComplete;
    expect(old.isConnected, 'the old element went away').to.equal(false);
    expect(focused(el)?.dataset['i']).to.equal('2');
    expect(focused(el)).to.not.equal(old);

    el.shadowRoot!.querySelector<HTMLElement>('.after')!.focus();
    el.generation++;
    await el.updateComplete;
    expect(focused(el)?.className).to.equal('after');
  });

  it('does nothing without items', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host count="0"></gr-window-host>`);
    await el.roving.focus(3);
    expect(el.roving.active).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('.row')).to.have.length(0);
  });
});
