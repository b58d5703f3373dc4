// Which backend the demo portal talks to: the built-in memory adapter (default), or the reference
// server over HTTP with `?backend=rest` or VITE_BACKEND=rest (`npm run demo:rest` sets it).
import type { Adapter } from '../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryControl, type PersonaName } from '../src/adapters/memory/index.js';
import { createRestAdapter } from '../src/adapters/rest/index.js';

/** What the demo needs from either backend. */
export interface DemoAdapter extends Adapter {
  readonly control: Pick<MemoryControl, 'setSession' | 'clearSaved' | 'flush'>;
}

const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

export function demoBackend(): 'memory' | 'rest' {
  const fromQuery = new URLSearchParams(location.search).get('backend');
  return (fromQuery ?? env.VITE_BACKEND) === 'rest' ? 'rest' : 'memory';
}

export function createDemoAdapter(persona: PersonaName): DemoAdapter {
  if (demoBackend() === 'memory') return createMemoryAdapter({ persist: true, latency: [120, 450], session: persona });
  // The reference server's tokens are persona names; switching persona switches the token.
  let token: PersonaName = persona;
  const rest = createRestAdapter({
    baseUrl: env.VITE_REST_URL ?? 'http://127.0.0.1:8787',
    token: () => (token === 'anonymous' ? undefined : token),
  });
  return {
    ...rest,
    control: {
      setSession: (next) => {
        if (typeof next === 'string') token = next;
      },
      clearSaved: () => undefined, // The server keeps its data; delete its SQLite file to start over.
      flush: () => undefined,
    },
  };
}
