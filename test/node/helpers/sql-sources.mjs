// For the in-process SQL tests (test/node/server-*.test.mjs) and bench/server: the server's TypeScript sources
// bundled into one Node module with esbuild, and throwaway PostgreSQL databases beside DATABASE_URL's.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import pg from 'pg';
import { nodeBundleOptions } from '../../../server/build.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Bundles `exportLines` (e.g. "export { openSqlite } from './server/src/sql/sqlite.ts';", paths from the repository
 * root) and imports the result. The file goes inside node_modules, so it finds better-sqlite3 and pg there, one per
 * process and name; `remove()` deletes it.
 */
export async function importSources(name, exportLines) {
  const outfile = join(root, `node_modules/.cache/grassroots-sql-sources/${name}-${process.pid}.mjs`);
  await build({
    stdin: { contents: exportLines.join('\n'), resolveDir: root, loader: 'ts' },
    outfile,
    ...nodeBundleOptions(join(root, 'tsconfig.json')),
  });
  return { lib: await import(pathToFileURL(outfile).href), remove: () => rmSync(outfile, { force: true }) };
}

/** A new, empty PostgreSQL database beside `baseUrl`'s, its URL, and how to drop it. */
export async function freshPostgresDatabase(baseUrl, label) {
  const name = `grassroots_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
