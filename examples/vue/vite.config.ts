// The Vue example: Vite and @vitejs/plugin-vue. The template compiler must know which tags are custom elements,
// or Vue looks for components of those names and warns; `isGrassrootsElement` lists this library's tags.
// `npx vite build --config examples/vue/vite.config.ts` writes examples/vue/dist/; the browser tests build it
// themselves (test/servers/frameworks-plugin.mjs).
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
// In your app: import { isGrassrootsElement } from 'grassroots-gov-widgets/vue';
import { isGrassrootsElement } from '../../src/frameworks/vue.js';
import { libraryAliases } from '../library-aliases.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isGrassrootsElement } } })],
  resolve: { alias: libraryAliases() },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2048 },
});
