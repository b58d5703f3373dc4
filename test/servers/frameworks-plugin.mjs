// web-test-runner plugin: builds the framework example apps (examples/<name>/vite.config.ts, the same build a
// developer runs) and serves them under /__examples/<name>/, for test/frameworks/*.test.ts.
//
// Each app is built once per run, when a test first asks for it (GET /__examples/<name>/__build answers with the
// build's outcome as JSON), so a run that selects other test files builds nothing. The output goes to
// node_modules/.cache/grassroots-examples/<name>/. The app's index.html gets test/frameworks/page-probe.js as its
// first script: it records event listeners and errors before the framework or any widget runs.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE_APPS = ['react', 'vue', 'angular'];
const PREFIX = '/__examples/';
const PROBE = '/test/frameworks/page-probe.js';

const TYPES = { '.html': 'html', '.js': 'js', '.css': 'css', '.map': 'json', '.json': 'json', '.svg': 'svg' };

/** Builds examples/<name> into the cache folder with Vite; resolves to { ok, ms } or { ok: false, error }. */
async function buildApp(name, outDir, logger) {
  const started = Date.now();
  try {
    const { build } = await import('vite');
    await build({
      configFile: join(root, 'examples', name, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    const ms = Date.now() - started;
    logger?.log?.(`examples/${name} built in ${(ms / 1000).toFixed(1)} s`);
    return { ok: true, ms };
  } catch (error) {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    // eslint-disable-next-line no-control-regex
    return { ok: false, error: message.replace(/\x1b\[[0-9;]*m/g, '') };
  }
}

export function frameworksPlugin() {
  const builds = new Map();
  let logger;
  const outDirOf = (name) => join(root, 'node_modules/.cache/grassroots-examples', name);
  const ensure = (name) => {
    if (!builds.has(name)) builds.set(name, buildApp(name, outDirOf(name), logger));
    return builds.get(name);
  };
  return {
    name: 'framework-examples',
    serverStart({ logger: l }) {
      logger = l;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const [name, ...rest] = context.path.slice(PREFIX.length).split('/');
      if (!EXAMPLE_APPS.includes(name)) return undefined;
      const result = await ensure(name);
      const file = rest.join('/') || 'index.html';
      if (file === '__build') return { body: JSON.stringify(result), type: 'json', headers: { 'cache-control': 'no-store' } };
      if (!result.ok) return { body: `examples/${name} did not build:\n${result.error}`, type: 'text' };
      const dir = outDirOf(name);
      const path = resolve(dir, decodeURIComponent(file));
      if (!path.startsWith(dir + sep) || !existsSync(path)) return undefined;
      let body = readFileSync(path, extname(path) === '.html' ? 'utf8' : undefined);
      if (extname(path) === '.html') body = body.replace(/<head>/i, `<head>\n    <script src="${PROBE}"></script>`);
      return { body, type: TYPES[extname(path)] ?? 'application/octet-stream', headers: { 'cache-control': 'no-store' } };
    },
  };
}
