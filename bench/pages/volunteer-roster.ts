// Benchmark page for <volunteer-roster> on 20,000 memory-adapter volunteers. Driven by bench/volunteer-roster.bench.mjs.
import '../../src/elements/volunteer-roster/index.js';
import type { VolunteerRoster } from '../../src/elements/volunteer-roster/volunteer-roster.js';
import { afterNextPaint } from './lib/timing.js';
import { benchAdapter, whenDom } from './volunteer-roster-data.js';

const adapter = benchAdapter();
// Time stamps of backend queries, to split a keystroke's time into debounce and query + render.
let lastQueryAt = 0;
const query = adapter.volunteers.query;
adapter.volunteers.query = (q, o) => {
  lastQueryAt = performance.now();
  return query(q, o);
};
let roster: VolunteerRoster | undefined;
const root = () => roster!.shadowRoot!;
const rows = () => root().querySelectorAll('.body [role=row][data-i]');

async function ready(): Promise<void> {
  await adapter.volunteers.teams(); // builds the 20,000-row world outside the timings
  await adapter.volunteers.query({ text: '王' }, { limit: 1 });
}

/** Element creation → the frame after its first rows are painted. */
async function firstRender(): Promise<{ ms: number; rows: number }> {
  roster?.remove();
  const start = performance.now();
  roster = document.createElement('volunteer-roster') as VolunteerRoster;
  roster.setAttribute('locale', 'zh-CN');
  roster.adapter = adapter;
  document.body.append(roster);
  await whenDom(roster.shadowRoot!, () => rows().length > 0);
  await afterNextPaint();
  return { ms: performance.now() - start, rows: rows().length };
}

/** Types `text` into the search (one input event) → the frame after the matching rows are painted. */
async function keystroke(text: string): Promise<{ ms: number; afterDebounce: number; total: string }> {
  const input = root().querySelector<HTMLInputElement>('#vr-search')!;
  const before = root().querySelector('.total')!.textContent;
  const firstName = () => root().querySelector('.body [role=row][data-i="0"] .vname')?.textContent ?? '';
  input.value = text;
  const start = performance.now();
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  await whenDom(root(), () => root().querySelector('.total')?.textContent !== before && (text === '' || firstName().includes(text)));
  await afterNextPaint();
  const end = performance.now();
  return { ms: end - start, afterDebounce: end - lastQueryAt, total: root().querySelector('.total')!.textContent! };
}

/** Scrolls to the bottom `steps` times (each loads a page), sampling the rendered row count at each step. */
async function scrollRows(steps: number): Promise<{ maxRendered: number; loaded: number; total: number }> {
  const viewport = root().querySelector<HTMLElement>('.viewport')!;
  let maxRendered = 0;
  for (let i = 0; i < steps; i++) {
    viewport.scrollTop = viewport.scrollHeight;
    await roster!.updateComplete;
    await afterNextPaint();
    await afterNextPaint();
    maxRendered = Math.max(maxRendered, rows().length);
  }
  const indices = [...rows()].map((r) => Number(r.getAttribute('aria-rowindex')) - 1);
  return { maxRendered, loaded: Math.max(...indices), total: Number(root().querySelector('[role=grid]')!.getAttribute('aria-rowcount')) - 1 };
}

Object.assign(window, { bench: { ready, firstRender, keystroke, scrollRows } });
