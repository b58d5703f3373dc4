// <party-org-tree> on the 100,000-node memory tree against Shoelace's <sl-tree> on the same nodes.
import process from 'node:process';
// Each sample opens a fresh page. Figures: expanding to ~10,000 visible nodes (cold: including the
// adapter loads; warm: data cached, rendering only), one ArrowDown to the next painted frame, the
// same expansion built with <sl-tree>, and the DOM size of both at 10,000 nodes.

export const name = 'org-tree';
/** A hard cap; the module itself stops sampling at BENCH_BUDGET_MS (below). */
export const timeoutMs = 360_000;

const TARGET = 10_000;
const KEY_STEPS = 12;
/** sl-tree takes tens of seconds per build: at most this many samples (BENCH_SL_SAMPLES=0 skips it). */
const SL_SAMPLES = Number(process.env.BENCH_SL_SAMPLES ?? 3);
/** Wall-time budget: no new sample starts once it would likely run past it (at least 2 of ours and 1 of sl-tree). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 150_000);

async function open(browser, url) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in window);
  return page;
}

/** Presses ArrowDown `steps` times, each timed from keydown to the next painted frame. */
async function keySteps(page, steps) {
  const times = [];
  for (let i = 0; i < steps; i++) {
    await page.evaluate(() => window.bench.armKey());
    await page.keyboard.press('ArrowDown');
    times.push(await page.evaluate(() => window.bench.keyResult()));
  }
  return times;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run({ browser, baseUrl, samples }) {
  const m = {
    ourCold: { label: `party-org-tree: expand to ~${TARGET.toLocaleString('en')} nodes, cold (incl. adapter)`, unit: 'ms', samples: [] },
    ourWarm: { label: `party-org-tree: expand to ~${TARGET.toLocaleString('en')} nodes, warm (render only)`, unit: 'ms', samples: [] },
    ourKey: { label: 'party-org-tree: ArrowDown to next paint (median of 12 steps)', unit: 'ms', samples: [] },
    slBuild: { label: `sl-tree: build ~${TARGET.toLocaleString('en')} expanded items`, unit: 'ms', samples: [] },
    slKey: { label: 'sl-tree: ArrowDown to next paint (median of 12 steps)', unit: 'ms', samples: [] },
    ourVisible: { label: 'party-org-tree: visible nodes after expanding', unit: 'count', samples: [] },
    ourRows: { label: 'party-org-tree: rendered treeitems at that point', unit: 'count', samples: [] },
    ourDom: { label: 'party-org-tree: DOM elements (incl. shadow roots)', unit: 'count', samples: [] },
    slItems: { label: 'sl-tree: tree items', unit: 'count', samples: [] },
    slDom: { label: 'sl-tree: DOM elements (incl. shadow roots)', unit: 'count', samples: [] },
  };
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  for (let i = 0; i < samples; i++) {
    if (i >= 2 && elapsed() > BUDGET_MS / 3) break;
    const ours = await open(browser, `${baseUrl}/bench/pages/org-tree.html`);
    await ours.evaluate(() => window.bench.ready());
    const cold = await ours.evaluate((t) => window.bench.expand(t), TARGET);
    m.ourCold.samples.push(cold.ms);
    m.ourVisible.samples.push(cold.visible);
    m.ourRows.samples.push(await ours.evaluate(() => window.bench.rows()));
    m.ourDom.samples.push(await ours.evaluate(() => window.bench.dom()));
    await ours.evaluate(() => window.bench.collapse());
    m.ourWarm.samples.push((await ours.evaluate((t) => window.bench.expand(t), TARGET)).ms);
    await ours.evaluate(() => window.bench.focusFirstRow());
    m.ourKey.samples.push(median(await keySteps(ours, KEY_STEPS)));
    await ours.close();
    process.stdout.write(`  party-org-tree sample ${i + 1} done (${(elapsed() / 1000).toFixed(0)} s)\n`);
  }
  let slLast = 0;
  for (let i = 0; i < Math.min(samples, SL_SAMPLES); i++) {
    if (i >= 1 && elapsed() + slLast > BUDGET_MS) break;
    const t0 = Date.now();
    const sl = await open(browser, `${baseUrl}/bench/pages/sl-tree.html`);
    await sl.evaluate((t) => window.bench.ready(t), TARGET);
    const built = await sl.evaluate(() => window.bench.build());
    m.slBuild.samples.push(built.ms);
    m.slItems.samples.push(built.items);
    m.slDom.samples.push(await sl.evaluate(() => window.bench.dom()));
    await sl.evaluate(() => window.bench.focusFirstRow());
    m.slKey.samples.push(median(await keySteps(sl, KEY_STEPS)));
    await sl.close();
    slLast = Date.now() - t0;
    process.stdout.write(`  sl-tree sample ${i + 1} done (${(elapsed() / 1000).toFixed(0)} s)\n`);
  }
  return {
    metrics: m,
    ratios: {
      buildVsWarm: { label: 'sl-tree build ÷ party-org-tree warm expand', numerator: 'slBuild', denominator: 'ourWarm' },
      buildVsCold: { label: 'sl-tree build ÷ party-org-tree cold expand (ours incl. data loading)', numerator: 'slBuild', denominator: 'ourCold' },
      keyRatio: { label: 'sl-tree ArrowDown ÷ party-org-tree ArrowDown', numerator: 'slKey', denominator: 'ourKey' },
      domRatio: { label: 'sl-tree DOM elements ÷ party-org-tree DOM elements', numerator: 'slDom', denominator: 'ourDom' },
    },
    notes: [
      'Cold = expandSubtree() from collapsed roots, loading every page of children through the memory adapter (latency 0, schema-validated); warm = collapseAll() then the same expansion with the data cached.',
      'sl-tree gets the same nodes (same breadth-first expansion, loaded before timing); its time is element creation to the frame after every item finished rendering.',
      'Times end at the frame painted after the DOM settled (requestAnimationFrame, then a task).',
      `Sampling stops at a ${BUDGET_MS / 1000} s budget (BENCH_BUDGET_MS), so sl-tree (tens of seconds per build) may have fewer samples than requested; n says how many.`,
    ],
  };
}
