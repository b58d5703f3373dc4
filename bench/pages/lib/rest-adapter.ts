// What the REST benchmark pages share: the adapter on the reference server (its address and token in the page's
// query string), with every request's round trip as the page sees it.
import { createRestAdapter } from '../../../src/adapters/rest/index.js';

const params = new URLSearchParams(location.search);

/** Client-side round trips, `{ path, ms }`, newest last; `inFlight` requests not answered yet. */
export const requests = { done: [] as Array<{ path: string; ms: number }>, started: 0, inFlight: 0 };

const timedFetch: typeof fetch = async (input, init) => {
  const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
  const start = performance.now();
  requests.started++;
  requests.inFlight++;
  try {
    return await fetch(input, init);
  } finally {
    requests.inFlight--;
    requests.done.push({ path, ms: performance.now() - start });
  }
};

export const restAdapter = () => createRestAdapter({ baseUrl: params.get('api')!, token: params.get('token') ?? 'admin', fetch: timedFetch });

/** Resolves when `test()` holds, checked on every DOM change under `root`; rejects after `ms`. */
export function until(root: Node, test: () => boolean, what: string, ms = 10_000): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${what}: not done after ${ms} ms`));
    }, ms);
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
