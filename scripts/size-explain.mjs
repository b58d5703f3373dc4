// `npm run size:explain -- <tag> [more tags]`: where the bytes of a page with these widgets come from, the page
// scripts/size.mjs counts (size-page.mjs), by source: lit and @lit/context, zod, each widget's own folder, and the
// shared layers. Minified bytes are exact (esbuild's metafile); gzipped bytes are each file's gzip shared out by
// its sources' minified bytes, so they are an estimate that adds up to the page's total.
// Usage: node scripts/size-explain.mjs party-org-tree [--files]   (--files: every source file, not groups)
import { existsSync } from 'node:fs';
import { pageLoad } from './size-page.mjs';

const args = process.argv.slice(2);
const byFile = args.includes('--files');
const tags = args.filter((a) => !a.startsWith('--'));
if (tags.length === 0 || tags.some((t) => !existsSync(`src/elements/${t}/index.ts`))) {
  console.error('Usage: node scripts/size-explain.mjs <element tag, e.g. party-org-tree> [more tags] [--files]');
  process.exit(2);
}

/** The group a source counts under: a package, a widget's folder, or a shared layer of src/. */
function groupOf(source) {
  if (byFile) return source;
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1].startsWith('@lit') || pkg[1].startsWith('lit') ? 'lit, @lit/*' : pkg[1];
  const widget = source.match(/^src\/elements\/([^/]+)\//);
  if (widget) return widget[1] === 'shared' ? 'src/elements/shared' : `<${widget[1]}>`;
  const layer = source.match(/^src\/([^/]+)/);
  return layer ? `src/${layer[1].replace(/\.ts$/, '')}` : source;
}

const { bytes, files } = await pageLoad(tags.map((t) => `./src/elements/${t}/index.ts`));
const groups = new Map();
for (const file of files) {
  const total = Object.values(file.inputs).reduce((a, b) => a + b, 0);
  for (const [source, minified] of Object.entries(file.inputs)) {
    const g = groups.get(groupOf(source)) ?? { minified: 0, gzip: 0 };
    g.minified += minified;
    g.gzip += total > 0 ? (file.gzip * minified) / total : 0;
    groups.set(groupOf(source), g);
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [...groups].sort((a, b) => b[1].gzip - a[1].gzip);
const width = Math.max(...rows.map(([name]) => name.length), 6);
console.log(`${'source'.padEnd(width)}  ${'minified'.padStart(9)}  ${'≈ gzip'.padStart(9)}  share`);
for (const [name, g] of rows) {
  console.log(`${name.padEnd(width)}  ${kb(g.minified).padStart(9)}  ${kb(g.gzip).padStart(9)}  ${((100 * g.gzip) / bytes).toFixed(0).padStart(4)}%`);
}
console.log(`${'page'.padEnd(width)}  ${kb(files.reduce((a, f) => a + f.minified, 0)).padStart(9)}  ${kb(bytes).padStart(9)}  (${files.length} files: ${tags.map((t) => `<${t}>`).join(' ')})`);
