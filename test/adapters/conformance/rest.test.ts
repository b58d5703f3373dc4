import { defineAdapterConformance } from '../../../src/adapters/conformance/index.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { restServers } from '../../helpers/rest-servers.js';

// The RestAdapter against the reference server over real HTTP on loopback; the token names the persona.
defineAdapterConformance(
  { describe, it },
  {
    name: 'rest (reference server)',
    create: async (persona) =>
      createRestAdapter({
        baseUrl: (await restServers()).reference,
        token: persona === 'anonymous' ? undefined : persona,
        timeoutMs: 8000,
        retries: 1,
        backoffMs: 50,
      }),
  },
);
