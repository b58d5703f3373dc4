// The React example: Vite and @vitejs/plugin-react (JSX through oxc, no Babel). `npx vite build --config
// examples/react/vite.config.ts` writes examples/react/dist/; the browser tests build it themselves
// (test/servers/frameworks-plugin.mjs).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libraryAliases } from '../library-aliases.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [react()],
  resolve: { alias: libraryAliases() },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2048 },
});
