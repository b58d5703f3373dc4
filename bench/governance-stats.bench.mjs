// <governance-stats>: a district over a quarter, on the seeded memory city (grid-centre session, latency 0).
// Figures: first render of the city over a quarter (element creation → the frame after figures and charts are
// painted); choosing a district (change → repaint); the three backend stats calls alone for that district; and the
// elements in the widget's shadow root.
import process from 'node:process';

export const name = 'governance-stats';
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
    first: { label: 'governance-stats: first render, city over a quarter (create → painted)', unit: 'ms', samples: [] },
    district: { label: 'governance-stats: choose a district, quarter (change → repainted)', unit: 'ms', samples: [] },
    backend: { label: 'governance-stats: the three stats calls alone for that district', unit: 'ms', samples: [] },
    elements: { label: 'governance-stats: elements in the shadow root (district view)', unit: 'count', samples: [] },
  };
  for (let i = 0; i < samples; i++) {
    const page = await open(browser, `${baseUrl}/bench/pages/governance-stats.html`);
    m.first.samples.push((await page.evaluate(() => window.bench.firstRender())).ms);
    const runs = [];
    for (let d = 0; d < 4; d++) runs.push(await page.evaluate((k) => window.bench.district(k), d));
    m.district.samples.push(median(runs.map((r) => r.ms)));
    m.backend.samples.push(median(runs.map((r) => r.backendMs)));
    m.elements.samples.push(runs.at(-1).elements);
    await page.close();
    process.stdout.write(`  sample ${i + 1}/${samples} done\n`);
  }
  return {
    metrics: m,
    ratios: { render: { label: 'district switch ÷ backend alone', numerator: 'district', denominator: 'backend' } },
    notes: [
      'Memory adapter (seeded city, latency 0, grid-centre session); the world is built before timing.',
      'A district switch is the median over the first four districts; it includes the three schema-validated stats calls and the render of every chart.',
    ],
  };
}
