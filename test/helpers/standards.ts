/** Where the runner's plugin (test/servers/standards-plugin.mjs) started the standards fixture server. */
let cached: Promise<string> | undefined;

export function standardsServer(): Promise<string> {
  cached ??= fetch('/__standards-server')
    .then((r) => r.json() as Promise<{ url: string }>)
    .then((s) => s.url);
  return cached;
}

/** A fixture file's text, from test/fixtures/standards/ (as the runner serves the repository). */
export async function fixture(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/standards/${path}`);
  if (!response.ok) throw new Error(`no fixture ${path}`);
  return response.text();
}

export interface Route {
  /** A fixture path under test/fixtures/standards/, or a literal body with `body`. */
  file?: string;
  body?: string;
  status?: number;
}

export interface Recorded {
  method: string;
  url: URL;
  body: string;
}

/**
 * A `fetch` that answers from fixture files: `routes` maps "METHOD path" (the URL path after the endpoint, with
 * its extension, e.g. "GET services.json") to a fixture. Unknown routes answer 404. Calls are recorded.
 */
export function fixtureFetch(endpoint: string, routes: Record<string, Route | string>): typeof fetch & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const body = init.body === undefined || init.body === null ? '' : String(init.body);
    calls.push({ method, url, body });
    init.signal?.throwIfAborted();
    const path = url.pathname.slice(new URL(endpoint).pathname.replace(/\/$/, '').length + 1);
    const route = routes[`${method} ${decodeURIComponent(path)}`];
    if (!route) return new Response('[{"code":404,"description":"no route"}]', { status: 404 });
    const r = typeof route === 'string' ? { file: route } : route;
    const text = r.body ?? (await fixture(r.file!));
    return new Response(text, { status: r.status ?? 200 });
  };
  return Object.assign(fake as typeof fetch, { calls });
}
