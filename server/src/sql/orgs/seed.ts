import { createContext } from '../../../../src/adapters/memory/context.js';
import { orgMembers, orgPosts } from '../../../../src/adapters/memory/world/org-people.js';
import { generateOrgs, orgId, orgName } from '../../../../src/adapters/memory/world/orgs.js';
import { ORG_CLASSIFICATIONS, ORG_LEVELS, type Person } from '../../../../src/domain/orgs.js';
import type { SeedInput } from '../context.js';
import type { SqlRunner, SqlValue } from '../db.js';
import { BulkInsert } from './bulk-insert.js';

/**
 * Fills the orgs tables with exactly the memory adapter's organisation tree for this seed, sizes
 * and epoch: the same generator (same ids, the same breadth-first order as the sort key, the same
 * posts, holders and members), written in multi-row batches inside the caller's transaction.
 */
export async function seedOrgs(tx: SqlRunner, input: SeedInput): Promise<void> {
  const { seed, sizes, epoch } = input;
  // The memory adapter's own context, so the world is the one `createOrgsApi` would generate.
  const memory = createContext({
    seed,
    sizes,
    epoch,
    now: () => epoch,
    session: () => {
      throw new Error('Seeding has no session');
    },
    onChange: () => undefined,
    register: () => undefined,
  });
  // As `createOrgsApi` makes it (the same rng label), but not kept in the world cache: it is needed once.
  const world = generateOrgs(memory.rng('orgs'), memory.areas, sizes.orgNodes);

  // Each distinct name once, numbered in order of first use (the sort key), with how many organisations bear it.
  const nameIds = new Map<string, number>();
  const orgCounts: number[] = [];
  const firstSortKeys: number[] = [];
  for (let i = 0; i < world.size; i++) {
    const name = orgName(world, i);
    let nameId = nameIds.get(name);
    if (nameId === undefined) {
      nameIds.set(name, (nameId = nameIds.size + 1));
      firstSortKeys[nameId] = i;
    }
    orgCounts[nameId] = (orgCounts[nameId] ?? 0) + 1;
  }
  const names = new BulkInsert(tx, 'org_names', ['id', 'name', 'name_lower', 'org_count', 'first_sort_key']);
  for (const [name, nameId] of nameIds) await names.add([nameId, name, name.toLowerCase(), orgCounts[nameId]!, firstSortKeys[nameId]!]);

  const organisations = new BulkInsert(
    tx,
    'organisations',
    ['id', 'parent_id', 'sort_key', 'name', 'name_id', 'classification', 'level', 'area_id', 'child_count', 'member_count'],
    [names],
  );
  const person = ['person_id', 'person_name', 'person_party_member', 'person_phone', 'person_commitments'];
  const personValues = (p: Person | null): SqlValue[] =>
    p ? [p.id, p.name, p.partyMember ? 1 : 0, p.phone ?? null, JSON.stringify(p.commitments)] : [null, null, null, null, null];
  const posts = new BulkInsert(tx, 'org_posts', ['id', 'organisation_id', 'position', 'role', 'label', ...person], [organisations]);
  const memberships = new BulkInsert(tx, 'org_memberships', ['id', 'organisation_id', 'position', 'kind', 'start_date', ...person], [organisations]);

  // Breadth-first, so every parent row is written before its children's.
  for (let i = 0; i < world.size; i++) {
    const parent = world.parent[i]!;
    const name = orgName(world, i);
    await organisations.add([
      orgId(world, i),
      parent === -1 ? null : orgId(world, parent),
      i,
      name,
      nameIds.get(name)!,
      ORG_CLASSIFICATIONS[world.classification[i]!]!,
      ORG_LEVELS[world.level[i]!]!,
      world.areaIds[i]!,
      world.childCount[i]!,
      world.memberCount[i]!,
    ]);
  }
  await organisations.flush();

  for (let i = 0; i < world.size; i++) {
    const id = orgId(world, i);
    for (const [p, post] of orgPosts(world, memory.areas, i).entries()) {
      await posts.add([post.id, id, p + 1, post.role, post.label, ...personValues(post.holder)]);
    }
    for (const [n, m] of orgMembers(world, i, 0, world.memberCount[i]!, epoch).entries()) {
      await memberships.add([m.id, id, n + 1, m.kind, m.startDate, ...personValues(m.person)]);
    }
  }
  await posts.flush();
  await memberships.flush();
}
