// web-test-runner plugin: starts the standards fixture server (test/servers/standards-server.mjs) for the Open311,
// HSDS and Popolo tests and tells the test pages where it is through `GET /__standards-server`. Stops with the runner.
//
// It also serves the script-tag adapter modules as `npm run build:embed` makes them: `/__embed/adapters/<name>.js`
// is built on first request with vite.embed.config.ts (mode adapter-<name>) into a temp folder, and
// `/__embed/plain.html?adapter=<name>&…` is a plain page (no import map, no build tool) that imports one of them the
// way a portal would and reports what it could do through postMessage.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStandardsServer } from './standards-server.mjs';

const EMBED_CONFIG = fileURLToPath(new URL('../../vite.embed.config.ts', import.meta.url));

/** What each plain page does with its adapter, given `p` (the page's query): a portal's first call. */
const SMOKE = {
  rest: `import { createRestAdapter } from '/__embed/adapters/rest.js';
    const roots = await createRestAdapter({ baseUrl: p.get('endpoint') }).orgs.roots();
    report({ roots: roots.map((r) => r.name) });`,
  open311: `import { createOpen311Adapter } from '/__embed/adapters/open311.js';
    const cases = createOpen311Adapter({ endpoint: p.get('endpoint'), format: 'xml' }).cases;
    const categories = await cases.categories();
    const kase = await cases.get('101005420892');
    report({ categories: categories.map((c) => c.code), status: kase.status, unsupported: await cases.act(kase.id, { action: 'verify', idempotencyKey: 'plain-page-1' }).catch((e) => e.code) });`,
  hsds: `import { createHsdsAdapter } from '/__embed/adapters/hsds.js';
    const page = await createHsdsAdapter({ endpoint: p.get('endpoint') }).services.query({ kind: 'service' }, { limit: 3 });
    report({ services: page.items.map((s) => s.name), more: page.nextCursor !== null });`,
  popolo: `import { createPopoloOrgs } from '/__embed/adapters/popolo.js';
    const orgs = createPopoloOrgs(p.get('endpoint')).orgs;
    const [root] = await orgs.roots();
    report({ root: root.name, hits: (await orgs.search('网格')).total });`,
};

function plainPage(name) {
  return `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>plain page: ${name}</title></head>
  <body>
    <script type="module">
      addEventListener('error', (e) => parent.postMessage({ adapter: ${JSON.stringify(name)}, ok: false, error: String(e.message) }, '*'));
      addEventListener('unhandledrejection', (e) => parent.postMessage({ adapter: ${JSON.stringify(name)}, ok: false, error: String(e.reason) }, '*'));
    </script>
    <script type="module">
      const p = new URLSearchParams(location.search);
      const report = (value) => parent.postMessage({ adapter: ${JSON.stringify(name)}, ok: true, value }, '*');
      ${SMOKE[name]}
    </script>
  </body>
</html>`;
}

export function standardsPlugin() {
  let server;
  let embedDir;
  const built = new Map();
  async function embedModule(name) {
    if (!built.has(name)) {
      embedDir ??= mkdtempSync(join(tmpdir(), 'grassroots-embed-'));
      const { build } = await import('vite');
      built.set(
        name,
        build({ configFile: EMBED_CONFIG, mode: `adapter-${name}`, logLevel: 'warn', build: { outDir: embedDir, sourcemap: false } }).then(() =>
          readFileSync(join(embedDir, 'adapters', `${name}.js`), 'utf8'),
        ),
      );
    }
    return built.get(name);
  }
  return {
    name: 'standards-server',
    async serverStart() {
      server = await startStandardsServer();
    },
    async serverStop() {
      await server?.close();
      if (embedDir) rmSync(embedDir, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path === '/__standards-server') return { body: JSON.stringify({ url: server.url }), type: 'json' };
      const module = /^\/__embed\/adapters\/(\w+)\.js$/.exec(context.path);
      if (module && module[1] in SMOKE) return { body: await embedModule(module[1]), type: 'js' };
      if (context.path === '/__embed/plain.html') {
        const name = context.URL.searchParams.get('adapter');
        if (name in SMOKE) return { body: plainPage(name), type: 'html' };
      }
      return undefined;
    },
  };
}
