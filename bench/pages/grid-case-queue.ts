// Benchmark page for <grid-case-queue> on 10,000 memory-adapter cases (grid-centre session, latency 0), on its
// "in progress" tab. Driven by bench/grid-case-queue.bench.mjs; its peer is grid-case-queue-vaadin.ts.
import '../../src/elements/grid-case-queue/index.js';
import type { GridCaseQueue } from '../../src/elements/grid-case-queue/grid-case-queue.js';
import { formatNumber } from '../../src/i18n/format.js';
import { afterNextPaint, countElements, workDone } from './lib/timing.js';
import { queueAdapter, QUEUE_QUERY } from './grid-case-queue-data.js';
import { whenDom } from './volunteer-roster-data.js';

const adapter = queueAdapter();
// The last first-page query (no cursor): when it started, how long it took, what it asked and what it answered,
// to split a keystroke into query and render and to know which rows the grid must end up showing.
let lastQueryAt = 0;
let lastQueryMs = 0;
let lastAnswer: { text: string; categoryCode: string; firstId?: string; total: number | null } | undefined;
/** `lastAnswer` as set by the wrapper since (a read the compiler does not narrow to the `undefined` set before the call). */
const answered = () => lastAnswer;
const list = adapter.cases.list;
adapter.cases.list = async (q, o) => {
  const start = performance.now();
  const first = !o?.cursor;
  if (first) lastQueryAt = start;
  try {
    const page = await list(q, o);
    if (first) lastAnswer = { text: q.text ?? '', categoryCode: q.categoryCode ?? '', firstId: page.items[0]?.id, total: page.total };
    return page;
  } finally {
    if (first) lastQueryMs = performance.now() - start;
  }
};

let el: GridCaseQueue | undefined;
const root = () => el!.shadowRoot!;
const rows = () => root().querySelectorAll('.body [role=row][data-i]');
const firstRowId = () => root().querySelector('.body [role=row][data-i="0"]')?.getAttribute('data-id');
const summary = () => root().querySelector('[part=summary]')?.textContent ?? '';

async function ready(): Promise<void> {
  // Builds the seeded world (10,000 cases) outside the timings.
  await adapter.cases.list({ ...QUEUE_QUERY }, { limit: 1 });
  await adapter.cases.categories({ locale: 'zh-CN' });
}

/** Element creation (the "in progress" tab) → its first rows laid out (`work`) and painted (`ms`). */
async function firstRender(): Promise<{ ms: number; work: number; rows: number; total: string }> {
  el?.remove();
  const start = performance.now();
  el = document.createElement('grid-case-queue') as GridCaseQueue;
  el.setAttribute('locale', 'zh-CN');
  el.setAttribute('preset', 'in-progress');
  el.adapter = adapter;
  document.body.append(el);
  await whenDom(root(), () => rows().length > 0);
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, rows: rows().length, total: summary() };
}

/** Opens the filter bar (where the search box is), untimed, so a keystroke starts with it and its form on screen. */
async function openFilters(): Promise<void> {
  const details = root().querySelector<HTMLDetailsElement>('[part=filters]')!;
  if (details.open && root().querySelector('#qf-text')) return;
  details.open = true;
  await whenDom(root(), () => !!root().querySelector('#qf-text'));
  await afterNextPaint();
}

/** The grid shows the answer to the last query asked with `done()` true of it: its first row and its total. */
function shows(done: (a: NonNullable<typeof lastAnswer>) => boolean): boolean {
  const a = answered();
  if (!a || !done(a) || root().querySelector('[part=loading]')) return false;
  if (!a.firstId) return !!root().querySelector('[part=empty]');
  return firstRowId() === a.firstId && summary().includes(formatNumber(a.total ?? 0, 'zh-CN'));
}

/**
 * Types `text` into the queue's search box (one input event with the new text, as a keystroke or an IME commit
 * makes) → the matching rows laid out (`work`) and painted (`ms`); `queryMs` is the backend query alone.
 */
async function keystroke(text: string): Promise<{ ms: number; work: number; queryMs: number; afterQuery: number; rows: number; total: number | null }> {
  await openFilters();
  const input = root().querySelector<HTMLInputElement>('#qf-text')!;
  lastAnswer = undefined;
  input.value = text;
  const start = performance.now();
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  await whenDom(root(), () => shows((a) => a.text === text.trim()));
  const done = workDone();
  await afterNextPaint();
  const end = performance.now();
  return { ms: end - start, work: done - start, queryMs: lastQueryMs, afterQuery: done - lastQueryAt, rows: rows().length, total: answered()?.total ?? null };
}

/**
 * Chooses the `index`-th category in the filter (a change on its select) → the new rows laid out (`work`) and
 * painted (`ms`); `queryMs` is the backend query alone.
 */
async function filter(index: number): Promise<{ ms: number; work: number; queryMs: number; rows: number; elements: number }> {
  await openFilters();
  await whenDom(root(), () => root().querySelectorAll('#qf-category option').length > 1);
  const select = root().querySelector<HTMLSelectElement>('#qf-category')!;
  const option = select.options[index + 1]!;
  lastAnswer = undefined;
  const start = performance.now();
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await whenDom(root(), () => shows((a) => a.categoryCode === option.value));
  const done = workDone();
  await afterNextPaint();
  return { ms: performance.now() - start, work: done - start, queryMs: lastQueryMs, rows: rows().length, elements: countElements(root()) };
}

/** Back to every category, untimed. */
async function clearFilter(): Promise<void> {
  const select = root().querySelector<HTMLSelectElement>('#qf-category')!;
  lastAnswer = undefined;
  select.value = '';
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await whenDom(root(), () => shows((a) => a.categoryCode === ''));
  await afterNextPaint();
}

Object.assign(window, { bench: { ready, firstRender, keystroke, filter, clearFilter } });
