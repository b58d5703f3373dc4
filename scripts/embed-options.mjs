// The options scripts/build-embed.mjs adds to vite.embed.config.ts, shared with `npm run size`, which measures the
// same build.
import { viteCssLiterals } from './css-literals.mjs';

/** The embed builds (vite.embed.config.ts modes): the bundle, the bundle with demo data, the standalone adapters. */
export const EMBED_MODES = ['production', 'demo', ...['rest', 'open311', 'hsds', 'popolo'].map((a) => `adapter-${a}`)];

/**
 * Inline config for one mode. The CSS in css`` templates is minified (scripts/css-literals.mjs). The bundles load
 * each locale's words (and any part split off to load on demand) from chunks beside them in `chunks/`: same-origin
 * modules, which a strict CSP allows. The adapters stay single files.
 */
export function embedBuildOptions(mode, build = {}) {
  const chunked = mode.startsWith('adapter-')
    ? {}
    : { rolldownOptions: { output: { codeSplitting: true, chunkFileNames: 'chunks/[name]-[hash].js' } } };
  return { mode, logLevel: 'warn', plugins: [viteCssLiterals()], build: { ...chunked, ...build } };
}
