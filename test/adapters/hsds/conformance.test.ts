import { defineAdapterConformance } from '../../../src/adapters/conformance/index.js';
import { createHsdsAdapter } from '../../../src/adapters/hsds/index.js';
import { standardsServer } from '../../helpers/standards.js';

// The HSDS adapter over real HTTP against the standards fixture server: the kit's `services` clauses, with a
// portal hook for requests (HSDS is read-only).
const server = await standardsServer();
let n = 0;
const adapter = createHsdsAdapter({
  endpoint: `${server}/hsds`,
  request: async () => ({ referenceNumber: `PORTAL-${++n}` }),
});
defineAdapterConformance({ describe, it }, { name: 'hsds (fixture server)', create: () => adapter });
