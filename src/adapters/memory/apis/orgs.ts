import type { NamedRef } from '../../../domain/common.js';
import { LIMITS } from '../../../domain/common.js';
import { maskPhone } from '../../../domain/masking.js';
import { ORG_CLASSIFICATIONS, ORG_LEVELS, type Organization, type Person } from '../../../domain/orgs.js';
import { hasPermission } from '../../../domain/session.js';
import type { OrgsApi, PageOptions } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { MemoryContext } from '../context.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor } from '../paging.js';
import { orgHead, orgMembers, orgPosts } from '../world/org-people.js';
import { findOrg, generateOrgs, orgAncestors, orgId, orgName, searchOrgNames, type OrgWorld } from '../world/orgs.js';

export function createOrgsApi(ctx: MemoryContext): OrgsApi {
  // Made on first use: an adapter used only for cases never pays for the tree.
  let cached: OrgWorld | undefined;
  const world = () =>
    (cached ??= ctx.world('orgs', () => generateOrgs(ctx.rng('orgs'), ctx.areas, ctx.sizes.orgNodes)));

  const find = (id: string): number => {
    const index = findOrg(world(), id);
    if (index === -1) throw new AdapterError('not_found', `No organisation ${id}`);
    return index;
  };
  const org = (i: number): Organization => toOrganization(world(), i);
  const path = (i: number): NamedRef[] =>
    orgAncestors(world(), i).map((p) => ({ id: orgId(world(), p), name: orgName(world(), p) }));
  // Contact details are for staff; everyone else sees them masked.
  const person = (p: Person): Person =>
    hasPermission(ctx.session(), 'org:contact') || p.phone === undefined ? p : { ...p, phone: maskPhone(p.phone) };

  return {
    async roots() {
      return [org(0)];
    },
    async children(parentId, options = {}) {
      const w = world();
      const parent = find(parentId);
      const { offset, end, nextCursor } = pageRange(w.childCount[parent]!, options);
      const items: Organization[] = [];
      for (let i = offset; i < end; i++) items.push(org(w.firstChild[parent]! + i));
      return { items, nextCursor, total: w.childCount[parent]! };
    },
    async get(id) {
      const i = find(id);
      const posts = orgPosts(world(), ctx.areas, i).map((post) => ({ ...post, holder: post.holder && person(post.holder) }));
      return { organization: org(i), path: path(i), posts };
    },
    async members(organizationId, options = {}) {
      const w = world();
      const i = find(organizationId);
      const { offset, end, nextCursor } = pageRange(w.memberCount[i]!, options);
      const items = orgMembers(w, i, offset, end - offset, ctx.epoch).map((m) => ({ ...m, person: person(m.person) }));
      return { items, nextCursor, total: w.memberCount[i]! };
    },
    async search(text, options = {}) {
      const needle = text.trim();
      if (needle.length > LIMITS.search) {
        throw new AdapterError('validation', 'Search text too long', {
          fieldErrors: { text: { code: 'too_long', max: LIMITS.search } },
        });
      }
      const hits = needle ? searchOrgNames(world(), needle) : [];
      const { offset, end, nextCursor } = pageRange(hits.length, options);
      const items = hits.slice(offset, end).map((i) => ({ organization: org(i), path: path(i) }));
      return { items, nextCursor, total: hits.length };
    },
  };
}

function toOrganization(w: OrgWorld, i: number): Organization {
  const parent = w.parent[i]!;
  return {
    id: orgId(w, i),
    name: orgName(w, i),
    classification: ORG_CLASSIFICATIONS[w.classification[i]!]!,
    level: ORG_LEVELS[w.level[i]!]!,
    parentId: parent === -1 ? null : orgId(w, parent),
    areaId: w.areaIds[i]!,
    childCount: w.childCount[i]!,
    memberCount: w.memberCount[i]!,
    head: orgHead(w, i),
  };
}

/** Cursor paging over a count, so long lists (members, search hits) are never materialised whole. */
function pageRange(total: number, options: PageOptions): { offset: number; end: number; nextCursor: string | null } {
  const offset = Math.min(decodeCursor(options.cursor), total);
  const limit = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(options.limit ?? DEFAULT_PAGE_SIZE)));
  const end = Math.min(total, offset + limit);
  return { offset, end, nextCursor: end < total ? encodeCursor(end) : null };
}
