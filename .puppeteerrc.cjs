// The tests use the system's Chromium and Firefox (scripts/test.mjs finds or installs them), so puppeteer must
// never download a browser of its own: that download fails on closed networks and would make `npm ci` exit 1.
// package.json `allowScripts` already denies puppeteer's postinstall; this covers npm versions that ignore it.
module.exports = { skipDownload: true };
