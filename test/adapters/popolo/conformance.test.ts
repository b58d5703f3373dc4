import { defineAdapterConformance } from '../../../src/adapters/conformance/index.js';
import { createPopoloOrgs } from '../../../src/adapters/popolo/index.js';
import { standardsServer } from '../../helpers/standards.js';

// The Popolo adapter on exports fetched over HTTP from the standards fixture server: the kit's `orgs` clauses, on
// our party tree (parent_id), on a flat national export (EveryPolitician Kenya) and on PopIt's JSON Lines files.
const files = `${await standardsServer()}/files`;
const sources = {
  'party tree (own)': `${files}/own/popolo/community-party-tree.json`,
  'Kenya (EveryPolitician)': `${files}/popolo/real-world/kenya-ep-popolo-v1.0.trimmed.json`,
  'South Africa (PopIt JSON Lines)': {
    organizations: `${files}/popolo/real-world/popit-za-organizations.selected.jsonl`,
    persons: `${files}/popolo/real-world/popit-za-persons.selected.jsonl`,
    memberships: `${files}/popolo/real-world/popit-za-memberships.selected.jsonl`,
  },
};
for (const [name, source] of Object.entries(sources)) {
  const adapter = createPopoloOrgs(source);
  defineAdapterConformance({ describe, it }, { name: `popolo ${name}`, create: () => adapter });
}
