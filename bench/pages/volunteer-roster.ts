// Benchmark page for <volunteer-roster> on the memory adapter's volunteers (20,000, or `?rows=N`).
// Driven by bench/volunteer-roster.bench.mjs.
import '../../src/elements/volunteer-roster/index.js';
import type { VolunteerRoster } from '../../src/elements/volunteer-roster/volunteer-roster.js';
import { afterNextPaint, workDone } from './lib/timing.js';
import { benchAdapter, whenDom } from './volunteer-roster-data.js';

const adapter = benchAdapter();
// When the last backend query started and how long it took, to split a keystroke into query and render.
let lastQueryAt = 0;
let lastQueryMs = 0;
const query = adapter.volunteers.query;
adapter.volunteers.query = async (q, o) => {
  const start = (lastQueryAt = performance.now());
  try {
    return await query(q, o);
  } finally {
    lastQueryMs = performance.now() - start;
  }
};
let roster: VolunteerRoster | undefined;
const root = () => roster!.shadowRoot!;
const rows = () => root().querySelectorAll('.body [role=row][data-i]');

async function ready(): Promise<void> {
  await adapter.volunteers.teams(); // builds the world outside the timings
  await adapter.volunteers.query({ text: '王' }, { limit: 1 });
}

/** Element creation → its first rows laid out (`work`) and painted (`ms`). */
async function firstRender(): Promise<{ ms: number; work: number; rows: number }> {
  roster?.remove();
  const start = performance.now();
  roster = document.createElement('volunteer-roster') as VolunteerRoster;
  roster.setAttribute('locale', 'zh-CN');
  roster.adapter = adapter;
  document.body.append(roster);
  await whenDom(roster.shadowRoot!, () => rows().length > 0);
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, rows: rows().length };
}

/**
 * Types `text` into the search (one input event) → the matching rows laid out (`work`) and painted (`ms`);
 * `queryMs` is the backend query alone, `afterQuery` from the query starting to the rows laid out.
 */
async function keystroke(text: string): Promise<{ ms: number; work: number; queryMs: number; afterQuery: number; total: string }> {
  const input = root().querySelector<HTMLInputElement>('#vr-search')!;
  const before = root().querySelector('.total')!.textContent;
  const firstName = () => root().querySelector('.body [role=row][data-i="0"] .vname')?.textContent ?? '';
  input.value = text;
  const start = performance.now();
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  await whenDom(root(), () => root().querySelector('.total')?.textContent !== before && (text === '' || firstName().includes(text)));
  const done = workDone();
  await afterNextPaint();
  const end = performance.now();
  return { ms: end - start, work: done - start, queryMs: lastQueryMs, afterQuery: done - lastQueryAt, total: root().querySelector('.total')!.textContent! };
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
