#!/usr/bin/env node
// Writes openapi/grassroots.json from the route table and the domain schemas (server/src/openapi.ts).
//   node scripts/openapi.mjs           write the file
//   node scripts/openapi.mjs --check   exit 1 when the committed file is out of date
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}openapi/grassroots.json`;

const bundled = await build({
  entryPoints: [`${root}server/src/openapi.ts`],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
  tsconfig: `${root}tsconfig.json`,
});
const { openApiText } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const text = openApiText();

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('openapi/grassroots.json is out of date: run `node scripts/openapi.mjs`.');
    process.exit(1);
  }
  console.log('openapi/grassroots.json is up to date.');
} else {
  mkdirSync(`${root}openapi`, { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
