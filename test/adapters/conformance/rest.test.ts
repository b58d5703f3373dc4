import { defineAdapterConformance } from '../../../src/adapters/conformance/index.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { restServers } from '../../helpers/rest-servers.js';

// The RestAdapter against the reference server over real HTTP on loopback; the token names the persona.
// The kit looks at the adapter while registering, so the server's address is fetched first.
const { reference } = await restServers();
defineAdapterConformance(
  { describe, it },
  {
    name: 'rest (reference server)',
    create: (persona) =>
      createRestAdapter({
        baseUrl: reference,
        token: persona === 'anonymous' ? undefined : persona,
        timeoutMs: 8000,
        retries: 1,
        backoffMs: 50,
      }),
  },
);
