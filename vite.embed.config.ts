// Script-tag builds (`npm run build:embed`, scripts/build-embed.mjs): minified ES modules with everything inlined
// (lit, @lit/context, zod), for a page with no build tool and no import map. One entry per run (a single-file output
// allows one entry per build):
//   default mode           src/embed.ts                    → dist/embed/grassroots-widgets.js       (production: no demo data)
//   --mode demo            src/embed-demo.ts               → dist/embed/grassroots-widgets-demo.js  (plus the memory adapter)
//   --mode adapter-<name>  src/adapters/<name>/index.ts    → dist/embed/adapters/<name>.js          (rest, open311, hsds, popolo)
// Each adapter module stands alone beside the bundle: it carries its own copy of what it needs, so a portal loads
// only the adapters it uses, from the same folder. Runs after the npm build and keeps its output.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The adapters built as standalone script-tag modules. */
export const EMBED_ADAPTERS = ['rest', 'open311', 'hsds', 'popolo'] as const;

export default defineConfig(({ mode }) => {
  const adapter = /^adapter-(.+)$/.exec(mode)?.[1];
  if (adapter && !(EMBED_ADAPTERS as readonly string[]).includes(adapter)) {
    throw new Error(`vite.embed.config.ts: no embed adapter "${adapter}" (have ${EMBED_ADAPTERS.join(', ')})`);
  }
  const demo = mode === 'demo';
  const name = adapter ? `adapters/${adapter}` : demo ? 'grassroots-widgets-demo' : 'grassroots-widgets';
  const source = adapter ? `./src/adapters/${adapter}/index.ts` : demo ? './src/embed-demo.ts' : './src/embed.ts';
  const entry = fileURLToPath(new URL(source, import.meta.url));
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
