// Benchmark runner: `npm run bench` (= node bench/run.mjs [name-filter …] [--samples N] [--max-samples N] [--no-write]).
//
// 1. Bundles every bench/pages/*.ts with esbuild into bench/.tmp/ (production Lit, minified, like a portal build).
// 2. Serves the repository on 127.0.0.1 (random port) with a tiny static server.
// 3. Launches headless Chromium through puppeteer-core (CHROME_PATH, else the usual system paths).
// 4. Runs every bench/*.bench.mjs (see bench/README.md for the module contract), prints the median and
//    a 95% confidence interval of each figure and the ratios beside its budget with PASS / FAIL, and writes
//    bench/results.json and bench/RESULTS.md. A module samples at least --samples times and goes on (up to
//    --max-samples) until its figures are stable (bench/lib/harness.mjs, autoSample).
import { existsSync, readdirSync, readFileSync, writeFileSync, statSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { pairedRatio, ratio, summarize } from './stats.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(BENCH, '..');
const TMP = join(BENCH, '.tmp');

function parseArgs(argv) {
  const options = { filters: [], samples: Number(process.env.BENCH_SAMPLES) || 5, maxSamples: Number(process.env.BENCH_MAX_SAMPLES) || 12, write: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--samples') options.samples = Math.max(1, Number(argv[++i]) || options.samples);
    else if (argv[i] === '--max-samples') options.maxSamples = Math.max(1, Number(argv[++i]) || options.maxSamples);
    else if (argv[i] === '--no-write') options.write = false;
    else options.filters.push(argv[i]);
  }
  options.maxSamples = Math.max(options.samples, options.maxSamples);
  return options;
}

/** Chromium flags: the shared ones, and no throttling of timers or frames in a page that is not in front. */
const BENCH_ARGS = [...CHROMIUM_ARGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    console.error('No Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

async function bundlePages() {
  mkdirSync(TMP, { recursive: true });
  const pages = readdirSync(join(BENCH, 'pages')).filter((f) => f.endsWith('.ts'));
  await build({
    entryPoints: pages.map((f) => join(BENCH, 'pages', f)),
    outdir: TMP,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    // vaadin-grid's dev-mode usage statistics phone home; its postinstall (which would opt out) is denied in
    // package.json allowScripts, so the benchmark pages use the package's own opt-out module instead.
    alias: {
      '@vaadin/vaadin-usage-statistics/vaadin-usage-statistics.js': join(ROOT, 'node_modules/@vaadin/vaadin-usage-statistics/vaadin-usage-statistics-optout.js'),
    },
    logLevel: 'error',
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves files under the repository root only. */
function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(ROOT, path);
    if (!file.startsWith(ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms))),
  ]);
}

const fmt = (v, unit) => (unit === 'ms' ? `${v.toFixed(v < 10 ? 2 : 1)} ms` : unit === '×' ? `${v.toFixed(v < 10 ? 2 : 1)}×` : `${Math.round(v).toLocaleString('en')}${unit && unit !== 'count' ? ` ${unit}` : ''}`);
const OPS = { '<=': (a, b) => a <= b, '<': (a, b) => a < b, '>=': (a, b) => a >= b, '>': (a, b) => a > b };
const OP_TEXT = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' };

/** PASS when the median meets the budget; `crosses` when the 95% interval reaches the other side. */
function verdict(value, ci, budget) {
  if (!budget) return undefined;
  const test = OPS[budget.op];
  const inCi = [test(ci[0], budget.value), test(ci[1], budget.value)];
  const pass = test(value, budget.value);
  // "crosses": the interval reaches the other side of the budget.
  return { pass, crosses: pass ? !inCi.every(Boolean) : inCi.some(Boolean) };
}
const budgetText = (b, unit) => (b ? `${OP_TEXT[b.op]} ${fmt(b.value, unit)}` : '');
const verdictText = (v) => (!v ? '' : `${v.pass ? 'PASS' : 'FAIL'}${v.crosses ? ' (CI crosses)' : ''}`);

function summarizeFigures(figures) {
  const metrics = {};
  for (const [id, m] of Object.entries(figures.metrics)) {
    if (!m.samples.length) continue;
    const s = summarize(m.samples);
    metrics[id] = { label: m.label, unit: m.unit, ...s, budget: m.budget, verdict: verdict(s.median, s.ci, m.budget), samples: m.samples };
  }
  const ratios = {};
  for (const [id, r] of Object.entries(figures.ratios ?? {})) {
    if (!metrics[r.numerator] || !metrics[r.denominator]) continue;
    const [num, den] = [figures.metrics[r.numerator].samples, figures.metrics[r.denominator].samples];
    const x = r.paired ? pairedRatio(num, den) : ratio(num, den);
    ratios[id] = { label: r.label, numerator: r.numerator, denominator: r.denominator, ...x, budget: r.budget, verdict: verdict(x.value, x.ci, r.budget) };
  }
  return { metrics, ratios, notes: figures.notes ?? [] };
}

function print(name, result) {
  console.log(`\n${name}`);
  const budget = (x, unit) => (x.budget ? `  budget ${budgetText(x.budget, unit)} ${verdictText(x.verdict)}` : '');
  for (const m of Object.values(result.metrics)) {
    console.log(`  ${m.label.padEnd(76)} ${fmt(m.median, m.unit).padStart(12)}   95% CI [${fmt(m.ci[0], m.unit)}, ${fmt(m.ci[1], m.unit)}]  n=${m.n}${budget(m, m.unit)}`);
  }
  for (const r of Object.values(result.ratios)) {
    console.log(`  ${(r.label + (r.paired ? ' (paired)' : '')).padEnd(76)} ${fmt(r.value, '×').padStart(12)}   95% CI [${fmt(r.ci[0], '×')}, ${fmt(r.ci[1], '×')}]${budget(r, '×')}`);
  }
  for (const note of result.notes) console.log(`  note: ${note}`);
}

function markdown(results) {
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` (bench/run.mjs) on ${results.date}.`,
    '',
    `- Browser: ${results.browser}`,
    `- Machine: ${results.machine}`,
    `- Samples per figure: at least ${results.samples}, up to ${results.maxSamples ?? results.samples} until the 95% CI is within ±10% of the median (n says how many); median, 95% bootstrap confidence interval of the median`,
    '- Budget: the issue\'s target; PASS / FAIL by the median, "(CI crosses)" when the confidence interval reaches the other side',
    '- Ratios marked "paired" are the median of per-sample ratios (both sides measured one after the other in each sample); the others are the ratio of the medians',
    '',
  ];
  const cells = (x, unit) => `${budgetText(x.budget, unit)} | ${verdictText(x.verdict)}`;
  for (const [name, r] of Object.entries(results.benchmarks)) {
    lines.push(`## ${name}`, '', '| figure | median | 95% CI | n | budget | verdict |', '| --- | ---: | ---: | ---: | ---: | --- |');
    for (const m of Object.values(r.metrics)) lines.push(`| ${m.label} | ${fmt(m.median, m.unit)} | ${fmt(m.ci[0], m.unit)} – ${fmt(m.ci[1], m.unit)} | ${m.n} | ${cells(m, m.unit)} |`);
    for (const x of Object.values(r.ratios)) lines.push(`| ${x.label}${x.paired ? ' (paired)' : ''} | ${fmt(x.value, '×')} | ${fmt(x.ci[0], '×')} – ${fmt(x.ci[1], '×')} | | ${cells(x, '×')} |`);
    if (r.notes.length) lines.push('', ...r.notes.map((n) => `- ${n}`));
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const modules = readdirSync(BENCH)
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()
    .filter((f) => !options.filters.length || options.filters.some((x) => f.includes(x)));
  if (!modules.length) {
    console.error('No benchmark matches.');
    process.exit(1);
  }
  const started = Date.now();
  await bundlePages();
  const server = await serve();
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChromium();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: BENCH_ARGS, defaultViewport: { width: 1280, height: 800 } });
  const version = await browser.version();
  const out = { date: new Date().toISOString(), browser: version, machine: `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${os.platform()} ${os.release()}, Node ${process.version}`, samples: options.samples, maxSamples: options.maxSamples, benchmarks: {} };
  let failed = false;
  try {
    for (const file of modules) {
      const mod = await import(pathToFileURL(join(BENCH, file)).href);
      console.log(`Running ${mod.name} (${options.samples}–${options.maxSamples} samples)…`);
      try {
        const run = mod.run({ browser, baseUrl, samples: options.samples, maxSamples: options.maxSamples, newPage: () => browser.newPage() });
        const figures = await withTimeout(run, mod.timeoutMs ?? 150_000, mod.name);
        out.benchmarks[mod.name] = summarizeFigures(figures);
        print(mod.name, out.benchmarks[mod.name]);
      } catch (e) {
        failed = true;
        console.error(`${mod.name} failed: ${e.stack ?? e}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  if (options.write && Object.keys(out.benchmarks).length) {
    // Keep the other benchmarks' last figures when only some were run.
    const path = join(BENCH, 'results.json');
    const previous = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { benchmarks: {} };
    const merged = { ...out, benchmarks: { ...previous.benchmarks, ...out.benchmarks } };
    writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
    const resultsFile = join(BENCH, 'RESULTS.md');
    writeFileSync(resultsFile, markdown(merged) + keptSections(existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : ''));
    console.log('Wrote bench/results.json and bench/RESULTS.md.');
  }
  if (failed) process.exit(1);
}

await main();

/**
 * Sections other benches write into RESULTS.md between `<!-- name:start -->` and `<!-- name:end -->` (the
 * reference server's load figures, from `npm run bench:server`): kept as they are when this run rewrites the rest.
 */
function keptSections(previous) {
  const sections = previous.match(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g) ?? [];
  return sections.map((section) => `\n${section}\n`).join('');
}
