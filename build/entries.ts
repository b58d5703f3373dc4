// The npm build's entry points, in one list. `vite.config.ts` builds each as `dist/<name>.js`.
// Every `src/elements/<tag>/index.ts` is found on disk, so a new element folder becomes `elements/<tag>/index`
// without editing this file. Entries whose source does not exist (yet) are skipped.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Fixed entries: output name (without `.js`) → source path relative to the repository root. */
export const FIXED_ENTRIES: Readonly<Record<string, string>> = {
  index: 'src/index.ts',
  'domain/index': 'src/domain/index.ts',
  'adapters/index': 'src/adapters/index.ts',
  'adapters/memory/index': 'src/adapters/memory/index.ts',
  'adapters/rest/index': 'src/adapters/rest/index.ts',
  'adapters/conformance/index': 'src/adapters/conformance/index.ts',
  'adapters/open311/index': 'src/adapters/open311/index.ts',
  'adapters/hsds/index': 'src/adapters/hsds/index.ts',
  'adapters/popolo/index': 'src/adapters/popolo/index.ts',
  // What `grassroots-gov-widgets/embed` resolves to under the `node` condition (SSR): the script-tag bundle inlines
  // Lit's browser build, which needs a DOM at import time; this one imports lit, whose Node build does not.
  library: 'src/library.ts',
  // Framework types and helpers, generated from custom-elements.json by scripts/framework-types.mjs.
  'frameworks/react': 'src/frameworks/react.ts',
  'frameworks/react-wrappers': 'src/frameworks/react-wrappers.ts',
  'frameworks/vue': 'src/frameworks/vue.ts',
  'frameworks/angular': 'src/frameworks/angular.ts',
};

/** Output name → absolute source path, for the entries that exist under `root`. */
export function libraryEntries(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [name, source] of Object.entries(FIXED_ENTRIES)) {
    const file = resolve(root, source);
    if (existsSync(file)) entries[name] = file;
  }
  const elementsDir = resolve(root, 'src/elements');
  if (existsSync(elementsDir)) {
    for (const dirent of readdirSync(elementsDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!dirent.isDirectory()) continue;
      const file = join(elementsDir, dirent.name, 'index.ts');
      if (existsSync(file)) entries[`elements/${dirent.name}/index`] = file;
    }
  }
  return entries;
}

/** Bare imports the npm build leaves to the consumer's bundler: lit, @lit/*, zod, react and their subpaths. */
export function isPeerImport(id: string): boolean {
  return /^(lit|lit-html|lit-element|zod|react)(\/|$)/.test(id) || id.startsWith('@lit/') || id.startsWith('@lit-labs/');
}
