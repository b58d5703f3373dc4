import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { createPopoloOrgs, type PopoloSource } from '../../../src/adapters/popolo/index.js';
import { parseResponse } from '../../../src/adapters/validating.js';
import { orgsResponses } from '../../../src/adapters/response-schemas/orgs.js';
import type { OrgsApi } from '../../../src/adapters/contract.js';
import { fixture, standardsServer } from '../../helpers/standards.js';

const BASE = '/test/fixtures/standards/';
const json = async (path: string) => JSON.parse(await fixture(path)) as Record<string, unknown>;
const failure = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string }) => e.code);

/** The orgs group, every answer checked against the contract's schemas as a widget would. */
function checked(source: PopoloSource, options = {}): OrgsApi {
  const { orgs } = createPopoloOrgs(source, options);
  type Method = Exclude<keyof OrgsApi, 'hints'>; // data beside the methods
  const schemas = orgsResponses as Record<Method, z.ZodMiniType>;
  const wrap = <K extends Method>(method: K) =>
    (async (...args: unknown[]) => parseResponse(schemas[method], await (orgs[method] as (...a: unknown[]) => Promise<unknown>)(...args), `orgs.${method}`)) as OrgsApi[K];
  return { roots: wrap('roots'), children: wrap('children'), get: wrap('get'), members: wrap('members'), search: wrap('search') };
}

async function all<T>(fetchPage: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await fetchPage(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe('popolo: a party organisation tree (own export with parent_id)', () => {
  const source = `${BASE}own/popolo/community-party-tree.json`;

  it('builds the tree from parent_id (or an embedded parent), with levels and classifications from free text', async () => {
    const orgs = checked(source);
    const roots = await orgs.roots();
    expect(roots.map((r) => [r.id, r.name, r.classification, r.level, r.childCount])).to.deep.equal([['dc', '东城区委', 'committee', 'district', 1]]);
    const [street] = (await orgs.children('dc')).items;
    expect(street).to.include({ id: 'hpl', classification: 'committee', level: 'street', childCount: 2 });
    const communities = (await orgs.children('hpl')).items;
    expect(communities.map((c) => [c.id, c.parentId])).to.deep.equal([
      ['hpl-bei', 'hpl'],
      ['qnh', 'hpl'], // "parent": { "id": "hpl" } instead of parent_id
    ]);
    const below = await all((cursor) => orgs.children('hpl-bei', { cursor, limit: 3 }));
    expect(below.map((o) => o.id)).to.deep.equal(['hpl-bei-g1', 'hpl-bei-g2', 'hpl-bei-retired', ...[3, 4, 5, 6, 7, 8].map((i) => `hpl-bei-g${i}`)]);
    expect(below.find((o) => o.id === 'hpl-bei-g2')!.classification).to.equal('branch'); // 党支部
    expect(below.find((o) => o.id === 'hpl-bei-retired')).to.include({ classification: 'general-branch', level: 'compound' }); // by depth
    expect((await orgs.children('hpl-bei-g1')).items[0]).to.include({ classification: 'group', level: 'building' });
  });

  it('fills the detail: posts with their holders (embedded or by id), the head, the path', async () => {
    const orgs = checked(source);
    const detail = await orgs.get('hpl-bei');
    expect(detail.path).to.deep.equal([
      { id: 'dc', name: '东城区委' },
      { id: 'hpl', name: '和平里街道党工委' },
    ]);
    expect(detail.posts.map((p) => [p.label, p.role, p.holder?.name])).to.deep.equal([
      ['社区党委书记', 'secretary', '王秀英'],
      ['社区党委副书记', 'deputy-secretary', '陈明'],
    ]);
    expect(detail.organization.head).to.deep.equal({ personId: 'p-wang', name: '王秀英', role: 'secretary' });
    const g1 = await orgs.get('hpl-bei-g1');
    expect(g1.posts.map((p) => [p.label, p.role])).to.deep.equal([
      ['第一网格党支部书记', 'secretary'],
      ['网格员', 'grid-worker'], // a post naming its organization by an embedded object
    ]);
    expect(g1.organization.head).to.deep.include({ name: '李建国' }); // from the membership's role "branch secretary"
  });

  it('pages members: embedded persons, organisation_id, given_names, year-only dates, ended memberships left out, phones masked', async () => {
    const orgs = checked(source);
    const members = await all((cursor) => orgs.members('hpl-bei-g1', { cursor, limit: 10 }));
    expect(members).to.have.length(33);
    const by = (name: string) => members.find((m) => m.person.name === name)!;
    expect(by('李建国')).to.deep.include({ startDate: '2020-01-15', kind: 'member' }); // organisation_id
    expect(by('张丽华')).to.deep.include({ startDate: '2022-01-01' }); // given_names + family_name; embedded organization; "2022"
    expect(by('孙桂兰')).to.deep.include({ startDate: '2024-09-01', kind: 'reported-in' });
    const top = await orgs.members('hpl-bei');
    const wang = top.items.find((m) => m.person.id === 'p-wang')!;
    expect(wang.person).to.deep.equal({
      id: 'p-wang',
      name: '王秀英',
      partyMember: true,
      phone: '139****5678',
      commitments: ['每周二上午在党群服务中心接待居民', '帮助独居老人代购药品'],
    });
    expect(wang.startDate).to.equal('2019-01-01');
    expect((await orgs.members('qnh')).items).to.deep.equal([]); // 2010–2018: over
    expect((await orgs.members('hpl-bei-g1-b3')).items[0]!.person.partyMember).to.equal(false);
    expect((await checked(source, { revealContacts: true }).members('hpl-bei')).items[0]!.person.phone).to.equal('13912345678');
  });

  it('searches names with the path to reveal each hit; refuses forged cursors; unknown ids are not_found', async () => {
    const orgs = checked(source);
    const hits = await orgs.search('网格党支部');
    expect(hits.total).to.equal(8);
    expect(hits.items[0]!.path.map((p) => p.id)).to.deep.equal(['dc', 'hpl', 'hpl-bei']);
    expect((await orgs.search('3号楼')).items[0]!.path.map((p) => p.id)).to.deep.equal(['dc', 'hpl', 'hpl-bei', 'hpl-bei-g1']);
    expect(await failure(orgs.children('hpl', { cursor: 'forged' }))).to.equal('validation');
    expect(await failure(orgs.get('nope'))).to.equal('not_found');
    expect(await failure(orgs.members('nope'))).to.equal('not_found');
  });
});

describe('popolo: the spec examples', () => {
  it('reads an organization whose parent is not in the export as a root', async () => {
    const orgs = checked({ organizations: [await json('popolo/spec/examples/organization.json')] });
    expect((await orgs.roots()).map((o) => [o.id, o.name, o.classification, o.parentId])).to.deep.equal([['abc-inc', 'ABC, Inc.', 'committee', null]]);
  });

  it('reads embedded memberships, posts, persons and organizations instead of ids', async () => {
    const orgs = checked({
      organizations: [await json('popolo/spec/examples/embedding-organization.json')],
      persons: [await json('popolo/spec/examples/person.json')],
      memberships: [await json('popolo/spec/examples/embedding-membership.json'), await json('popolo/spec/examples/membership.json')],
      posts: [await json('popolo/spec/examples/post.json')],
    });
    const detail = await orgs.get('abc-inc');
    // Chef and kitchen assistant memberships ended long ago: no holders now.
    expect(detail.posts.map((p) => [p.id, p.holder])).to.deep.equal([
      ['abc-inc-kitchen-assistant', null],
      ['abc-inc-chef', null],
    ]);
    expect((await orgs.members('abc-inc')).total).to.equal(0);
    const person = await json('popolo/spec/examples/embedding-person.json');
    const withPerson = checked({ organizations: [{ id: 'abc-inc', name: 'ABC, Inc.' }], persons: [{ ...person, memberships: [{ organization_id: 'abc-inc', start_date: '1970' }] }] });
    expect((await withPerson.members('abc-inc')).items[0]).to.deep.include({ startDate: '1970-01-01' });
  });

  it('reads the appendix: invalid JSON (trailing comma), a person without id, an organization as a member, year-only dates', async () => {
    const committee = checked({
      organizations: [await json('popolo/spec/appendix-examples/committee-promotion-organization.json')],
      persons: [await json('popolo/spec/appendix-examples/committee-promotion-person.json')],
    });
    const detail = await committee.get('standing-committee-on-finance');
    expect(detail.posts[0]).to.deep.include({ role: 'secretary', holder: { id: 'person-1', name: 'Jane Q. Citizen', partyMember: true, commitments: [] } });
    expect(detail.organization.head).to.deep.include({ name: 'Jane Q. Citizen', role: 'secretary' }); // the "Chair" post
    expect((await committee.members('standing-committee-on-finance')).items.map((m) => m.startDate)).to.deep.equal(['2013-01-01']);
    const invalid = checked(`${BASE}popolo/spec/appendix-examples/party-affiliation-organization-INVALID-trailing-comma.json`);
    expect((await invalid.get('house-of-commons')).posts.map((p) => p.label)).to.deep.equal(['Member of Parliament for Avalon']);
    const coalition = checked({ organizations: [{ id: 'government', ...(await json('popolo/spec/appendix-examples/party-coalition-organization.json')) }] });
    expect((await coalition.members('government')).total).to.equal(0); // members are organizations, not people
    const parties = checked({
      organizations: [{ id: 'house-of-commons', name: 'House of Commons' }, { id: 'abc-party', name: 'ABC Party', classification: 'party' }],
      persons: [await json('popolo/spec/appendix-examples/party-affiliation-person.json')],
    });
    expect((await parties.members('abc-party')).items.map((m) => [m.person.name, m.startDate])).to.deep.equal([['Mr. John Q. Public, Esq.', '2001-01-01']]);
    expect((await parties.members('house-of-commons')).total).to.equal(0); // 2000–2004
  });
});

describe('popolo: real exports', () => {
  it('Kenya (EveryPolitician): flat, posts held through memberships, dates from the legislative period', async () => {
    const orgs = checked(`${BASE}popolo/real-world/kenya-ep-popolo-v1.0.trimmed.json`);
    const roots = await orgs.roots();
    expect(roots).to.have.length(7);
    expect(roots.every((r) => r.parentId === null && r.childCount === 0)).to.equal(true);
    const assembly = '574eff8e-8171-4f2b-8279-60ed8dec1a2a';
    const detail = await orgs.get(assembly);
    expect(detail.posts.map((p) => p.label)).to.deep.equal(['Nominated Representative', "Women's Representative"]);
    expect(detail.posts.every((p) => p.holder !== null)).to.equal(true);
    const members = await all((cursor) => orgs.members(assembly, { cursor, limit: 7 }));
    expect(members).to.have.length(20);
    // No start_date: the start of the legislative period (term/11); one member came in at a by-election.
    expect(members.filter((m) => m.startDate === '2013-03-28')).to.have.length(19);
    expect(members.filter((m) => m.startDate === '2014-08-11')).to.have.length(1);
  });

  it('Tasmania: ids with apostrophes, memberships without ids or dates, a Mayor as head, extra top-level keys', async () => {
    const orgs = checked(`${BASE}popolo/real-world/au-tas-local-councillor-popolo.trimmed.json`);
    const council = await orgs.get("legislature/break_o'day_council");
    expect(council.organization.head).to.deep.include({ role: 'secretary' });
    const members = (await orgs.members("legislature/break_o'day_council", { limit: 50 })).items;
    expect(members.length).to.equal(11); // nine councillors, two of them also Mayor and Deputy Mayor
    expect(council.organization.memberCount).to.equal(9);
    expect(members.every((m) => m.startDate === null)).to.equal(true);
    expect((await orgs.search("o'day")).items.map((h) => h.organization.id)).to.deep.equal(["legislature/break_o'day_council"]);
  });

  it('PopIt: JSON Lines, one file per kind; given_names, _id and slug; free-text classifications; an embedded area', async () => {
    const orgs = checked({
      organizations: `${BASE}popolo/real-world/popit-za-organizations.selected.jsonl`,
      persons: `${BASE}popolo/real-world/popit-za-persons.selected.jsonl`,
      memberships: `${BASE}popolo/real-world/popit-za-memberships.selected.jsonl`,
    });
    const roots = await orgs.roots();
    expect(roots).to.have.length(12);
    expect(roots.find((r) => r.id === 'org.mysociety.za/committee_pmg/1')!.classification).to.equal('committee'); // "National Assembly Committees"
    const anc = await orgs.members('org.mysociety.za/party/anc', { limit: 50 });
    expect(anc.items.length).to.be.greaterThan(0);
    expect(anc.items.every((m) => m.person.name.length > 0)).to.equal(true);
  });

  it('answers what cannot be used with a clear error', async () => {
    // Memberships alone: no organizations.
    expect(await failure(createPopoloOrgs(`${BASE}popolo/real-world/popit-za-memberships.selected.jsonl`).orgs.roots())).to.equal('invalid_response');
    expect(await failure(createPopoloOrgs(`${BASE}own/open311/error-bare-message.txt`).orgs.roots())).to.equal('invalid_response');
    expect(await failure(createPopoloOrgs(`${await standardsServer()}/files/no-such-export.json`).orgs.roots())).to.equal('not_found');
    const offline = createPopoloOrgs('https://exports.example/popolo.json', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await failure(offline.orgs.roots())).to.equal('network');
  });
});
