// <grid-case-queue> on 10,000 memory-adapter cases (grid-centre session, latency 0). Figures: first render
// (element creation → the frame after the first rows are painted); a filter change (a category chosen →
// the frame after the new rows are painted); the backend query alone for that filter; rows and elements in the DOM.
import process from 'node:process';

export const name = 'grid-case-queue';
export const timeoutMs = 150_000;

async function open(browser, url) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate(() => window.bench.ready());
  return page;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run({ browser, baseUrl, samples }) {
  const m = {
    first: { label: 'grid-case-queue: first render, 10,000 cases (create → first rows painted)', unit: 'ms', samples: [] },
    filter: { label: 'grid-case-queue: filter change, a category (change → repainted)', unit: 'ms', samples: [] },
    backend: { label: 'grid-case-queue: the backend query alone for that filter', unit: 'ms', samples: [] },
    rows: { label: 'grid-case-queue: rendered rows', unit: 'count', samples: [] },
    elements: { label: 'grid-case-queue: elements in the shadow root', unit: 'count', samples: [] },
  };
  for (let i = 0; i < samples; i++) {
    const page = await open(browser, `${baseUrl}/bench/pages/grid-case-queue.html`);
    m.first.samples.push((await page.evaluate(() => window.bench.firstRender())).ms);
    const runs = [];
    for (let c = 0; c < 4; c++) runs.push(await page.evaluate((k) => window.bench.filter(k), c));
    m.filter.samples.push(median(runs.map((r) => r.ms)));
    m.backend.samples.push(median(runs.map((r) => r.backendMs)));
    m.rows.samples.push(runs.at(-1).rows);
    m.elements.samples.push(runs.at(-1).elements);
    await page.close();
    process.stdout.write(`  sample ${i + 1}/${samples} done\n`);
  }
  return {
    metrics: m,
    ratios: { render: { label: 'filter change ÷ backend alone', numerator: 'filter', denominator: 'backend' } },
    notes: [
      'Memory adapter with 10,000 seeded cases (latency 0, grid-centre session); the world is built before timing.',
      'A filter change is the median over the first four categories on the "in progress" tab; it includes the schema-validated list call and the render of the rows in view.',
    ],
  };
}
