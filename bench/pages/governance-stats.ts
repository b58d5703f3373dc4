// Benchmark page for <governance-stats> on the seeded memory city: a district over a quarter.
// Driven by bench/governance-stats.bench.mjs.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/governance-stats/index.js';
import type { GovernanceStats } from '../../src/elements/governance-stats/governance-stats.js';
import { afterNextPaint, countElements } from './lib/timing.js';
import { whenDom } from './volunteer-roster-data.js';

const adapter = createMemoryAdapter({ session: 'grid-centre', latency: 0 });
let el: GovernanceStats | undefined;
const root = () => el!.shadowRoot!;
const settled = () => root().querySelector('[data-window]') !== null && root().querySelector('.results[aria-busy=true], [part=loading]') === null;

async function ready(): Promise<void> {
  // Builds the seeded world outside the timings.
  await Promise.all([adapter.cases.stats({ period: 'quarter' }), adapter.volunteers.stats({ period: 'quarter' }), adapter.services.stats({ period: 'quarter' })]);
}

/** Element creation (the city over a quarter) → the frame after the figures and charts are painted. */
async function firstRender(): Promise<{ ms: number; elements: number }> {
  el?.remove();
  const start = performance.now();
  el = document.createElement('governance-stats') as GovernanceStats;
  el.setAttribute('locale', 'zh-CN');
  el.setAttribute('period', 'quarter');
  el.adapter = adapter;
  document.body.append(el);
  await whenDom(root(), () => settled() && root().querySelectorAll('#gs-district option').length > 1);
  await afterNextPaint();
  return { ms: performance.now() - start, elements: countElements(root()) };
}

/** Choosing a district (a change on the select) → the frame after its quarter's figures are painted. */
async function district(index: number): Promise<{ ms: number; backendMs: number; elements: number }> {
  const select = root().querySelector<HTMLSelectElement>('#gs-district')!;
  const option = select.options[index + 1]!;
  const query = { period: 'quarter' as const, areaId: option.value };
  const t0 = performance.now();
  await Promise.all([adapter.cases.stats(query), adapter.volunteers.stats(query), adapter.services.stats(query)]);
  const backendMs = performance.now() - t0;
  const start = performance.now();
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await whenDom(root(), () => settled() && (root().querySelector('[data-window]')!.textContent ?? '').includes(option.text));
  await afterNextPaint();
  return { ms: performance.now() - start, backendMs, elements: countElements(root()) };
}

Object.assign(window, { bench: { ready, firstRender, district } });
