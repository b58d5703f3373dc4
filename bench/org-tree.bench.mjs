// <party-org-tree> on the 100,000-node memory tree against vaadin-grid's tree mode (the strongest virtualised peer)
// and Shoelace's <sl-tree> (renders every node) on the same nodes. Each sample opens fresh pages, ours then
// vaadin-grid's (so a busy machine slows both). Figures: first render (the roots), search and reveal of a deep node,
// expanding to ~10,000 visible nodes, one ArrowDown to the next painted frame, and the DOM size at 10,000 nodes.
import process from 'node:process';
import { autoSample, median, metric, openPage, timed } from './lib/harness.mjs';

export const name = 'org-tree';
/** A hard cap; the module itself stops sampling at BENCH_BUDGET_MS (below). */
export const timeoutMs = 420_000;

const TARGET = 10_000;
const KEY_STEPS = 24;
const WARM_EXPANDS = 3;
/** sl-tree takes seconds per build: at most this many samples (BENCH_SL_SAMPLES=0 skips it). */
const SL_SAMPLES = Number(process.env.BENCH_SL_SAMPLES ?? 3);
/** Wall-time budget: no new sample starts after it (at least `samples` of ours and vaadin's, 1 of sl-tree). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 150_000);

/**
 * Where in the frame (ms after its start) step i's key is sent: spread evenly over one 60 Hz frame, the same for
 * every tree. Sent straight after the last result instead, a key arrives at a phase set by the driver's round trip
 * and the page's own work after the paint, so a tree that works more after a paint got its keys later in the
 * frame and waited less for the next one (measured: ~5.5 ms after a frame start for vaadin-grid, ~3.5 for ours).
 */
const phaseOf = (i, steps) => (((i * 7) % steps) * 16) / steps;

/**
 * Presses ArrowDown `steps` times, each timed from keydown to the next painted frame (`ms`, which includes the wait
 * for vsync) and from that frame's start to painted (`frame`); the medians.
 */
async function keySteps(page, steps) {
  const times = [];
  for (let i = 0; i < steps; i++) {
    await page.evaluate((phase) => window.bench.armKey(phase), phaseOf(i, steps));
    await page.keyboard.press('ArrowDown');
    times.push(await page.evaluate(() => window.bench.keyResult()));
  }
  return { ms: median(times.map((t) => t.ms)), frame: median(times.map((t) => t.frame)) };
}

const vs = (label, numerator, denominator, paired = true) => ({ label, numerator, denominator, paired, budget: { op: '>', value: 1 } });

export async function run({ browser, baseUrl, samples, maxSamples }) {
  const n = TARGET.toLocaleString('en');
  const m = {
    ourFirst: metric('party-org-tree: first render (create → roots painted)', 'ms'),
    ourReveal: metric('party-org-tree: search and reveal a deep node (→ painted)', 'ms'),
    ourCold: metric(`party-org-tree: expand to ~${n} nodes, cold (incl. adapter)`, 'ms'),
    ourWarm: metric(`party-org-tree: expand to ~${n} nodes, warm (median of ${WARM_EXPANDS})`, 'ms'),
    ourWarmWork: metric(`party-org-tree: expand to ~${n} nodes, warm, laid out`, 'ms'),
    ourKey: metric(`party-org-tree: ArrowDown to next paint (median of ${KEY_STEPS} steps)`, 'ms', { op: '<=', value: 16.7 }),
    ourKeyFrame: metric('party-org-tree: ArrowDown, that frame alone (rAF → painted)', 'ms'),
    vFirst: metric('vaadin-grid tree: first render (create → roots painted)', 'ms'),
    vReveal: metric('vaadin-grid tree: search and reveal a deep node (→ painted)', 'ms'),
    vExpand: metric(`vaadin-grid tree: expand the same ~${n} nodes, data in the page (median of ${WARM_EXPANDS})`, 'ms'),
    vExpandWork: metric(`vaadin-grid tree: expand the same ~${n} nodes, laid out`, 'ms'),
    vKey: metric(`vaadin-grid tree: ArrowDown to next paint (median of ${KEY_STEPS} steps)`, 'ms'),
    vKeyFrame: metric('vaadin-grid tree: ArrowDown, that frame alone (rAF → painted)', 'ms'),
    slBuild: metric(`sl-tree: build ~${n} expanded items`, 'ms'),
    slKey: metric(`sl-tree: ArrowDown to next paint (median of ${KEY_STEPS} steps)`, 'ms'),
    slKeyFrame: metric('sl-tree: ArrowDown, that frame alone (rAF → painted)', 'ms'),
    ourVisible: metric('party-org-tree: visible nodes after expanding', 'count'),
    ourRows: metric('party-org-tree: rendered treeitems at that point', 'count'),
    ourDom: metric('party-org-tree: DOM elements (incl. shadow roots)', 'count'),
    vVisible: metric('vaadin-grid tree: rows it knows of after expanding (loads sublevels lazily)', 'count'),
    vRows: metric('vaadin-grid tree: rendered rows at that point', 'count'),
    vDom: metric('vaadin-grid tree: DOM elements (incl. shadow roots)', 'count'),
    slItems: metric('sl-tree: tree items', 'count'),
    slDom: metric('sl-tree: DOM elements (incl. shadow roots)', 'count'),
  };
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const watch = () => [m.ourFirst, m.ourReveal, m.ourWarm, m.ourKey, m.vFirst, m.vReveal, m.vExpand, m.vKey];
  await autoSample({ min: samples, max: maxSamples, budgetMs: BUDGET_MS / 2, watch }, async (i) => {
    const ours = await openPage(browser, `${baseUrl}/bench/pages/org-tree.html`);
    m.ourFirst.samples.push((await timed(ours, () => window.bench.firstRender())).ms);
    const revealed = await timed(ours, () => window.bench.reveal());
    if (!revealed.found) throw new Error('party-org-tree did not reveal the deep node');
    m.ourReveal.samples.push(revealed.ms);
    await ours.evaluate(() => window.bench.collapse());
    const cold = await timed(ours, (t) => window.bench.expand(t), TARGET);
    m.ourCold.samples.push(cold.ms);
    m.ourVisible.samples.push(cold.visible);
    m.ourRows.samples.push(await ours.evaluate(() => window.bench.rows()));
    m.ourDom.samples.push(await ours.evaluate(() => window.bench.dom()));
    const warm = [];
    for (let k = 0; k < WARM_EXPANDS; k++) {
      await ours.evaluate(() => window.bench.collapse());
      warm.push(await timed(ours, (t) => window.bench.expand(t), TARGET));
    }
    m.ourWarm.samples.push(median(warm.map((w) => w.ms)));
    m.ourWarmWork.samples.push(median(warm.map((w) => w.work)));
    await ours.evaluate(() => window.bench.focusFirstRow());
    const ourKey = await keySteps(ours, KEY_STEPS);
    m.ourKey.samples.push(ourKey.ms);
    m.ourKeyFrame.samples.push(ourKey.frame);
    await ours.close();

    const vaadin = await openPage(browser, `${baseUrl}/bench/pages/vaadin-tree.html`);
    m.vFirst.samples.push((await timed(vaadin, () => window.bench.firstRender())).ms);
    m.vReveal.samples.push((await timed(vaadin, () => window.bench.reveal())).ms);
    await vaadin.evaluate(() => window.bench.collapse());
    await vaadin.evaluate((t) => window.bench.prepareExpand(t), TARGET);
    const expands = [];
    for (let k = 0; k < WARM_EXPANDS; k++) {
      await vaadin.evaluate(() => window.bench.collapse());
      expands.push(await timed(vaadin, () => window.bench.expand()));
    }
    m.vExpand.samples.push(median(expands.map((e) => e.ms)));
    m.vExpandWork.samples.push(median(expands.map((e) => e.work)));
    m.vVisible.samples.push(expands.at(-1).visible);
    m.vRows.samples.push(await vaadin.evaluate(() => window.bench.rows()));
    m.vDom.samples.push(await vaadin.evaluate(() => window.bench.dom()));
    await vaadin.evaluate(() => window.bench.focusFirstRow());
    const vKey = await keySteps(vaadin, KEY_STEPS);
    m.vKey.samples.push(vKey.ms);
    m.vKeyFrame.samples.push(vKey.frame);
    await vaadin.close();
    process.stdout.write(`  party-org-tree and vaadin-grid sample ${i + 1} done (${(elapsed() / 1000).toFixed(0)} s)\n`);
  });
  let slLast = 0;
  for (let i = 0; i < Math.min(maxSamples, SL_SAMPLES); i++) {
    if (i >= 1 && elapsed() + slLast > BUDGET_MS) break;
    const t0 = Date.now();
    const sl = await openPage(browser, `${baseUrl}/bench/pages/sl-tree.html`, { ready: false });
    await sl.evaluate((t) => window.bench.ready(t), TARGET);
    const built = await timed(sl, () => window.bench.build());
    m.slBuild.samples.push(built.ms);
    m.slItems.samples.push(built.items);
    m.slDom.samples.push(await sl.evaluate(() => window.bench.dom()));
    await sl.evaluate(() => window.bench.focusFirstRow());
    const slKey = await keySteps(sl, KEY_STEPS);
    m.slKey.samples.push(slKey.ms);
    m.slKeyFrame.samples.push(slKey.frame);
    await sl.close();
    slLast = Date.now() - t0;
    process.stdout.write(`  sl-tree sample ${i + 1} done (${(elapsed() / 1000).toFixed(0)} s)\n`);
  }
  return {
    metrics: m,
    ratios: {
      vFirst: vs('vaadin-grid tree first render ÷ party-org-tree first render', 'vFirst', 'ourFirst'),
      vReveal: vs('vaadin-grid tree search and reveal ÷ party-org-tree search and reveal', 'vReveal', 'ourReveal'),
      vExpand: vs('vaadin-grid tree expand ÷ party-org-tree warm expand', 'vExpand', 'ourWarm'),
      vKey: vs('vaadin-grid tree ArrowDown ÷ party-org-tree ArrowDown', 'vKey', 'ourKey'),
      vKeyFrame: vs('vaadin-grid tree ArrowDown frame ÷ party-org-tree ArrowDown frame', 'vKeyFrame', 'ourKeyFrame'),
      vDom: { label: 'vaadin-grid tree DOM elements ÷ party-org-tree DOM elements', numerator: 'vDom', denominator: 'ourDom', paired: true },
      slBuild: vs('sl-tree build ÷ party-org-tree warm expand', 'slBuild', 'ourWarm', false),
      slCold: vs('sl-tree build ÷ party-org-tree cold expand (ours incl. data loading)', 'slBuild', 'ourCold', false),
      slKey: { label: 'sl-tree ArrowDown ÷ party-org-tree ArrowDown', numerator: 'slKey', denominator: 'ourKey' },
      slDom: { label: 'sl-tree DOM elements ÷ party-org-tree DOM elements', numerator: 'slDom', denominator: 'ourDom' },
    },
    notes: [
      'Same memory adapter (100,000 nodes, latency 0) for all three; first render shows the roots (expanded-depth 0).',
      'Search and reveal: orgs.search for the deep leaf (the last child at every level, depth 5), then ours reveal(id), vaadin-grid the path expanded and scrollToIndex(…indexes), each loading the children it needs through the adapter; ends when the node is painted.',
      'Expand: ours expandSubtree() breadth-first to ~10,000 visible nodes, cold = loading every page of children through the adapter, warm = collapseAll() then the same with the data held; vaadin-grid gets the same expanded nodes as expandedItems with their children in the page (its data provider answers at once), and loads sublevels only for rows it renders, so it knows fewer rows; both end when the first rows show their children, painted.',
      'sl-tree gets the same nodes (loaded before timing); its time is element creation to the frame after every item finished rendering.',
      `ArrowDown: ${KEY_STEPS} presses, each sent at a set point of a frame (0 to 15.3 ms after its start, the same spread for every tree), timed from keydown to the frame painted after it; "that frame alone" is from the frame's requestAnimationFrame to painted, without the wait for vsync.`,
      '"Painted" = the frame after the DOM settled (requestAnimationFrame, then a task); "laid out" = style and layout forced at once (no wait for a frame). A full garbage collection (CDP) runs before every timed step.',
      `Sampling stops at a ${BUDGET_MS / 1000} s budget (BENCH_BUDGET_MS), so sl-tree (seconds per build) may have fewer samples; n says how many.`,
    ],
  };
}
