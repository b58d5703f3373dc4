// What every bench module shares: opening a page, a clean heap before a timed step, and sampling until the
// figures are stable (tachometer-style) instead of a fixed, small number of samples.
import { summarize } from '../stats.mjs';

/** Opens `url` in a fresh page and waits for its `window.bench` (and `bench.ready()` unless `ready: false`). */
export async function openPage(browser, url, { ready = true } = {}) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in window);
  if (ready) await page.evaluate(() => window.bench.ready());
  return page;
}

/**
 * A full garbage collection before a timed step (CDP), so one sample does not pay for the garbage of the
 * one before it: the biggest single source of outliers in these figures.
 */
export async function collectGarbage(page) {
  const session = await page.createCDPSession();
  try {
    await session.send('HeapProfiler.collectGarbage');
  } finally {
    await session.detach();
  }
}

/** Runs `step` in the page after a garbage collection and returns its result. */
export async function timed(page, step, arg) {
  await collectGarbage(page);
  return page.evaluate(step, arg);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A figure: label, unit, optional budget (`{ op: '<=' | '<' | '>=' | '>', value, why? }`) and its samples. */
export const metric = (label, unit, budget) => ({ label, unit, ...(budget ? { budget } : {}), samples: [] });

/** True when the 95% CI of the median is within ±`within` of the median (and there are at least 3 samples). */
export function isStable(m, within = 0.1) {
  if (m.samples.length < 3) return false;
  const { median: mid, ci } = summarize(m.samples);
  return mid === 0 ? ci[0] === ci[1] : (ci[1] - ci[0]) / 2 <= within * Math.abs(mid);
}

/**
 * Calls `one(i)` for sample i: at least `min` times, then on until every `watch()` metric is stable, `max`
 * samples are taken or `budgetMs` has passed. Returns how many samples were taken.
 */
export async function autoSample({ min, max, budgetMs, watch }, one) {
  const started = Date.now();
  let i = 0;
  for (; i < Math.max(min, max); i++) {
    if (i >= min && (watch().every((m) => isStable(m)) || Date.now() - started > budgetMs)) break;
    await one(i);
  }
  return i;
}

/**
 * A page's first render (`window.bench.firstRender()`), cold (the first in the page) and warm (the median of `warm`
 * more after it), each timed with a clean heap.
 */
export async function coldAndWarmRenders(page, warm = 3) {
  const cold = await timed(page, () => window.bench.firstRender());
  const later = [];
  for (let i = 0; i < warm; i++) later.push(await timed(page, () => window.bench.firstRender()));
  return { cold, warm: { ms: median(later.map((r) => r.ms)), work: median(later.map((r) => r.work)) } };
}
