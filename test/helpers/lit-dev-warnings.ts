/**
 * Lit dev-mode warnings as test failures.
 *
 * The test-runner HTML (web-test-runner.config.mjs) records every Lit warning except "Lit is in dev mode" in
 * `globalThis.__grassrootsLitWarnings`, before Lit loads. The config injects an import of this module at the top of
 * every test file; it registers one root `afterEach` that fails when a test left warnings behind
 * (e.g. `change-in-update`, `multiple-versions`). A test that expects a warning takes it with `takeLitWarnings()`.
 */

declare global {
  var __grassrootsLitWarnings: string[] | undefined;
  var __grassrootsLitWarningsHook: boolean | undefined;
}

function store(): string[] {
  return (globalThis.__grassrootsLitWarnings ??= []);
}

/** Lit warnings recorded since the last call (or since the page loaded); clears them. */
export function takeLitWarnings(): string[] {
  return store().splice(0);
}

/** Lit warnings recorded so far, without clearing them. */
export function collectLitWarnings(): readonly string[] {
  return [...store()];
}

if (!globalThis.__grassrootsLitWarningsHook && typeof afterEach === 'function') {
  globalThis.__grassrootsLitWarningsHook = true;
  afterEach(function failOnLitWarnings() {
    const warnings = takeLitWarnings();
    if (warnings.length > 0) {
      throw new Error(
        `Lit issued ${warnings.length} dev-mode warning(s) during "${this.currentTest?.fullTitle() ?? 'a test'}":\n` +
          warnings.map((w) => `  - ${w}`).join('\n'),
      );
    }
  });
}

export {};
