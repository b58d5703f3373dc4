import { expect } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ServiceQuery } from '../../../src/domain/services.js';
import type { ServiceList } from '../../../src/elements/service-list/service-list.js';
import { $, $$, fill, memory, mountList, names, text, until, warmUp } from './helpers.js';

const number = (n: number) => new Intl.NumberFormat('en').format(n);

/** Waits until the widget shows exactly the adapter's first page and total for `query`. */
async function expectShows(el: ServiceList, adapter: MemoryAdapter, query: ServiceQuery): Promise<void> {
  const page = await adapter.services.query(query, { limit: el.pageSize });
  const want = page.items.map((i) => i.name).join('|');
  const count = page.total === 0 ? '' : `${number(page.total!)} ${page.total === 1 ? 'result' : 'results'}`;
  await until(
    () => (page.total === 0 ? $(el, '[part=empty]') !== null : names(el).join('|') === want && text($(el, '.count')) === count),
    `expected ${page.total} items for ${JSON.stringify(query)}, saw ${text($(el, '.count'))}`,
  );
  if (page.total! > 0) expect(text($(el, '.shown'))).to.equal(`Showing ${page.items.length} of ${number(page.total!)}`);
}

function check(el: ServiceList, id: string): void {
  $<HTMLInputElement>(el, `#${CSS.escape(id)}`)!.click();
}

describe('<service-list> search and filters', function () {
  this.timeout(20000);
  before(async function () {
    this.timeout(60_000);
    await warmUp();
  });
  let adapter: MemoryAdapter;
  beforeEach(() => {
    adapter = memory();
  });

  it('shows the first page and the total the adapter returns, axe-clean', async () => {
    const el = await mountList(adapter);
    await expectShows(el, adapter, { kind: 'service' });
    expect(text($(el, 'h2'))).to.equal('Community services');
    await expect(el).to.be.accessible();
  });

  it('searches as the user types, at once without a hint, aborting the stale request', async () => {
    const calls: Array<{ query: ServiceQuery; signal?: AbortSignal }> = [];
    const query = adapter.services.query;
    adapter.services.query = (q, o = {}) => {
      calls.push({ query: q, signal: o.signal });
      return query(q, o);
    };
    const el = await mountList(adapter);
    adapter.control.setLatency(200);
    fill(el, 'sl-text', '长者');
    await el.updateComplete;
    // The memory adapter asks for no pause: the keystroke queries at once (search-hint.test.ts has the pause).
    expect(calls.filter((c) => c.query.text).map((c) => c.query.text)).to.deep.equal(['长者']);
    fill(el, 'sl-audience', 'elderly');
    await el.updateComplete;
    expect(calls[calls.length - 2]!.signal!.aborted).to.equal(true);
    adapter.control.setLatency(0);
    await expectShows(el, adapter, { kind: 'service', text: '长者', audience: 'elderly' });
  });

  it('filters by audience', async () => {
    const el = await mountList(adapter);
    for (const audience of ['elderly', 'children', 'disabled', 'everyone'] as const) {
      fill(el, 'sl-audience', audience);
      await expectShows(el, adapter, { kind: 'service', audience });
    }
  });

  it('filters by category: a parent includes its children; unchecking one child keeps its siblings', async () => {
    const el = await mountList(adapter);
    $(el, '.disclosure')!.click();
    await until(() => $(el, '#term-t-elderly'), 'no category tree');
    expect($(el, '.disclosure')!.getAttribute('aria-expanded')).to.equal('true');
    check(el, 'term-t-elderly');
    await expectShows(el, adapter, { kind: 'service', termIds: ['t-elderly'] });
    expect(text($(el, '.disclosure'))).to.contain('Categories (1 selected)');

    $(el, '[aria-controls="terms-of-t-elderly"]')!.click();
    await el.updateComplete;
    const kids = $$<HTMLInputElement>(el, '#terms-of-t-elderly input');
    expect(kids.length).to.be.greaterThan(2);
    expect(kids.every((k) => k.checked)).to.equal(true);
    kids[0]!.click();
    await el.updateComplete;
    const rest = kids.slice(1).map((k) => k.id.replace('term-', ''));
    const parent = $<HTMLInputElement>(el, '#term-t-elderly')!;
    expect([parent.checked, parent.indeterminate]).to.deep.equal([false, true]);
    await expectShows(el, adapter, { kind: 'service', termIds: rest });
    // Checking it again selects the parent as a whole.
    kids[0]!.click();
    await expectShows(el, adapter, { kind: 'service', termIds: ['t-elderly'] });
    expect(parent.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('filters by district and street through the areas group', async () => {
    const el = await mountList(adapter);
    await until(() => $$(el, '#sl-district option').length > 1, 'no districts');
    fill(el, 'sl-district', 'd01');
    await expectShows(el, adapter, { kind: 'service', areaId: 'd01' });
    await until(() => $$(el, '#sl-street option').length > 1, 'no streets');
    fill(el, 'sl-street', 'd01-s01');
    await expectShows(el, adapter, { kind: 'service', areaId: 'd01-s01' });
  });

  it('fixes the area with the area attribute', async () => {
    const el = await mountList(adapter, { area: 'd01-s01-c01' });
    await expectShows(el, adapter, { kind: 'service', areaId: 'd01-s01-c01' });
    expect($(el, '#sl-district')).to.equal(null);
  });

  it('combines text, audience, category and area, and clears them all', async () => {
    const el = await mountList(adapter);
    fill(el, 'sl-text', '服务');
    $<HTMLFormElement>(el, 'form.filters')!.requestSubmit();
    fill(el, 'sl-audience', 'elderly');
    $(el, '.disclosure')!.click();
    await until(() => $(el, '#term-t-health'));
    check(el, 'term-t-health');
    check(el, 'term-t-elderly');
    await until(() => $$(el, '#sl-district option').length > 1);
    fill(el, 'sl-district', 'd01');
    await expectShows(el, adapter, { kind: 'service', text: '服务', audience: 'elderly', termIds: ['t-elderly', 't-health'], areaId: 'd01' });
    const clear = $$(el, 'button').find((b) => text(b) === 'Clear filters')!;
    clear.click();
    await expectShows(el, adapter, { kind: 'service' });
    expect($<HTMLInputElement>(el, '#sl-text')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement?.id).to.equal('sl-text');
  });

  it('shows the empty state when nothing matches, axe-clean', async () => {
    const el = await mountList(adapter);
    fill(el, 'sl-text', 'zzzz-nothing');
    $<HTMLFormElement>(el, 'form.filters')!.requestSubmit();
    await until(() => $(el, '[part=empty]'));
    expect(text($(el, '[part=empty]'))).to.contain('Nothing matches');
    await expect(el).to.be.accessible();
  });

  it('loads more pages with the total shown and announced, to the end', async () => {
    const el = await mountList(adapter, { kind: 'project', pageSize: 20 });
    const all = await adapter.services.query({ kind: 'project' }, { limit: 200 });
    expect(all.total).to.equal(60);
    const more = () => $(el, '[part=load-more]');
    more()!.click();
    await until(() => $$(el, '.card').length === 40);
    expect(text($(el, '.shown'))).to.equal('Showing 40 of 60');
    await until(() => text($(el, '[aria-live]')) === 'Loaded 20 more, showing 40 of 60');
    more()!.focus();
    more()!.click();
    await until(() => $$(el, '.card').length === 60);
    expect(names(el)).to.deep.equal(all.items.map((i) => i.name));
    expect(more()).to.equal(null);
    // Focus moves to the first new item instead of being lost with the button.
    expect(el.shadowRoot!.activeElement?.getAttribute('data-details')).to.equal(all.items[40]!.id);
    await expect(el).to.be.accessible();
  });
});
