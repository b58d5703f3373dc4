/**
 * Unhandled promise rejections as test failures.
 *
 * A widget that lets a promise reject with nobody listening leaves an error on the portal's console and, on some
 * portals, in their error reporting. The config imports this module first in every test file; it records every
 * `unhandledrejection` in the page and fails the test during which it happened (the next root `afterEach`).
 * A test that provokes one on purpose takes it with `takeUnhandledRejections()`.
 */
const seen: unknown[] = [];

declare global {
  var __grassrootsRejectionHook: boolean | undefined;
}

/** Rejections recorded since the last call; clears them. */
export function takeUnhandledRejections(): unknown[] {
  return seen.splice(0);
}

if (!globalThis.__grassrootsRejectionHook && typeof afterEach === 'function') {
  globalThis.__grassrootsRejectionHook = true;
  window.addEventListener('unhandledrejection', (event) => seen.push(event.reason));
  afterEach(async function failOnUnhandledRejections() {
    // Rejections are reported after a microtask turn and a task; let the last ones of the test arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reasons = takeUnhandledRejections();
    if (reasons.length > 0) {
      const text = reasons.map((r) => (r instanceof Error ? `${r.name}: ${r.message}` : String(r))).join('; ');
      throw new Error(`${reasons.length} unhandled promise rejection(s) during "${this.currentTest?.fullTitle() ?? 'a test'}": ${text}`);
    }
  });
}
