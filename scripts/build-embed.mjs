#!/usr/bin/env node
// `npm run build:embed`: the script-tag modules (vite.embed.config.ts), one vite build each: the bundle, the bundle
// with demo data, and the REST, Open311, HSDS and Popolo adapters beside them in dist/embed/adapters/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { viteCssLiterals } from './css-literals.mjs';

const configFile = fileURLToPath(new URL('../vite.embed.config.ts', import.meta.url));
const modes = ['production', 'demo', ...['rest', 'open311', 'hsds', 'popolo'].map((a) => `adapter-${a}`)];
// The CSS in css`` templates minified, as in the npm build (scripts/css-literals.mjs).
for (const mode of modes) await build({ configFile, mode, logLevel: 'warn', plugins: [viteCssLiterals()] });
console.log(`built dist/embed/: ${modes.join(', ')}`);
