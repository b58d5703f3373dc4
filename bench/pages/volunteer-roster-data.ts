import { createMemoryAdapter } from '../../src/adapters/memory/index.js';

/** Volunteers in the world: `?rows=N` in the page address, else 20,000 (both pages, so they compare). */
export const ROWS = Number(new URLSearchParams(location.search).get('rows')) || 20_000;
/** Both pages use this adapter: ROWS seeded volunteers, no latency, staff session. */
export const benchAdapter = () => createMemoryAdapter({ sizes: { volunteers: ROWS }, latency: 0, session: 'community-staff' });

/** Resolves when `test()` holds, checking after every DOM change under `root` (no polling delay). */
export function whenDom(root: Node, test: () => boolean): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
