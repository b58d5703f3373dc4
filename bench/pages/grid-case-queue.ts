// Benchmark page for <grid-case-queue> on 10,000 memory-adapter cases (grid-centre session, latency 0).
// Driven by bench/grid-case-queue.bench.mjs.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/grid-case-queue/index.js';
import type { GridCaseQueue } from '../../src/elements/grid-case-queue/grid-case-queue.js';
import { afterNextPaint, countElements } from './lib/timing.js';
import { whenDom } from './volunteer-roster-data.js';

const adapter = createMemoryAdapter({ session: 'grid-centre', latency: 0, sizes: { cases: 10_000 } });
let el: GridCaseQueue | undefined;
const root = () => el!.shadowRoot!;
const rows = () => root().querySelectorAll('.body [role=row][data-i]').length;
const summary = () => root().querySelector('[part=summary]')?.textContent ?? '';

async function ready(): Promise<void> {
  // Builds the seeded world (10,000 cases) outside the timings.
  await adapter.cases.list({ sort: 'due' }, { limit: 1 });
  await adapter.cases.categories();
}

/** Element creation (the "in progress" tab) → the frame after the first rows are painted. */
async function firstRender(): Promise<{ ms: number; rows: number; elements: number; total: string }> {
  el?.remove();
  const start = performance.now();
  el = document.createElement('grid-case-queue') as GridCaseQueue;
  el.setAttribute('locale', 'zh-CN');
  el.setAttribute('preset', 'in-progress');
  el.adapter = adapter;
  document.body.append(el);
  await whenDom(root(), () => rows() > 5);
  await afterNextPaint();
  return { ms: performance.now() - start, rows: rows(), elements: countElements(root()), total: summary() };
}

/** Choosing a category in the filter (a change on the select) → the frame after the new rows are painted. */
async function filter(index: number): Promise<{ ms: number; backendMs: number; rows: number; elements: number }> {
  const details = root().querySelector<HTMLDetailsElement>('[part=filters]')!;
  details.open = true;
  await whenDom(root(), () => root().querySelectorAll('#qf-category option').length > 1);
  const select = root().querySelector<HTMLSelectElement>('#qf-category')!;
  const option = select.options[index + 1]!;
  const t0 = performance.now();
  const page = await adapter.cases.list({ status: ['accepted', 'dispatched'], categoryCode: option.value, sort: 'due' }, { limit: 50 });
  const backendMs = performance.now() - t0;
  const first = page.items[0]?.id;
  const start = performance.now();
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await whenDom(root(), () =>
    first ? root().querySelector('.body [role=row][data-i="0"]')?.getAttribute('data-id') === first && !root().querySelector('[part=loading]') : !!root().querySelector('[part=empty]'),
  );
  await afterNextPaint();
  return { ms: performance.now() - start, backendMs, rows: rows(), elements: countElements(root()) };
}

Object.assign(window, { bench: { ready, firstRender, filter } });
