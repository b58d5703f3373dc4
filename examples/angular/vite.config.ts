// The Angular example, built with Vite and compiled just in time: `@angular/compiler` ships in the bundle and
// compiles the component templates in the browser at start-up (no Angular CLI, no AOT step). The decorators are
// TypeScript's legacy ones (experimentalDecorators, from the tsconfig), which Vite transforms; components get
// their dependencies through inject(), so no decorator metadata is needed.
// `npx vite build --config examples/angular/vite.config.ts` writes examples/angular/dist/; the browser tests build
// it themselves (test/servers/frameworks-plugin.mjs).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { libraryAliases } from '../library-aliases.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  resolve: { alias: libraryAliases() },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
});
