// `npm run size`: what a page pays, min+gzip, for the widgets (lit, @lit/context and zod/mini included), beside the
// budgets of issue 16. Exits 1 when a budget is exceeded. Writes docs/size.md's table between its markers.
//
// A page's cost is what it loads before the widgets can render: each entry's module graph bundled with code
// splitting (as a portal's bundler or the npm build's chunks give it), the statically imported chunks plus the
// message catalogue chunks of one locale (the larger of zh-CN and en), each file gzipped on its own as the browser
// fetches it. Lazy chunks (dialogs, CSV export, forms opened on demand) and the words only they fetch are not
// counted: a page loads them when someone opens that part.
//   alone            the widget as the only one on the page
//   each additional  what a page that already has every other widget pays more for this one: all − all but this
// The embed bundle is scripts/build-embed.mjs's production output for the script tag: that vite build, not written.
//
// Budgets not met yet have a ceiling in scripts/size-ceilings.json: the figure when it was last lowered. CI runs
// `--check`, which fails when a figure exceeds its budget or, where the budget is not met yet, its ceiling, so no
// commit makes a widget larger while the budgets are being reached. `--lower-ceilings` writes today's figures
// there when they are lower (it never raises one: raising a ceiling is a hand edit a reviewer sees).
// Usage: node scripts/size.mjs [--no-write] [--check | --lower-ceilings]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { ceilingVerdicts, lowerCeilings } from './size-ceilings.mjs';
import { embedBuildOptions } from './embed-options.mjs';
import { LOCALES, localeOf, pageLoad } from './size-page.mjs';

const KB = 1024;
const BUDGET = { alone: 25 * KB, additional: 12 * KB, all: 60 * KB, embed: 65 * KB };
/** What a page with these module specifiers (relative to the repository) loads first, in gzipped bytes. */
const pageCost = async (specifiers) => (await pageLoad(specifiers)).bytes;

/** The production embed bundle as scripts/build-embed.mjs builds it (not written): its module, its static imports and one locale's chunks. */
async function embedCost() {
  const results = await viteBuild({
    configFile: 'vite.embed.config.ts',
    ...embedBuildOptions('production', { write: false, sourcemap: false }),
    logLevel: 'error',
  });
  const chunks = [results].flat().flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (roots, exclude = new Set()) => {
    const seen = new Set();
    const visit = (c) => {
      if (seen.has(c) || exclude.has(c)) return;
      seen.add(c);
      for (const i of c.imports) if (byName.has(i)) visit(byName.get(i));
    };
    roots.forEach(visit);
    return seen;
  };
  const bytes = (set) => [...set].reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
  const loaded = closure(chunks.filter((c) => c.isEntry));
  const relative = (id) => id.slice(process.cwd().length + 1);
  const fetched = [...loaded].flatMap((c) => c.dynamicImports.map((i) => byName.get(i)).filter(Boolean));
  const perLocale = LOCALES.map((locale) =>
    bytes(closure(fetched.filter((c) => c.moduleIds.length > 0 && c.moduleIds.every((id) => localeOf(relative(id)) === locale)), loaded)),
  );
  return bytes(loaded) + Math.max(...perLocale);
}

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/index.ts`))
  .map((d) => d.name)
  .sort();
const spec = (tag) => `./src/elements/${tag}/index.ts`;

const all = await pageCost(elements.map(spec));
const rows = [];
for (const tag of elements) {
  const alone = await pageCost([spec(tag)]);
  const additional = all - (await pageCost(elements.filter((t) => t !== tag).map(spec)));
  rows.push({ tag, alone, additional });
}
const embed = await embedCost();

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const verdict = (n, budget) => (n <= budget ? 'pass' : 'FAIL');
const cell = (n, budget) => `${kb(n)} (≤ ${kb(budget)} ${verdict(n, budget)})`;
const table = [
  '| widget | alone | each additional |',
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| \`<${r.tag}>\` | ${cell(r.alone, BUDGET.alone)} | ${cell(r.additional, BUDGET.additional)} |`),
  '',
  '| page | min+gzip |',
  '| --- | ---: |',
  `| every element | ${cell(all, BUDGET.all)} |`,
  `| embed bundle (\`dist/embed/grassroots-widgets.js\`) | ${cell(embed, BUDGET.embed)} |`,
];
console.log(table.join('\n'));

// Every figure by a stable key, with its budget.
const figures = [
  ...rows.flatMap((r) => [
    { key: `alone <${r.tag}>`, bytes: r.alone, budget: BUDGET.alone },
    { key: `each additional <${r.tag}>`, bytes: r.additional, budget: BUDGET.additional },
  ]),
  { key: 'every element', bytes: all, budget: BUDGET.all },
  { key: 'embed bundle', bytes: embed, budget: BUDGET.embed },
];
const overBudget = figures.filter((f) => f.bytes > f.budget);

// docs/size.md keeps the table between these markers; the rest of the page is written by hand.
const DOC = 'docs/size.md';
const BEGIN = '<!-- size:begin (npm run size writes this table) -->';
const END = '<!-- size:end -->';
if (!process.argv.includes('--no-write') && existsSync(DOC)) {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from !== -1 && to > from) writeFileSync(DOC, `${doc.slice(0, from + BEGIN.length)}\n${table.join('\n')}\n${doc.slice(to)}`);
}

if (process.argv.includes('--check') || process.argv.includes('--lower-ceilings')) {
  const verdicts = ceilingVerdicts(figures);
  for (const v of verdicts) if (v.message) console.log(v.message);
  const grown = verdicts.filter((v) => !v.ok);
  if (grown.length) {
    console.error(`\nLarger than allowed: ${grown.map((v) => v.key).join(', ')}`);
    process.exit(1);
  }
  if (process.argv.includes('--lower-ceilings')) console.log(lowerCeilings(figures));
  console.log(`\nNo figure exceeds its budget or ceiling (${overBudget.length} budgets not met yet, each held at its ceiling).`);
  process.exit(0);
}

if (overBudget.length) {
  console.error(`\nOver budget: ${overBudget.map((f) => f.key).join(', ')}`);
  process.exit(1);
}
console.log('\nEvery size budget holds.');
