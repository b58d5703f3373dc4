// Writes src/styles/tokens.css from src/styles/token-values.ts (the single
// source of truth). test/styles/tokens-css.test.ts fails when they differ.
// Usage: node scripts/generate-tokens-css.mjs
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  entryPoints: [`${root}src/styles/token-values.ts`],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const code = result.outputFiles[0].text;
const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
await writeFile(`${root}src/styles/tokens.css`, mod.referenceTokensCss());
console.log('wrote src/styles/tokens.css');
