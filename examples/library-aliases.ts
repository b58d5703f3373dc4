// The examples import the library by its package name, exactly as a portal does (`grassroots-gov-widgets/elements/…`).
// In this repository those names resolve to the source: every JS entry in package.json `exports` (`./dist/X.js`)
// maps to `src/X.ts`, so the examples build and run against the current code without `npm run build` first.
// In your own app, drop this and `npm install grassroots-gov-widgets`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = 'grassroots-gov-widgets';

type ExportTarget = string | { [condition: string]: ExportTarget };

/** The browser file an export resolves to (`default` over `node`; never `types`). */
function browserTarget(target: ExportTarget): string | undefined {
  if (typeof target === 'string') return target;
  const chosen = target['browser'] ?? target['import'] ?? target['default'];
  return chosen === undefined ? undefined : browserTarget(chosen);
}

/** Package subpath (`grassroots-gov-widgets/react`) → absolute source file, for every JS entry with a source. */
export function librarySources(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, ExportTarget> };
  const sources: Record<string, string> = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = browserTarget(target);
    const match = file && /^\.\/dist\/(.+)\.js$/.exec(file);
    if (!match) continue;
    const source = `${root}src/${match[1]}.ts`;
    if (existsSync(source)) sources[key === '.' ? PACKAGE : `${PACKAGE}/${key.slice(2)}`] = source;
  }
  return sources;
}

/** Vite `resolve.alias` entries for `librarySources()`: exact names only, so `…/react` never catches `…/react/wrappers`. */
export function libraryAliases(): { find: RegExp; replacement: string }[] {
  return Object.entries(librarySources()).map(([name, source]) => ({
    find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: source,
  }));
}
