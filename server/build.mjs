// Bundles the reference server (server/src/main.ts and the library sources it imports) into one
// Node ES module, so `node server/dist/main.js` runs from a clean clone after `npm ci`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The esbuild options of every bundle of server code for Node (the server, the bench's server of a commit, the
 * Node tests' SQL sources), with the tsconfig.json of the tree it is built from.
 */
export function nodeBundleOptions(tsconfig) {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Loaded from node_modules at run time: a native module, and the PostgreSQL driver (with its optional native part).
    external: ['better-sqlite3', 'pg'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
    tsconfig,
  };
}

export async function buildServer(outfile = here('./dist/main.js')) {
  await build({ entryPoints: [here('./src/main.ts')], outfile, ...nodeBundleOptions(here('../tsconfig.json')) });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildServer(process.argv[2]);
  console.log(`built ${out}`);
}
