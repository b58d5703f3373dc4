// Script-tag build (`npm run build:embed`): src/embed.ts with everything bundled (lit, @lit/context, zod) into one
// minified ES module, dist/embed/grassroots-widgets.js. Runs after the npm build and keeps its output.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { 'grassroots-widgets': fileURLToPath(new URL('./src/embed.ts', import.meta.url)) },
      formats: ['es'],
      fileName: () => 'grassroots-widgets.js',
    },
    rolldownOptions: {
      output: {
        entryFileNames: 'grassroots-widgets.js',
        // One file for a <script type="module"> tag: no chunks, even for dynamic imports.
        codeSplitting: false,
        // Library mode keeps whitespace and comments in ES output unless the output is minified here.
        minify: true,
      },
    },
  },
});
