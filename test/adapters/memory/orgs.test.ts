import { rejection } from '../../helpers/rejection.js';
import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import {
  Membership,
  Organization,
  OrgDetail,
  OrgSearchHit,
  PHONE_PATTERN,
  isMasked,
  pageOf,
  type Organization as Org,
} from '../../../src/domain/index.js';

/** Every child of `parentId`, walking the cursors. */
async function allChildren(adapter: MemoryAdapter, parentId: string, limit = 200): Promise<Org[]> {
  const out: Org[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.orgs.children(parentId, { cursor, limit });
    expect(pageOf(Organization).safeParse(page).success, 'children page matches the schema').to.equal(true);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/**
 * Counts the tree's nodes by walking it down to the compounds and adding their childCount
 * (the building groups), so 100,000 nodes need a few hundred calls, not 100,000.
 */
async function countNodes(adapter: MemoryAdapter): Promise<number> {
  const [root] = await adapter.orgs.roots();
  let count = 1;
  let level: Org[] = [root!];
  while (level.length > 0 && level[0]!.level !== 'compound') {
    const next: Org[] = [];
    for (const node of level) {
      const children = await allChildren(adapter, node.id);
      expect(children).to.have.length(node.childCount);
      for (const child of children) expect(child.parentId).to.equal(node.id);
      next.push(...children);
    }
    count += next.length;
    level = next;
  }
  for (const compound of level) count += compound.childCount;
  return count;
}

/** The first community organisation with at least `minChildren` children. */
async function aCommunity(adapter: MemoryAdapter, minChildren = 1): Promise<Org> {
  const [root] = await adapter.orgs.roots();
  for (const district of await allChildren(adapter, root!.id)) {
    for (const street of await allChildren(adapter, district.id)) {
      for (const community of await allChildren(adapter, street.id)) {
        if (community.childCount >= minChildren) return community;
      }
    }
  }
  throw new Error('no community found');
}

describe('memory adapter: organisations', () => {
  it('gives the same tree for the same seed and another for another seed', async function () {
    this.timeout(30_000); // generates a world on first use; slow machines need the margin
    const a = createMemoryAdapter({ session: 'community-staff' });
    const b = createMemoryAdapter({ session: 'community-staff' });
    const other = createMemoryAdapter({ session: 'community-staff', seed: 7 });
    const community = await aCommunity(a);
    expect(await b.orgs.get(community.id)).to.deep.equal(await a.orgs.get(community.id));
    expect(await b.orgs.members(community.id, { limit: 20 })).to.deep.equal(await a.orgs.members(community.id, { limit: 20 }));
    const [district] = await allChildren(a, 'o-city');
    const names = async (adapter: MemoryAdapter) => (await allChildren(adapter, district!.id)).map((o) => o.name);
    expect(await names(b)).to.deep.equal(await names(a));
    expect(await names(other)).not.to.deep.equal(await names(a));
  });

  it('has one city committee at the root, with districts, streets, communities, compounds and buildings below', async () => {
    const adapter = createMemoryAdapter({ session: 'community-staff' });
    const roots = await adapter.orgs.roots();
    expect(roots).to.have.length(1);
    expect(Organization.safeParse(roots[0]).success).to.equal(true);
    expect(roots[0]).to.include({ id: 'o-city', name: '中共青川市委员会', level: 'city', classification: 'committee', parentId: null });
    const districts = await allChildren(adapter, 'o-city');
    expect(districts).to.have.length(8);
    expect(districts[0]!.name).to.equal('中共青川市东城区委员会');
    expect(districts.every((d) => d.level === 'district' && d.classification === 'committee')).to.equal(true);
    const streets = await allChildren(adapter, districts[0]!.id);
    expect(streets.every((s) => s.level === 'street' && /^中共.+(街道工作委员会|镇委员会)$/.test(s.name))).to.equal(true);
    const community = await aCommunity(adapter, 3);
    expect(['committee', 'general-branch']).to.include(community.classification);
    const compounds = await allChildren(adapter, community.id);
    expect(compounds.every((c) => c.level === 'compound' && c.classification === 'branch' && c.name.endsWith('党支部'))).to.equal(
      true,
    );
    const withGroups = compounds.find((c) => c.childCount > 0);
    expect(withGroups, 'a compound with building groups').to.not.equal(undefined);
    const groups = await allChildren(adapter, withGroups!.id);
    expect(groups.every((g) => g.level === 'building' && g.classification === 'group' && /号楼(\d+单元)?党小组$/.test(g.name))).to.equal(
      true,
    );
    expect(groups.every((g) => g.childCount === 0 && g.head?.role === 'group-leader')).to.equal(true);
  });

  it('makes a realistic default tree of 15,000–25,000 nodes', async function () {
    this.timeout(30_000); // generates a world on first use; slow machines need the margin
    const count = await countNodes(createMemoryAdapter({ session: 'community-staff' }));
    expect(count).to.be.within(15_000, 25_000);
  });

  it('makes about as many nodes as sizes.orgNodes asks, up to 100,000', async function () {
    this.timeout(30_000); // generates a world on first use; slow machines need the margin
    const big = createMemoryAdapter({ session: 'community-staff', sizes: { orgNodes: 100_000 } });
    expect(await countNodes(big)).to.be.closeTo(100_000, 1_000);
    const small = createMemoryAdapter({ session: 'community-staff', sizes: { orgNodes: 300 } });
    expect(await countNodes(small)).to.be.closeTo(300, 10);
  });

  it('pages through children to the end with cursors and refuses a bad cursor', async () => {
    const adapter = createMemoryAdapter({ session: 'community-staff' });
    const community = await aCommunity(adapter, 7);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof adapter.orgs.children>> = await adapter.orgs.children(community.id, { cursor, limit: 3 });
      expect(page.total).to.equal(community.childCount);
      expect(page.items.length).to.be.at.most(3);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).to.equal(Math.ceil(community.childCount / 3));
    expect(new Set(seen).size).to.equal(community.childCount);
    expect(seen).to.deep.equal((await allChildren(adapter, community.id)).map((o) => o.id));

    const bad = await rejection(adapter.orgs.children(community.id, { cursor: 'not-a-cursor!' }));
    expect(bad.code).to.equal('validation');
    expect(bad.fieldErrors).to.have.property('cursor');
    expect((await rejection(adapter.orgs.members(community.id, { cursor: btoa('x:1') }))).code).to.equal('validation');
  });

  it('answers not_found for an unknown organisation', async () => {
    const adapter = createMemoryAdapter({ session: 'community-staff' });
    for (const id of ['nope', 'o-d99', 'o-d01-s01-c01-g1-p1-b1-u99', 'o-city-x']) {
      expect((await rejection(adapter.orgs.get(id))).code, id).to.equal('not_found');
    }
    expect((await rejection(adapter.orgs.children('o-nope'))).code).to.equal('not_found');
    expect((await rejection(adapter.orgs.members('o-nope'))).code).to.equal('not_found');
  });

  it('gives an organisation with its path from the root and its posts with holders', async () => {
    const adapter = createMemoryAdapter({ session: 'community-staff' });
    const community = await aCommunity(adapter, 1);
    const [compound] = await allChildren(adapter, community.id);
    const detail = await adapter.orgs.get(compound!.id);
    expect(OrgDetail.safeParse(detail).success).to.equal(true);
    expect(detail.organization).to.deep.equal(compound);
    expect(detail.path.map((p) => p.id)[0]).to.equal('o-city');
    expect(detail.path.at(-1)).to.deep.equal({ id: community.id, name: community.name });
    expect(detail.path).to.have.length(4);
    expect(detail.posts[0]!.role).to.equal('secretary');
    expect(detail.posts[0]!.holder!.name).to.equal(compound!.head!.name);
    expect(detail.posts[0]!.holder!.id).to.equal(compound!.head!.personId);

    const communityDetail = await adapter.orgs.get(community.id);
    const roles = communityDetail.posts.map((p) => p.role);
    expect(roles).to.include.members(['secretary', 'deputy-secretary', 'committee-member', 'grid-worker']);
    const grids = await adapter.areas.children(community.areaId!, { limit: 200 });
    expect(roles.filter((r) => r === 'grid-worker')).to.have.length(grids.items.length);
    for (const post of communityDetail.posts) {
      expect(post.organizationId).to.equal(community.id);
      expect(post.holder!.commitments.length).to.be.within(1, 3);
    }
  });

  it('pages through the members of an organisation, the same on every call', async () => {
    const adapter = createMemoryAdapter({ session: 'community-staff' });
    const community = await aCommunity(adapter, 1);
    const members: Membership[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof adapter.orgs.members>> = await adapter.orgs.members(community.id, { cursor, limit: 25 });
      expect(pageOf(Membership).safeParse(page).success).to.equal(true);
      expect(page.total).to.equal(community.memberCount);
      members.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(members).to.have.length(community.memberCount);
    expect(new Set(members.map((m) => m.person.id)).size).to.equal(members.length);
    expect(members.every((m) => m.organizationId === community.id && m.person.partyMember)).to.equal(true);
    const kinds = new Set(members.map((m) => m.kind));
    expect([...kinds].sort()).to.deep.equal(['member', 'reported-in']);
    const again = await adapter.orgs.members(community.id, { cursor: (await adapter.orgs.members(community.id, { limit: 25 })).nextCursor, limit: 25 });
    expect(again.items).to.deep.equal(members.slice(25, 50));
  });

  it('finds organisations by name with the path to reveal each hit', async () => {
    const adapter = createMemoryAdapter({ session: 'community-staff' });
    const community = await aCommunity(adapter, 1);
    const [compound] = await allChildren(adapter, community.id);
    const hits = await adapter.orgs.search(compound!.name, { limit: 200 });
    expect(pageOf(OrgSearchHit).safeParse(hits).success).to.equal(true);
    const hit = hits.items.find((h) => h.organization.id === compound!.id);
    expect(hit, 'the compound is among the hits').to.not.equal(undefined);
    expect(hit!.path.map((p) => p.id)).to.deep.equal((await adapter.orgs.get(compound!.id)).path.map((p) => p.id));

    const groups = await adapter.orgs.search('  党小组 ', { limit: 50 });
    expect(groups.total).to.be.greaterThan(1000);
    expect(groups.items.every((h) => h.organization.name.includes('党小组') && h.path.length === 5)).to.equal(true);
    const second = await adapter.orgs.search('党小组', { limit: 50, cursor: groups.nextCursor });
    expect(second.items[0]!.organization.id).to.not.equal(groups.items[0]!.organization.id);
    expect(await adapter.orgs.search('   ')).to.deep.equal({ items: [], nextCursor: null, total: 0 });
    expect((await adapter.orgs.search('没有这个组织名称')).total).to.equal(0);
    expect((await rejection(adapter.orgs.search('党'.repeat(101)))).code).to.equal('validation');
  });

  it('searches a 100,000-node tree and reveals deep hits', async function () {
    this.timeout(30_000); // generates a world on first use; slow machines need the margin
    const adapter = createMemoryAdapter({ session: 'community-staff', sizes: { orgNodes: 100_000 } });
    const page = await adapter.orgs.search('2单元党小组', { limit: 10 });
    expect(page.total).to.be.greaterThan(10_000);
    for (const hit of page.items) {
      expect(OrgSearchHit.safeParse(hit).success).to.equal(true);
      const detail = await adapter.orgs.get(hit.organization.id);
      expect(detail.path).to.deep.equal(hit.path);
      expect(hit.path.at(-1)!.id).to.equal(hit.organization.parentId);
    }
  });

  it('masks contact details unless the session has org:contact', async () => {
    const adapter = createMemoryAdapter({ session: 'resident' });
    const community = await aCommunity(adapter, 1);
    const phones = async () => {
      const detail = await adapter.orgs.get(community.id);
      const members = await adapter.orgs.members(community.id, { limit: 10 });
      return [...detail.posts.map((p) => p.holder!.phone!), ...members.items.map((m) => m.person.phone!)];
    };
    const masked = await phones();
    expect(masked.every((p) => isMasked(p) && /^1\d{2}\*{4}\d{4}$/.test(p))).to.equal(true);
    adapter.control.setSession('community-staff');
    const clear = await phones();
    expect(clear.every((p) => PHONE_PATTERN.test(p))).to.equal(true);
    expect(clear.map((p) => `${p.slice(0, 3)}****${p.slice(7)}`)).to.deep.equal(masked);
  });
});
