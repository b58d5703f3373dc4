import { defineConfig } from 'vite';

// The demo portal: a city government page that embeds the widgets from source,
// wired to the in-memory adapter. `npm start` serves it.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
