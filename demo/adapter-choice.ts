// Which backend the demo portal talks to: the built-in memory adapter (default), the reference server over
// HTTP with `?backend=rest` or VITE_BACKEND=rest (`npm run demo:rest` sets it), or the standards with
// `?backend=standards` or VITE_BACKEND=standards (`npm run demo:standards`): cases from an Open311 server,
// services from an HSDS API and the organisation tree from a Popolo export, all served from the test fixtures;
// sign-in, areas and volunteers stay with the memory adapter, as a portal keeps its own.
import type { Adapter } from '../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryControl, type PersonaName } from '../src/adapters/memory/index.js';
import { createRestAdapter } from '../src/adapters/rest/index.js';
import { createOpen311Adapter } from '../src/adapters/open311/index.js';
import { createHsdsAdapter } from '../src/adapters/hsds/index.js';
import { createPopoloOrgs } from '../src/adapters/popolo/index.js';

/** What the demo needs from either backend. */
export interface DemoAdapter extends Adapter {
  readonly control: Pick<MemoryControl, 'setSession' | 'clearSaved' | 'flush'>;
}

const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

export function demoBackend(): 'memory' | 'rest' | 'standards' {
  const chosen = new URLSearchParams(location.search).get('backend') ?? env.VITE_BACKEND;
  return chosen === 'rest' || chosen === 'standards' ? chosen : 'memory';
}

/** The portal's own session, areas and volunteers (memory), with cases, services and organisations from the standards. */
function createStandardsDemoAdapter(persona: PersonaName): DemoAdapter {
  const base = env.VITE_STANDARDS_URL ?? 'http://127.0.0.1:8788';
  const portal = createMemoryAdapter({ persist: true, latency: [80, 250], session: persona });
  let requests = 0;
  return {
    name: `standards ${base}`,
    session: portal.session,
    areas: portal.areas,
    volunteers: portal.volunteers,
    cases: createOpen311Adapter({ endpoint: `${base}/open311/live`, format: 'json', timeZone: 'Asia/Shanghai' }).cases,
    services: createHsdsAdapter({
      endpoint: `${base}/hsds`,
      // HSDS is read-only: a portal hands requests to its own back office; the demo makes up a reference.
      request: async () => ({ referenceNumber: `PORTAL-${String(++requests).padStart(4, '0')}` }),
    }).services,
    orgs: createPopoloOrgs(`${base}/files/own/popolo/community-party-tree.json`, { rootLevel: 'district' }).orgs,
    control: portal.control,
  };
}

export function createDemoAdapter(persona: PersonaName): DemoAdapter {
  if (demoBackend() === 'memory') return createMemoryAdapter({ persist: true, latency: [120, 450], session: persona });
  if (demoBackend() === 'standards') return createStandardsDemoAdapter(persona);
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
