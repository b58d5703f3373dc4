// Every entry in package.json `exports`, imported in plain Node with no DOM, as SSR frameworks (Next.js, Nuxt,
// Angular SSR) import a package on the server: none may throw. Run by `npm test` (scripts/test.mjs) and
// `npm run test:node`.
//
// The test builds the package as `npm run build` does (the npm build, the script-tag modules, custom-elements.json
// and the framework types; not the .d.ts files, which Node never loads) into a throwaway package folder inside
// node_modules/.cache, with a copy of package.json, so it never touches the working tree's dist/. Each entry is then
// imported by its package name (`grassroots-gov-widgets/elements/grid-case-form`), through Node's own resolution of
// `exports` and its conditions, in a fresh `node` process of its own. React's and Vue's server renderers render the
// elements to HTML there too. Last, the generated src/frameworks/*.ts must match the manifest.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const NAME = pkg.name;
// Inside node_modules, so the built files find lit, zod, react and vue the way an app's server does.
const dir = join(root, `node_modules/.cache/grassroots-ssr/${process.pid}`);

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' }, ...options });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** Runs `source` as an ES module in a fresh Node inside the built package; resolves to what it printed as JSON. */
async function inNode(source) {
  const { code, out } = await run(process.execPath, ['--input-type=module', '--eval', source]);
  assert.equal(code, 0, out);
  const line = out.trim().split('\n').at(-1);
  return JSON.parse(line);
}

/** Every element folder's tag: src/elements/<tag>/index.ts. */
const TAGS = Object.keys(pkg.exports)
  .map((key) => /^\.\/elements\/(.+)$/.exec(key)?.[1])
  .filter(Boolean);

/** What an entry's import looks like in the app: `grassroots-gov-widgets` or `grassroots-gov-widgets/<subpath>`. */
const specifier = (key) => (key === '.' ? NAME : `${NAME}/${key.slice(2)}`);

/** The files an export can resolve to, under every condition. */
function targets(value) {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([condition, v]) => (condition === 'types' ? [] : targets(v)));
}

before(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  // The analyzer reads src/ through this link and writes custom-elements.json (and its package.json field) here.
  symlinkSync(join(root, 'src'), join(dir, 'src'), 'dir');
  const { build } = await import('vite');
  const quiet = { logLevel: 'warn' };
  await build({ ...quiet, configFile: join(root, 'vite.config.ts'), build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
  // The script-tag modules, one build per mode of vite.embed.config.ts: the bundle, the demo bundle, and a module
  // for each adapter `exports` lists under dist/embed/adapters/.
  const embedAdapters = Object.values(pkg.exports)
    .flatMap(targets)
    .map((file) => /^\.\/dist\/embed\/adapters\/(.+)\.js$/.exec(file)?.[1])
    .filter(Boolean);
  for (const mode of ['production', 'demo', ...embedAdapters.map((name) => `adapter-${name}`)]) {
    await build({ ...quiet, configFile: join(root, 'vite.embed.config.ts'), mode, build: { outDir: join(dir, 'dist/embed'), emptyOutDir: false } });
  }
  const analyzer = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  const analyzed = await run(process.execPath, [analyzer, 'analyze', '--litelement', '--quiet', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts']);
  assert.equal(analyzed.code, 0, analyzed.out);
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('every package entry in Node, without a DOM', () => {
  const entries = Object.entries(pkg.exports);

  it('the build writes every file `exports` points to', () => {
    const missing = entries.flatMap(([, value]) => targets(value)).filter((file) => !existsSync(join(dir, file)) || statSync(join(dir, file)).size === 0);
    assert.deepEqual(missing, []);
  });

  for (const [key, value] of entries) {
    const files = targets(value);
    const spec = specifier(key);
    if (files.every((f) => f.endsWith('.css'))) {
      it(`${spec}: a stylesheet for bundlers, not a module (Node does not import CSS)`, () => {
        assert.match(readFileSync(join(dir, files[0]), 'utf8'), /--gr-/);
      });
      continue;
    }
    const json = files.every((f) => f.endsWith('.json'));
    it(`import '${spec}' does not throw, and touches no window or document`, async () => {
      const result = await inNode(`
        const mod = await import(${JSON.stringify(spec)}${json ? ", { with: { type: 'json' } }" : ''});
        console.log(JSON.stringify({
          exports: Object.keys(mod),
          window: typeof window, document: typeof document,
          defined: typeof customElements === 'undefined' ? [] : ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag)),
        }));
      `);
      assert.ok(result.exports.length > 0, `${spec} exports nothing`);
      assert.equal(result.window, 'undefined', 'window appeared');
      assert.equal(result.document, 'undefined', 'document appeared');
      const tag = /^\.\/elements\/(.+)$/.exec(key)?.[1];
      if (tag) assert.ok(result.defined.includes(tag), `<${tag}> was not defined in the server's registry (Lit's shim)`);
    });
  }

  it("the embed entries resolve to the npm build under Node's `node` condition (the bundles inline Lit's browser build)", async () => {
    const result = await inNode(`
      const embed = await import('${NAME}/embed');
      const demo = await import('${NAME}/embed-demo');
      console.log(JSON.stringify({ embed: typeof embed.define, demo: typeof demo.createMemoryAdapter, url: import.meta.resolve('${NAME}/embed') }));
    `);
    assert.deepEqual({ embed: result.embed, demo: result.demo }, { embed: 'function', demo: 'function' });
    assert.match(result.url, /\/dist\/library\.js$/);
  });

  it("React's server renderer renders the JSX tags and the @lit/react wrappers", async () => {
    const result = await inNode(`
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      await import('${NAME}/elements/grid-case-tracker');
      const { GridCaseTracker, GrassrootsProvider } = await import('${NAME}/react/wrappers');
      const jsx = renderToString(createElement('grassroots-provider', { locale: 'en' }, createElement('grid-case-tracker', { 'case-number': 'GC-20261127-0042', 'heading-level': 3 })));
      const wrapped = renderToString(createElement(GrassrootsProvider, { locale: 'en' }, createElement(GridCaseTracker, { caseNumber: 'GC-20261127-0042' })));
      console.log(JSON.stringify({ jsx, wrapped }));
    `);
    assert.match(result.jsx, /<grassroots-provider locale="en"><grid-case-tracker case-number="GC-20261127-0042" heading-level="3"><\/grid-case-tracker><\/grassroots-provider>/);
    assert.match(result.wrapped, /<grassroots-provider[^>]*>.*<grid-case-tracker[^>]*>.*<\/grid-case-tracker>.*<\/grassroots-provider>/s);
  });

  it("Vue's server renderer renders the elements", async () => {
    const result = await inNode(`
      import { createSSRApp, h } from 'vue';
      import { renderToString } from 'vue/server-renderer';
      await import('${NAME}/elements/party-org-tree');
      const app = createSSRApp({ render: () => h('grassroots-provider', { locale: 'en' }, [h('party-org-tree', { 'expanded-depth': '1' })]) });
      console.log(JSON.stringify({ html: await renderToString(app) }));
    `);
    assert.match(result.html, /<grassroots-provider locale="en"><party-org-tree expanded-depth="1"><\/party-org-tree><\/grassroots-provider>/);
  });
});

describe('framework types', () => {
  it('src/frameworks/*.ts are what scripts/framework-types.mjs makes of custom-elements.json', async () => {
    const { code, out } = await run(process.execPath, [join(root, 'scripts/framework-types.mjs'), '--check', '--manifest', join(dir, 'custom-elements.json')], { cwd: root });
    assert.equal(code, 0, out);
  });
});
