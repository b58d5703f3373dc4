// npm build (`npm run build:npm`): one ES module per entry in dist/, lit and zod left external.
// The single-file script-tag build is vite.embed.config.ts; type declarations come from `npm run build:types`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { isPeerImport, libraryEntries } from './build/entries.js';
import { viteCssLiterals } from './scripts/css-literals.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Copies src/styles/tokens.css to dist/styles/tokens.css, when it exists. */
function copyTokensCss(): Plugin {
  const source = fileURLToPath(new URL('./src/styles/tokens.css', import.meta.url));
  return {
    name: 'grassroots:copy-tokens-css',
    // Only for the library build: Storybook also loads this file (without its `build` section).
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    generateBundle() {
      if (!existsSync(source)) return;
      this.emitFile({ type: 'asset', fileName: 'styles/tokens.css', source: readFileSync(source, 'utf8') });
    },
  };
}

const entries = libraryEntries(root);
if (Object.keys(entries).length === 0) {
  throw new Error('vite.config.ts: no entry found (expected at least src/index.ts).');
}

export default defineConfig({
  root,
  publicDir: false,
  // The CSS in css`` templates ships minified (scripts/css-literals.mjs): consumers' minifiers leave template text alone.
  plugins: [copyTokensCss(), { ...viteCssLiterals(), apply: 'build' }],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: entries,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      external: (id) => isPeerImport(id),
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
