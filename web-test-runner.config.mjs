// web-test-runner configuration. Run it through `npm test` (scripts/test.mjs), which finds or installs the browsers
// and sets CHROME_PATH, FIREFOX_PATH and TEST_BROWSERS.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS } from './scripts/chromium-args.mjs';
import { restServersPlugin } from './test/servers/rest-servers-plugin.mjs';
import { cspPlugin } from './test/servers/csp-plugin.mjs';
import { standardsPlugin } from './test/servers/standards-plugin.mjs';
import { frameworksPlugin } from './test/servers/frameworks-plugin.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const selected = (process.env.TEST_BROWSERS || 'chromium,firefox')
  .split(',')
  .map((b) => b.trim().toLowerCase())
  .filter(Boolean);

const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  // Test files run side by side in background tabs; without these, Chromium throttles their timers and
  // animation frames and a fixture can wait for a frame that never comes.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

const browsers = [];
if (selected.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  );
}
if (selected.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
        // Test files share the browser in background tabs; don't let Firefox slow their timers down.
        extraPrefsFirefox: { 'dom.min_background_timeout_value': 0, 'dom.timeout.enable_budget_timer_throttling': false },
      },
    }),
  );
}
if (browsers.length === 0) {
  throw new Error(`TEST_BROWSERS="${process.env.TEST_BROWSERS}" selects no known browser (chromium, firefox).`);
}

/**
 * Modules every test file imports first: the frozen city clock, and the checks that fail a test when Lit issued
 * a dev-mode warning or a promise rejection went unhandled during it.
 */
const TEST_PRELUDE = ['/test/helpers/city-clock.ts', '/test/helpers/lit-dev-warnings.ts', '/test/helpers/unhandled-rejections.ts'];

/** The instant the city clock is frozen at; scripts/test.mjs chooses it (`--clock`, `--clock-ahead`). */
const TEST_CLOCK = process.env.GRASSROOTS_TEST_CLOCK || new Date().toISOString();
if (Number.isNaN(Date.parse(TEST_CLOCK))) throw new Error(`GRASSROOTS_TEST_CLOCK="${TEST_CLOCK}" is not a date.`);

/**
 * Adds the prelude imports to the top of every test file, so the clock and the Lit-warning check apply to all
 * tests without each file having to remember them.
 */
function testPreludePlugin() {
  return {
    name: 'test-prelude',
    transform(context) {
      if (/^\/test\/.*\.test\.ts$/.test(context.path) && typeof context.body === 'string') {
        return { body: `${TEST_PRELUDE.map((m) => `import '${m}';`).join('\n')}\n${context.body}` };
      }
      return undefined;
    },
  };
}

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.test.ts'],
  // `development` picks Lit's dev build, which checks more and warns about misuse.
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), testPreludePlugin(), restServersPlugin(), cspPlugin(), standardsPlugin(), frameworksPlugin()],
  browsers,
  // One test file per browser at a time: keyboard focus and timers behave as in a foreground tab (Firefox does not
  // deliver key activation to a background tab reliably). Chromium and Firefox still run side by side.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  // The warning test/infra/lit-warnings.test.ts provokes on purpose is noise in the output.
  filterBrowserLogs: ({ args }) => !args.some((a) => typeof a === 'string' && a.includes('infra-change-in-update')),
  // Runs before Lit loads: drop the expected "Lit is in dev mode" notice and record every other Lit warning.
  // test/helpers/lit-dev-warnings.ts turns recorded warnings into test failures.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /></head>
  <body>
    <script>
      globalThis.__grassrootsTestClock = ${JSON.stringify(TEST_CLOCK)};
      (function () {
        var seen = (globalThis.litIssuedWarnings = globalThis.litIssuedWarnings || new Set());
        seen.add('dev-mode');
        var collected = (globalThis.__grassrootsLitWarnings = []);
        var warn = console.warn;
        console.warn = function () {
          var text = Array.prototype.map.call(arguments, String).join(' ');
          if (/lit\\.dev\\/msg\\/|Multiple versions of Lit loaded|\\bLit\\b/.test(text) && !/Lit is in dev mode/.test(text)) {
            collected.push(text);
          }
          return warn.apply(this, arguments);
        };
      })();
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
