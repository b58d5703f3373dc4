import { defineAdapterConformance } from '../../../src/adapters/conformance/index.js';
import { createOpen311Adapter } from '../../../src/adapters/open311/index.js';
import { standardsServer } from '../../helpers/standards.js';

// The Open311 adapter over real HTTP against the standards fixture server (test/servers/standards-server.mjs):
// the `cases` clauses of the kit, in JSON and in XML, and against a batch server that answers with tokens.
const server = await standardsServer();
for (const [profile, format] of [
  ['live', 'json'],
  ['live', 'xml'],
  ['batch', 'json'],
] as const) {
  // One adapter for every persona: Open311 has no sessions.
  const adapter = createOpen311Adapter({ endpoint: `${server}/open311/${profile}`, format, jurisdictionId: 'test.example' });
  defineAdapterConformance({ describe, it }, { name: `open311 ${profile} ${format}`, create: () => adapter });
}
