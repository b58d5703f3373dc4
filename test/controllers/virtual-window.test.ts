import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { revealScrollTop, visibleSpan, windowRange } from '../../src/controllers/virtual-window.js';
import type { WindowHost } from './window-host.js';
import './window-host.js';

const view = (scrollTop: number, height = 300, rowHeight = 30) => ({ scrollTop, height, rowHeight });
const rendered = (el: WindowHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].map((r) => Number(r.dataset['i']));
const row = (el: WindowHost, i: number) => el.shadowRoot!.querySelector<HTMLElement>(`.row[data-i="${i}"]`);
const measured = (el: WindowHost) => waitUntil(() => el.rows.rowHeight === 30, 'row height measured');
/** Scrolls as a wheel would: the browser fires the scroll event. */
async function scrollTo(el: WindowHost, top: number) {
  const before = el.scrolls;
  el.viewport()!.scrollTop = top;
  await waitUntil(() => el.scrolls > before, 'scroll event');
  await el.updateComplete;
}

describe('virtual window: the maths', () => {
  it('renders the visible rows and an overscan on each side, within the count', () => {
    expect(visibleSpan(view(0))).to.deep.equal({ start: 0, end: 10 });
    expect(visibleSpan(view(45))).to.deep.equal({ start: 1, end: 12 });
    expect(windowRange(view(0), 1000, 6)).to.deep.equal({ first: 0, last: 16 });
    expect(windowRange(view(3000), 1000, 6)).to.deep.equal({ first: 94, last: 116 });
    expect(windowRange(view(29_700), 1000, 6)).to.deep.equal({ first: 984, last: 1000 });
    expect(windowRange(view(0), 4, 6)).to.deep.equal({ first: 0, last: 4 });
    expect(windowRange(view(600), 0, 6)).to.deep.equal({ first: 14, last: 0 });
  });

  it('scrolls as little as needed to show a row whole', () => {
    expect(revealScrollTop(view(300), 12), 'in view: stays').to.equal(300);
    expect(revealScrollTop(view(300), 10), 'first visible: stays').to.equal(300);
    expect(revealScrollTop(view(300), 19), 'last visible: stays').to.equal(300);
    expect(revealScrollTop(view(300), 20), 'just below: its bottom at the bottom edge').to.equal(330);
    expect(revealScrollTop(view(300), 9), 'just above: its top at the top edge').to.equal(270);
    expect(revealScrollTop(view(300), 0)).to.equal(0);
    expect(revealScrollTop(view(300, 240), 20), 'a shorter row space (sticky header)').to.equal(390);
  });
});

describe('VirtualWindowController in an element', function () {
  this.timeout(10000);

  it('measures the row height and keeps the DOM to the rows in view', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host></gr-window-host>`);
    await measured(el);
    await el.updateComplete;
    expect(el.rows.height).to.equal(300);
    expect(rendered(el)).to.deep.equal([...Array(12).keys()]);
    expect(row(el, 3)!.getBoundingClientRect().top - el.viewport()!.getBoundingClientRect().top).to.equal(90);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.spacer')!.offsetHeight).to.equal(30_000);
    expect(row(el, 0)!.style.transform).to.equal('translateY(0px)');

    await scrollTo(el, 3000);
    expect(rendered(el).sort((a, b) => a - b)).to.deep.equal([0, ...Array.from({ length: 14 }, (_, k) => 98 + k)]);
    expect(row(el, 100)!.getBoundingClientRect().top - el.viewport()!.getBoundingClientRect().top).to.equal(0);
  });

  it('re-renders on scroll only when other rows come into view', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host></gr-window-host>`);
    await measured(el);
    await el.updateComplete;
    const renders = el.renders;
    await scrollTo(el, 10);
    expect(el.renders, 'row 10 came partly into view').to.equal(renders + 1);
    await scrollTo(el, 20);
    expect(el.renders, 'the same rows at 20px').to.equal(renders + 1);
    await scrollTo(el, 35);
    expect(el.renders, 'row 0 left, row 11 came').to.equal(renders + 2);
    expect(rendered(el)).to.include(13);
  });

  it('leaves out the sticky header from the row space', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host header></gr-window-host>`);
    await waitUntil(() => el.rows.height === 240, 'row space measured');
    expect(el.rows.pageRows).to.equal(8);
    el.shadowRoot!.querySelector<HTMLElement>('.before')!.focus();
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowDown' });
    // Row 8 is the first under the header's edge: scrolled just enough to show it whole below the header.
    expect(el.viewport()!.scrollTop).to.equal(30);
    const vp = el.viewport()!.getBoundingClientRect();
    const r = row(el, 8)!.getBoundingClientRect();
    expect(r.bottom).to.equal(vp.top + 300);
  });

  it('follows a new scroll box and observes again after reconnecting', async () => {
    const el = await fixture<WindowHost>(html`<gr-window-host></gr-window-host>`);
    await measured(el);
    await scrollTo(el, 3000);
    el.open = false;
    await el.updateComplete;
    el.open = true;
    await el.updateComplete;
    // The new box is at 0: the window follows it once measured.
    await waitUntil(() => rendered(el).includes(0) && rendered(el).includes(5), 'rows at the top again');

    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.viewport()!.style.setProperty('block-size', '600px');
    await waitUntil(() => el.rows.height === 600, 'resized after reconnecting');
    await el.updateComplete;
    await nextFrame();
    expect(rendered(el).length).to.equal(22);
  });
});
