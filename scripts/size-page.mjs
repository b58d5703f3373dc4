// What a page with some of the widgets loads before they can render, as scripts/size.mjs and size-explain.mjs count
// it: the entries' module graph bundled with code splitting (as a portal's bundler or the npm build's chunks give
// it), the statically imported chunks plus the message catalogue chunks of one locale (the larger of zh-CN and
// en) that this code fetches, each file gzipped on its own as the browser fetches it. Lazy chunks and the words only
// they fetch are not counted.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { esbuildCssLiterals } from './css-literals.mjs';

export const LOCALES = ['zh-CN', 'en'];
/** The locale of a catalogue module (`…zh-CN.ts` / `…en.ts`), else undefined. */
export const localeOf = (path) => LOCALES.find((l) => path.endsWith(`${l}.ts`) && /[./]$/.test(path.slice(0, -`${l}.ts`.length)));

/**
 * The files a page with these module specifiers (relative to the repository) loads first:
 * `{ bytes, files: [{ path, gzip, minified, inputs: { [source]: minified bytes } }] }`, bytes being the gzipped total.
 */
export async function pageLoad(specifiers) {
  // Each element entry defines its element on import.
  const entry = specifiers.map((s) => `import ${JSON.stringify(s)};`).join('\n');
  const result = await build({
    entryPoints: ['page:entry'],
    plugins: [
      {
        name: 'page-entry',
        setup(b) {
          b.onResolve({ filter: /^page:entry$/ }, () => ({ path: 'entry', namespace: 'page' }));
          b.onLoad({ filter: /.*/, namespace: 'page' }, () => ({ contents: entry, resolveDir: process.cwd(), loader: 'js' }));
        },
      },
      esbuildCssLiterals(),
    ],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'size-out',
    write: false,
    metafile: true,
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
  const gz = new Map(result.outputFiles.map((f) => [f.path.slice(process.cwd().length + 1), gzipSync(f.contents, { level: 9 }).length]));
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((o) => outputs[o].entryPoint === 'page:entry');
  // The entry and its static imports, transitively.
  const closure = (roots, exclude = new Set()) => {
    const seen = new Set();
    const visit = (o) => {
      if (seen.has(o) || exclude.has(o)) return;
      seen.add(o);
      for (const i of outputs[o].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    roots.forEach(visit);
    return seen;
  };
  const bytes = (files) => [...files].reduce((sum, o) => sum + gz.get(o), 0);
  const loaded = closure([start]);
  // Plus the catalogues of one locale the loaded code fetches (and what they import statically), the larger of the
  // two. Words only a lazy chunk fetches (the tracker dialog's field errors) come with that chunk: not counted.
  const fetched = new Set([...loaded].flatMap((o) => outputs[o].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)));
  const perLocale = LOCALES.map((locale) => {
    const chunks = [...fetched].filter((o) => {
      const inputs = Object.keys(outputs[o]?.inputs ?? {});
      return inputs.length > 0 && inputs.every((p) => localeOf(p) === locale);
    });
    return closure(chunks, loaded);
  });
  const words = perLocale.reduce((a, b) => (bytes(b) >= bytes(a) ? b : a));
  const files = [...loaded, ...words].map((path) => ({
    path,
    gzip: gz.get(path),
    minified: outputs[path].bytes,
    inputs: Object.fromEntries(Object.entries(outputs[path].inputs).map(([source, x]) => [source, x.bytesInOutput])),
  }));
  return { bytes: bytes(loaded) + bytes(words), files };
}
