// <grid-case-queue> on 10,000 memory-adapter cases (grid-centre session, latency 0, its "in progress" tab) against
// <vaadin-grid> (Vaadin 25) on the same rows. Each sample opens fresh pages, ours and vaadin-grid's one after the
// other (so a busy machine slows both). Figures: first render (element creation → the first rows laid out /
// painted), cold (the first in the page) and warm (median of 3 after it); a search keystroke in the queue's own
// search box → the new rows laid out / painted (median of 8 texts after a warm-up), with the backend query alone;
// a category chosen in the filter → repainted, with its backend query alone.
import process from 'node:process';
import { autoSample, coldAndWarmRenders, median, metric, openPage, timed } from './lib/harness.mjs';

export const name = 'grid-case-queue';
export const timeoutMs = 300_000;

/** Search texts, as typed (words of descriptions and category names); each changes the rows and their first row. */
const TEXTS = ['路灯', '垃圾', '噪音', '井盖', '漏水', '消防', '占道', '单元'];
/** The warm-up keystroke before them. */
const WARM_UP = '小区';
/** Categories chosen in the filter (the first four), each one change. */
const CATEGORIES = 4;
/** Stop starting samples after this long (at least `samples` are taken). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 150_000);

/** Median keystroke figures over the search texts (after one warm-up keystroke); then the text is cleared. */
async function keystrokes(page) {
  await page.evaluate((t) => window.bench.keystroke(t), WARM_UP);
  const all = [];
  for (const text of TEXTS) all.push(await timed(page, (t) => window.bench.keystroke(t), text));
  await page.evaluate(() => window.bench.keystroke(''));
  const mid = (key) => median(all.map((r) => r[key] ?? NaN));
  return { ms: mid('ms'), work: mid('work'), queryMs: mid('queryMs'), totals: all.map((r) => r.total) };
}

/** Median figures over CATEGORIES category changes (each from "any category"). */
async function filters(page) {
  const all = [];
  for (let c = 0; c < CATEGORIES; c++) {
    all.push(await timed(page, (k) => window.bench.filter(k), c));
    await page.evaluate(() => window.bench.clearFilter());
  }
  const mid = (key) => median(all.map((r) => r[key]));
  return { ms: mid('ms'), work: mid('work'), queryMs: mid('queryMs'), rows: all.at(-1).rows, elements: all.at(-1).elements };
}

/** Wide enough for the queue's grid (64rem of columns) and tall enough that, with its filter bar open, the grid is on screen. */
const VIEWPORT = { width: 1280, height: 1400 };

/** A bench page at VIEWPORT, so both grids paint their rows in view. */
async function open(browser, url) {
  const page = await openPage(browser, url);
  await page.setViewport(VIEWPORT);
  return page;
}

export async function run({ browser, baseUrl, samples, maxSamples }) {
  const m = {
    ourFirst: metric('grid-case-queue: first render, cold (create → first rows painted)', 'ms'),
    ourFirstWarm: metric('grid-case-queue: first render, warm (create → first rows painted)', 'ms'),
    ourKey: metric('grid-case-queue: search keystroke → repaint', 'ms', { op: '<=', value: 50 }),
    ourKeyWork: metric('grid-case-queue: search keystroke → rows laid out (query + render)', 'ms', { op: '<=', value: 16 }),
    ourQuery: metric('grid-case-queue: the backend query alone (memory adapter, validated)', 'ms'),
    ourFilter: metric('grid-case-queue: filter change, a category (change → repainted)', 'ms', { op: '<=', value: 50 }),
    ourFilterWork: metric('grid-case-queue: filter change, a category (change → rows laid out)', 'ms'),
    ourFilterQuery: metric('grid-case-queue: the backend query alone for that filter', 'ms'),
    vFirst: metric('vaadin-grid: first render, cold (create → first rows painted)', 'ms'),
    vFirstWarm: metric('vaadin-grid: first render, warm (create → first rows painted)', 'ms'),
    vKey: metric('vaadin-grid: search keystroke → repaint (in-page filter)', 'ms'),
    vKeyWork: metric('vaadin-grid: search keystroke → rows laid out', 'ms'),
    rows: metric('grid-case-queue: rendered rows', 'count'),
    elements: metric('grid-case-queue: elements in the shadow root', 'count'),
  };
  const watch = () => [m.ourFirst, m.ourFirstWarm, m.ourKey, m.ourKeyWork, m.vFirst, m.vKey];
  let totals;
  await autoSample({ min: samples, max: maxSamples, budgetMs: BUDGET_MS, watch }, async (i) => {
    const ours = await open(browser, `${baseUrl}/bench/pages/grid-case-queue.html`);
    const first = await coldAndWarmRenders(ours);
    m.ourFirst.samples.push(first.cold.ms);
    m.ourFirstWarm.samples.push(first.warm.ms);
    const key = await keystrokes(ours);
    m.ourKey.samples.push(key.ms);
    m.ourKeyWork.samples.push(key.work);
    m.ourQuery.samples.push(key.queryMs);
    const filter = await filters(ours);
    m.ourFilter.samples.push(filter.ms);
    m.ourFilterWork.samples.push(filter.work);
    m.ourFilterQuery.samples.push(filter.queryMs);
    m.rows.samples.push(filter.rows);
    m.elements.samples.push(filter.elements);
    await ours.close();

    const vaadin = await open(browser, `${baseUrl}/bench/pages/grid-case-queue-vaadin.html`);
    const vFirst = await coldAndWarmRenders(vaadin);
    m.vFirst.samples.push(vFirst.cold.ms);
    m.vFirstWarm.samples.push(vFirst.warm.ms);
    const vKey = await keystrokes(vaadin);
    m.vKey.samples.push(vKey.ms);
    m.vKeyWork.samples.push(vKey.work);
    await vaadin.close();
    // Both sides must have found the same cases for each text.
        if (key.totals.join() !== vKey.totals.join()) throw new Error(`different hits: queue ${key.totals}, vaadin-grid ${vKey.totals}`);
    totals = vKey.totals;
    process.stdout.write(`  sample ${i + 1} done\n`);
  });
  return {
    metrics: m,
    ratios: {
      first: { label: 'vaadin-grid first render ÷ grid-case-queue first render (cold)', numerator: 'vFirst', denominator: 'ourFirst', paired: true, budget: { op: '>', value: 1 } },
      firstWarm: { label: 'vaadin-grid first render ÷ grid-case-queue first render (warm)', numerator: 'vFirstWarm', denominator: 'ourFirstWarm', paired: true, budget: { op: '>', value: 1 } },
      key: { label: 'vaadin-grid keystroke ÷ grid-case-queue keystroke (to paint)', numerator: 'vKey', denominator: 'ourKey', paired: true, budget: { op: '>', value: 1 } },
      keyWork: { label: 'vaadin-grid keystroke ÷ grid-case-queue keystroke (laid out)', numerator: 'vKeyWork', denominator: 'ourKeyWork', paired: true, budget: { op: '>', value: 1 } },
    },
    notes: [
      'Same 10,000 seeded cases (memory adapter, latency 0, grid-centre session: it sees every case) on both sides; both grids show the queue\'s "in progress" tab (accepted or dispatched, due first).',
      'grid-case-queue pages through the adapter (page size 50, schema-validated, filtered and sorted in the backend on every change); vaadin-grid gets an in-page array of the same rows in the same order, read through the adapter before timing, with the same visible columns (a selection column and the eight the queue shows), each cell\'s text made when it renders with the queue\'s own formatting (place, dates, time left, numbers).',
      `Keystroke = one input event with a new text in the queue's search box (its filter bar opened first, untimed), queried at once (the memory adapter asks for no pause; the stale query is aborted); the figure is the median of ${TEXTS.length} texts (${TEXTS.join(' ')}) after one warm-up (${WARM_UP}), each with other rows first. vaadin-grid's keystroke filters its array in the page on the fields the backend searches (number, category in both languages, description, address) and sets its items; both must find the same number of cases for each text${totals ? ` (${totals.join(', ')})` : ''}.`,
      `Filter change = a category chosen in the filter bar's select (the first ${CATEGORIES}, each from "any"); ours alone (vaadin-grid has no backend filter to compare).`,
      '"Laid out" ends when the new rows are in the DOM with style and layout forced (no wait for a frame); "repaint" at the frame painted after that (requestAnimationFrame, then a task), so it includes up to one frame (16.7 ms) of waiting for vsync. Ours ends when the grid\'s first row is the first case the backend answered and the total shows its count; vaadin-grid\'s when a cell shows the first case\'s number.',
      'A full garbage collection (CDP HeapProfiler.collectGarbage) runs before every timed step.',
      `Both pages at ${VIEWPORT.width}×${VIEWPORT.height} px, so both grids (30rem tall) show their rows on screen, the queue's with its tabs and open filter bar above it.`,
    ],
  };
}
