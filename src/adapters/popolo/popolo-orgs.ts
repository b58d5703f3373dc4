import { cityDate } from '../../domain/city-clock.js';
import type { NamedRef, Page } from '../../domain/common.js';
import { maskPhone } from '../../domain/masking.js';
import {
  ORG_LEVELS,
  type Membership,
  type OrgClassification,
  type OrgDetail,
  type OrgLevel,
  type Organization,
  type Person,
  type Post,
  type PostRole,
} from '../../domain/orgs.js';
import type { Adapter, CallOptions, OrgsApi, PageOptions } from '../contract.js';
import { AdapterError } from '../errors.js';
import { isoDate } from '../wire/dates.js';
import { codeForStatus, fetchText } from '../wire/fetch-text.js';
import { flag, idOf, isRecord, listOf, plainText, text } from '../wire/values.js';
import { POPOLO_DEFAULTS, type PopoloOptions, type PopoloPart, type PopoloSource } from './options.js';
import { addDocument, documents, emptyRaw, flatten, type Kind, type RawPopolo } from './parse.js';

export interface PopoloOrgs extends Adapter {
  readonly name: string;
  readonly orgs: OrgsApi;
}

/** Free-text `classification` (English or Chinese) onto the four kinds of party organisation. */
export function classify(value: unknown): OrgClassification {
  const t = (text(value) ?? '').toLowerCase();
  if (/general|总支/.test(t)) return 'general-branch';
  if (/branch|支部/.test(t)) return 'branch';
  if (/group|小组/.test(t)) return 'group';
  return 'committee';
}

/** A post's or membership's role text onto the post roles; the label keeps the words. */
export function roleOf(value: unknown): PostRole | null {
  const t = (text(value) ?? '').toLowerCase();
  if (!t) return null;
  if (/deputy|vice|副/.test(t)) return 'deputy-secretary';
  if (/grid|网格/.test(t)) return 'grid-worker';
  if (/building|楼/.test(t)) return 'building-head';
  if (/group leader|组长/.test(t)) return 'group-leader';
  if (/secretary|书记|chair|mayor|head|leader/.test(t)) return 'secretary';
  if (/committee|委员/.test(t)) return 'committee-member';
  return null;
}

interface Node {
  org: Organization;
  raw: Record<string, unknown>;
  children: string[];
}

interface Index {
  nodes: Map<string, Node>;
  roots: string[];
  posts: Map<string, Post[]>;
  members: Map<string, Membership[]>;
  names: Array<{ id: string; text: string }>;
}

const PAGE_LIMIT = 200;

/**
 * The `orgs` group from a Popolo export (an object, or where to fetch it): `organizations` with `parent_id` and
 * `classification` are the tree; `posts` and `memberships` (with `person_id` or an embedded person) fill the
 * detail. The export is read once, on first use, into an index; every call pages from it.
 */
export function createPopoloOrgs(source: PopoloSource, options: PopoloOptions = {}): PopoloOrgs {
  const o = { ...POPOLO_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as PopoloOptions &
    typeof POPOLO_DEFAULTS;
  let index: Promise<Index> | undefined;

  async function fetchPart(url: string | URL, kind: Kind | undefined, raw: RawPopolo, opts: CallOptions): Promise<void> {
    const where = `popolo GET ${String(url)}`;
    const response = await fetchText(String(url), { headers: { Accept: 'application/json' } }, { fetch: options.fetch, timeoutMs: o.timeoutMs, signal: opts.signal, where });
    if (!response.ok) throw new AdapterError(codeForStatus(response.status), `${where}: HTTP ${response.status}`);
    let docs: unknown[];
    try {
      docs = documents(response.text);
    } catch (e) {
      throw new AdapterError('invalid_response', `${where}: neither JSON nor JSON Lines`, { cause: e });
    }
    for (const doc of docs) addDocument(raw, doc, kind);
  }

  async function load(opts: CallOptions): Promise<RawPopolo> {
    const raw = emptyRaw();
    if (typeof source === 'string' || source instanceof URL) await fetchPart(source, undefined, raw, opts);
    else {
      for (const [kind, part] of Object.entries(source) as Array<[Kind, PopoloPart | undefined]>) {
        if (!['organizations', 'persons', 'memberships', 'posts', 'events'].includes(kind) || part === undefined) continue;
        if (typeof part === 'string' || part instanceof URL) await fetchPart(part, kind, raw, opts);
        else addDocument(raw, [...part], kind);
      }
    }
    return flatten(raw);
  }

  function build(raw: RawPopolo): Index {
    const today = cityDate();
    const current = (m: Record<string, unknown>) => {
      const end = isoDate(m.end_date);
      return !end || end >= today;
    };
    // Organizations: the first full record of each id wins; an embedded reference only fills a gap.
    const rawOrgs = new Map<string, Record<string, unknown>>();
    for (const r of raw.organizations) {
      const id = idOf(r.id);
      if (!id) continue;
      const had = rawOrgs.get(id);
      if (!had || Object.keys(r).length > Object.keys(had).length) rawOrgs.set(id, had ? { ...r, ...had } : r);
    }
    const parentOf = (r: Record<string, unknown>) => {
      const p = idOf(r.parent_id) ?? idOf(r.parentId) ?? (isRecord(r.parent) ? idOf(r.parent.id) : idOf(r.parent));
      return p && rawOrgs.has(p) ? p : null;
    };
    // Depth, with cycles broken: an organization that is its own ancestor becomes a root.
    const parents = new Map<string, string | null>();
    for (const [id, r] of rawOrgs) parents.set(id, parentOf(r));
    for (const id of rawOrgs.keys()) {
      const seen = new Set([id]);
      for (let p = parents.get(id); p; p = parents.get(p) ?? null) {
        if (seen.has(p)) {
          parents.set(id, null);
          break;
        }
        seen.add(p);
      }
    }
    // A level the organization states (`level`, or its area's classification), else one below its parent's.
    const levels = new Map<string, OrgLevel>();
    const levelOf = (id: string): OrgLevel => {
      const known = levels.get(id);
      if (known) return known;
      const r = rawOrgs.get(id)!;
      const own = [text(r.level), isRecord(r.area) ? (text(r.area.classification) ?? text(r.area.type)) : undefined].find(
        (l): l is OrgLevel => !!l && (ORG_LEVELS as readonly string[]).includes(l),
      );
      const parent = parents.get(id);
      const level = own ?? (parent ? ORG_LEVELS[Math.min(ORG_LEVELS.length - 1, ORG_LEVELS.indexOf(levelOf(parent)) + 1)]! : o.rootLevel);
      levels.set(id, level);
      return level;
    };

    // Persons.
    const persons = new Map<string, Person>();
    for (const r of raw.persons) {
      const id = idOf(r.id);
      if (!id || persons.has(id)) continue;
      const person = toPerson(r, id);
      if (person) persons.set(id, person);
    }
    const personOf = (m: Record<string, unknown>): Person | undefined => {
      const member = isRecord(m.member) ? m.member : undefined;
      // An organization as a member (a coalition) is not a person.
      if (member && /organi[sz]ation/i.test(text(member['@type']) ?? '')) return undefined;
      const id = idOf(m.person_id) ?? (isRecord(m.person) ? idOf(m.person.id) : undefined) ?? (member ? idOf(member.id) : undefined);
      return id ? persons.get(id) : undefined;
    };
    const eventStart = new Map(raw.events.map((e) => [idOf(e.id), isoDate(e.start_date)]));

    // Memberships, once each (the same one may be embedded and listed).
    const members = new Map<string, Membership[]>();
    const byPost = new Map<string, Person>();
    const seen = new Set<string>();
    const headCandidates = new Map<string, { personId: string; name: string; role: PostRole }>();
    raw.memberships.forEach((m, i) => {
      const orgId = idOf(m.organization_id) ?? idOf(m.organisation_id) ?? (isRecord(m.organization) ? idOf(m.organization.id) : undefined);
      const person = personOf(m);
      if (!orgId || !rawOrgs.has(orgId) || !person) return;
      const postId = idOf(m.post_id) ?? (isRecord(m.post) ? idOf(m.post.id) : undefined);
      const id = idOf(m.id) ?? `${orgId}|${person.id}|${postId ?? ''}|${text(m.start_date) ?? i}`;
      if (seen.has(id)) return;
      seen.add(id);
      if (!current(m)) return;
      const roleText = text(m.role) ?? text(m.label);
      const membership: Membership = {
        id,
        organizationId: orgId,
        kind: /report|报到/i.test(roleText ?? '') ? 'reported-in' : 'member',
        startDate: isoDate(m.start_date) ?? eventStart.get(idOf(m.legislative_period_id)) ?? null,
        person,
      };
      members.set(orgId, [...(members.get(orgId) ?? []), membership]);
      if (postId) byPost.set(postId, person);
      const role = roleOf(roleText);
      if ((role === 'secretary' || role === 'group-leader') && !headCandidates.has(orgId)) {
        headCandidates.set(orgId, { personId: person.id, name: person.name, role });
      }
    });

    // Posts, with whoever holds them now.
    const posts = new Map<string, Post[]>();
    const postIds = new Set<string>();
    for (const p of raw.posts) {
      const id = idOf(p.id);
      const orgId = idOf(p.organization_id) ?? (isRecord(p.organization) ? idOf(p.organization.id) : undefined);
      if (!id || !orgId || !rawOrgs.has(orgId) || postIds.has(id)) continue;
      postIds.add(id);
      const label = plainText(p.label) || plainText(p.role) || id;
      const post: Post = { id, organizationId: orgId, role: roleOf(p.role) ?? roleOf(p.label) ?? 'committee-member', label, holder: byPost.get(id) ?? null };
      posts.set(orgId, [...(posts.get(orgId) ?? []), post]);
    }

    const nodes = new Map<string, Node>();
    const roots: string[] = [];
    for (const [id, r] of rawOrgs) {
      const secretary = (posts.get(id) ?? []).find((p) => p.role === 'secretary' && p.holder);
      const head = secretary ? { personId: secretary.holder!.id, name: secretary.holder!.name, role: secretary.role } : (headCandidates.get(id) ?? null);
      const areaId = idOf(r.area_id) ?? (isRecord(r.area) ? idOf(r.area.id) : undefined);
      const org: Organization = {
        id,
        name: plainText(r.name) || plainText(listOf(r.other_names).find(isRecord)?.name) || id,
        classification: classify(r.classification),
        level: levelOf(id),
        parentId: parents.get(id) ?? null,
        ...(areaId ? { areaId } : {}),
        childCount: 0,
        memberCount: new Set((members.get(id) ?? []).map((m) => m.person.id)).size,
        head,
      };
      nodes.set(id, { org, raw: r, children: [] });
    }
    for (const node of nodes.values()) {
      if (node.org.parentId) nodes.get(node.org.parentId)!.children.push(node.org.id);
      else roots.push(node.org.id);
    }
    for (const node of nodes.values()) node.org = { ...node.org, childCount: node.children.length };
    const names = [...nodes.values()].map((n) => ({
      id: n.org.id,
      text: [n.org.name, ...listOf(n.raw.other_names).map((x) => (isRecord(x) ? plainText(x.name) : ''))].join('\n').toLowerCase(),
    }));
    return { nodes, roots, posts, members, names };
  }

  function toPerson(r: Record<string, unknown>, id: string): Person | null {
    const given = text(r.given_name) ?? text(r.given_names);
    const name = plainText(r.name) || [given, text(r.family_name)].filter(Boolean).join('') || '';
    if (!name) return null;
    const contact = listOf(r.contact_details)
      .filter(isRecord)
      .find((c) => /cell|phone|voice|mobile|tel/i.test(text(c.type) ?? ''));
    const phone = text(contact?.value) ?? text(r.phone);
    const commitments = listOf(r.commitments).map(plainText).filter(Boolean);
    return {
      id,
      name,
      partyMember: flag(r.party_member) ?? o.partyMembers,
      ...(phone ? { phone: o.revealContacts ? phone : maskPhone(phone) } : {}),
      commitments,
    };
  }

  function ready(opts: CallOptions): Promise<Index> {
    index ??= load(opts).then((raw) => {
      const built = build(raw);
      if (built.nodes.size === 0) throw new AdapterError('invalid_response', 'popolo: the export has no organizations');
      return built;
    });
    index.catch(() => (index = undefined));
    return index;
  }

  function page<T>(items: readonly T[], opts: PageOptions): Page<T> {
    let offset = 0;
    if (opts.cursor) {
      let m: RegExpExecArray | null = null;
      try {
        m = /^popolo:(\d+)$/.exec(atob(opts.cursor));
      } catch {
        // not base64
      }
      if (!m) throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
      offset = Number(m[1]);
    }
    const limit = Math.max(1, Math.min(PAGE_LIMIT, Math.floor(opts.limit ?? 50)));
    const end = offset + limit;
    return { items: items.slice(offset, end), nextCursor: end < items.length ? btoa(`popolo:${end}`) : null, total: items.length };
  }

  function node(ix: Index, id: string): Node {
    const n = ix.nodes.get(id);
    if (!n) throw new AdapterError('not_found', `popolo: no organization ${id}`);
    return n;
  }

  /** From the root down to the parent. */
  function pathTo(ix: Index, id: string): NamedRef[] {
    const path: NamedRef[] = [];
    for (let p = node(ix, id).org.parentId; p; p = ix.nodes.get(p)!.org.parentId) path.unshift({ id: p, name: ix.nodes.get(p)!.org.name });
    return path;
  }

  const orgs: OrgsApi = {
    async roots(opts = {}) {
      const ix = await ready(opts);
      return ix.roots.map((id) => ix.nodes.get(id)!.org);
    },
    async children(parentId, opts = {}) {
      const ix = await ready(opts);
      return page(node(ix, parentId).children.map((id) => ix.nodes.get(id)!.org), opts);
    },
    async get(id, opts = {}): Promise<OrgDetail> {
      const ix = await ready(opts);
      return { organization: node(ix, id).org, path: pathTo(ix, id), posts: ix.posts.get(id) ?? [] };
    },
    async members(organizationId, opts = {}) {
      const ix = await ready(opts);
      node(ix, organizationId);
      return page(ix.members.get(organizationId) ?? [], opts);
    },
    async search(query, opts = {}) {
      const ix = await ready(opts);
      const needle = query.trim().toLowerCase();
      if (!needle) return { items: [], nextCursor: null, total: 0 };
      const hits = ix.names
        .filter((n) => n.text.includes(needle))
        .map((n) => ({ organization: ix.nodes.get(n.id)!.org, path: pathTo(ix, n.id) }))
        .sort((a, b) => a.path.length - b.path.length);
      return page(hits, opts);
    },
  };

  return { name: `popolo ${typeof source === 'string' || source instanceof URL ? String(source) : 'export'}`, orgs };
}
