#!/usr/bin/env node
// `npm run build:embed`: the script-tag modules (vite.embed.config.ts), one vite build each: the bundle, the bundle
// with demo data (each with its locale chunks in dist/embed/chunks/), and the REST, Open311, HSDS and Popolo adapters
// beside them in dist/embed/adapters/. The options added to the config are in embed-options.mjs.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { EMBED_MODES, embedBuildOptions } from './embed-options.mjs';

const configFile = fileURLToPath(new URL('../vite.embed.config.ts', import.meta.url));
for (const mode of EMBED_MODES) await build({ configFile, ...embedBuildOptions(mode) });
console.log(`built dist/embed/: ${EMBED_MODES.join(', ')}`);
