// Script-tag builds (`npm run build:embed`): one minified ES module with everything inlined (lit, @lit/context, zod),
// for a page with no build tool. Two variants, one per run (a single-file output allows one entry per build):
//   default mode  src/embed.ts       → dist/embed/grassroots-widgets.js       (production: no demo data)
//   --mode demo   src/embed-demo.ts  → dist/embed/grassroots-widgets-demo.js  (plus the memory adapter)
// Runs after the npm build and keeps its output.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  const name = demo ? 'grassroots-widgets-demo' : 'grassroots-widgets';
  const entry = fileURLToPath(new URL(demo ? './src/embed-demo.ts' : './src/embed.ts', import.meta.url));
  return {
    root,
    publicDir: false,
    build: {
      outDir: 'dist/embed',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: { [name]: entry }, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: {
          entryFileNames: `${name}.js`,
          // One file for a <script type="module"> tag: no chunks, even for dynamic imports.
          codeSplitting: false,
          // Library mode keeps whitespace and comments in ES output unless the output is minified here.
          minify: true,
        },
      },
    },
  };
});
