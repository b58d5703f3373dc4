#!/usr/bin/env node
// `npm test`: find (or, as root on Debian/Ubuntu, install) the browsers, run the Node tests (test/node/), then
// web-test-runner.
//
//   node scripts/test.mjs [--browsers chromium,firefox] [--clock ISO | --clock-ahead DAYS]
//                         [any web-test-runner args, e.g. --files test/infra/**/*.test.ts]
//
// Browsers: CHROME_PATH / FIREFOX_PATH, else the usual system paths. The selection can also come from TEST_BROWSERS.
// Clock: every test runs on a frozen city clock, by default 10:00 China time today; `--clock 2027-03-01T10:00:00+08:00`
// reproduces a run, `--clock-ahead 365` runs the suite a year from today (CI does both).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const BROWSERS = {
  chromium: {
    label: 'Chromium',
    envVar: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    apt: ['install', '-y', 'chromium'],
    hint: 'install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium executable',
  },
  firefox: {
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: ['install', '-y', '--no-install-recommends', 'firefox-esr'],
    hint: 'install Firefox (Debian: `sudo apt-get install -y --no-install-recommends firefox-esr`) or set FIREFOX_PATH to a Firefox executable',
  },
};

function fail(message) {
  console.error(`scripts/test.mjs: ${message}`);
  process.exit(1);
}

// --- arguments -------------------------------------------------------------------------------------------------
const passThrough = [];
let clock = null;
let clockAheadDays = 0;
let browserList = process.env.TEST_BROWSERS || 'chromium,firefox';
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--browsers') {
    if (i + 1 >= argv.length) fail('--browsers needs a value, e.g. --browsers chromium,firefox.');
    browserList = argv[++i];
  } else if (arg.startsWith('--browsers=')) {
    browserList = arg.slice('--browsers='.length);
  } else if (arg === '--clock' || arg.startsWith('--clock=')) {
    clock = arg === '--clock' ? argv[++i] : arg.slice('--clock='.length);
    if (!clock || Number.isNaN(Date.parse(clock))) fail(`--clock needs a date and time, e.g. --clock 2027-03-01T10:00:00+08:00.`);
  } else if (arg === '--clock-ahead' || arg.startsWith('--clock-ahead=')) {
    clockAheadDays = Number(arg === '--clock-ahead' ? argv[++i] : arg.slice('--clock-ahead='.length));
    if (!Number.isFinite(clockAheadDays)) fail('--clock-ahead needs a number of days, e.g. --clock-ahead 365.');
  } else {
    passThrough.push(arg);
  }
}
const selected = [
  ...new Set(
    browserList
      .split(',')
      .map((b) => b.trim().toLowerCase())
      .filter(Boolean)
      .map((b) => (b === 'chrome' ? 'chromium' : b)),
  ),
];
if (selected.length === 0) fail('no browser selected; use --browsers chromium,firefox.');
for (const name of selected) {
  if (!BROWSERS[name]) fail(`unknown browser "${name}"; choose from: ${Object.keys(BROWSERS).join(', ')}.`);
}

// --- the frozen city clock ---------------------------------------------------------------------------------------
/** 10:00 in China (UTC+8) on the city's calendar day of `instant`: a working hour, whatever this machine's zone. */
function cityMorning(instant) {
  const cityDay = new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${cityDay}T10:00:00+08:00`);
}
const testClock = clock ? new Date(clock) : new Date(cityMorning(new Date()).getTime() + clockAheadDays * 86_400_000);

// --- find / install browsers -----------------------------------------------------------------------------------
function findBrowser(spec) {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`${spec.envVar} is set to ${fromEnv}, but no file exists there.`);
    return fromEnv;
  }
  return spec.paths.find((p) => existsSync(p));
}

function hasAptGet() {
  return ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => existsSync(p));
}

const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && hasAptGet();
let aptUpdated = false;

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) fail(`could not run apt-get ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed with exit code ${result.status}.`);
}

const found = {};
for (const name of selected) {
  const spec = BROWSERS[name];
  let path = findBrowser(spec);
  if (!path) {
    if (!canInstall) fail(`${spec.label} was not found; ${spec.hint}.`);
    console.log(`${spec.label} not found: installing it with apt-get ${spec.apt.join(' ')} ...`);
    if (!aptUpdated) {
      apt(['update']);
      aptUpdated = true;
    }
    apt(spec.apt);
    path = findBrowser(spec);
    if (!path) fail(`${spec.label} is still missing after apt-get; ${spec.hint}.`);
  }
  found[name] = path;
}

// --- run web-test-runner ---------------------------------------------------------------------------------------
const binDir = join(root, 'node_modules', '.bin');
const wtr = ['wtr', 'web-test-runner'].map((b) => join(binDir, b)).find((p) => existsSync(p));
if (!wtr) fail('web-test-runner is not installed; run `npm ci` first.');

const env = {
  ...process.env,
  TEST_BROWSERS: selected.join(','),
  GRASSROOTS_TEST_CLOCK: testClock.toISOString(),
};
if (found.chromium) env.CHROME_PATH = found.chromium;
if (found.firefox) env.FIREFOX_PATH = found.firefox;

console.log(`Testing in ${selected.map((n) => `${BROWSERS[n].label} (${found[n]})`).join(', ')}`);
console.log(`City clock frozen at ${testClock.toISOString()} (reproduce with --clock ${testClock.toISOString()})`);

// --- Node tests first (test/node/: the built package imported without a DOM, the CLI), unless --files picks ----
// browser test files only.
let nodeFailed = false;
if (!passThrough.some((a) => a === '--files' || a.startsWith('--files='))) {
  console.log('Node tests: node --test test/node/');
  const nodeRun = spawnSync(process.execPath, ['--test', join(root, 'test/node/')], { cwd: root, env, stdio: 'inherit' });
  nodeFailed = nodeRun.status !== 0;
  if (nodeFailed) console.error('scripts/test.mjs: the Node tests failed (above); the browser tests run anyway.');
}

const child = spawn(wtr, ['--config', join(root, 'web-test-runner.config.mjs'), ...passThrough], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => fail(`could not start web-test-runner: ${error.message}`));
child.on('exit', (code, signal) => {
  if (signal) process.exit(1);
  process.exit(nodeFailed ? 1 : (code ?? 1));
});
