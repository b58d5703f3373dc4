// Flags for headless Chromium on these machines (see TOOLCHAIN.md): root needs --no-sandbox, and without the
// networking flags Chromium keeps calling hosts this closed network refuses. Used by the tests and the benchmarks.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];
