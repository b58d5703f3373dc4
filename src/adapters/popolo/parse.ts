// Popolo exports as they are published: one JSON document (possibly with a trailing comma), JSON Lines of
// documents or of records, or separate files per kind. Everything is gathered into four lists of raw records,
// with the embedded objects (a membership's organization, person or post; an organization's posts and memberships;
// a person's memberships) pulled out beside the others and the ids they imply filled in.
import { parseLenientJson } from '../wire/lenient-json.js';
import { idOf, isRecord, listOf } from '../wire/values.js';

export interface RawPopolo {
  organizations: Record<string, unknown>[];
  persons: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  posts: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export type Kind = keyof RawPopolo;

const KINDS: readonly Kind[] = ['organizations', 'persons', 'memberships', 'posts', 'events'];

export function emptyRaw(): RawPopolo {
  return { organizations: [], persons: [], memberships: [], posts: [], events: [] };
}

/** The documents in a text: one JSON document, or one per line (JSON Lines). Throws a SyntaxError otherwise. */
export function documents(text: string): unknown[] {
  try {
    return [parseLenientJson(text)];
  } catch (e) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length < 2) throw e;
    return lines.map((line) => parseLenientJson(line));
  }
}

/** What kind of record this is, when nothing says: by the keys only that kind has. */
export function kindOf(record: Record<string, unknown>): Kind {
  if ('person_id' in record || 'person' in record || 'member' in record || 'post_id' in record) return 'memberships';
  if ('label' in record && !('name' in record)) return 'posts';
  if ('organization_id' in record || 'organisation_id' in record) return 'memberships';
  if (['classification', 'parent_id', 'parent', 'founding_date', 'dissolution_date', 'posts'].some((k) => k in record)) return 'organizations';
  return 'persons';
}

/** Adds one document: an export (its arrays), a list of records, or one record of `kind` (or of the kind it looks like). */
export function addDocument(raw: RawPopolo, doc: unknown, kind?: Kind): void {
  if (Array.isArray(doc)) {
    for (const item of doc) addDocument(raw, item, kind);
    return;
  }
  if (!isRecord(doc)) return;
  // An export: its arrays. (An organization with embedded `posts` or `memberships` has a name; an export does not.)
  const isExport =
    ['organizations', 'persons'].some((k) => Array.isArray(doc[k])) || (KINDS.some((k) => Array.isArray(doc[k])) && !('name' in doc) && !('id' in doc));
  if (!kind && isExport) {
    for (const k of KINDS) for (const item of listOf(doc[k])) if (isRecord(item)) raw[k].push(item);
    return;
  }
  raw[kind ?? kindOf(doc)].push(doc);
}

const ref = (value: unknown): string | undefined => (isRecord(value) ? idOf(value.id) : idOf(value));

/**
 * Pulls embedded objects out, so every record stands alone: memberships inside organizations, persons and posts
 * (with the id of what held them); organizations, persons and posts inside memberships; posts inside
 * organizations. Persons without an id get one.
 */
export function flatten(raw: RawPopolo): RawPopolo {
  const out = emptyRaw();
  out.events = raw.events;
  const memberships = (list: unknown, holder: Record<string, string | undefined>) => {
    for (const m of listOf(list)) if (isRecord(m)) out.memberships.push({ ...m, ...defined(holder, m) });
  };
  for (const org of raw.organizations) {
    out.organizations.push(org);
    const id = idOf(org.id);
    for (const post of listOf(org.posts)) {
      if (!isRecord(post)) continue;
      out.posts.push({ ...post, ...defined({ organization_id: id }, post) });
      memberships(post.memberships, { post_id: idOf(post.id), organization_id: id });
    }
    memberships(org.memberships, { organization_id: id });
  }
  raw.persons.forEach((person, i) => {
    const id = idOf(person.id) ?? `person-${i + 1}`;
    out.persons.push({ ...person, id });
    memberships(person.memberships, { person_id: id });
  });
  for (const post of raw.posts) {
    out.posts.push(post);
    memberships(post.memberships, { post_id: idOf(post.id), organization_id: ref(post.organization) ?? idOf(post.organization_id) });
  }
  for (const m of raw.memberships) out.memberships.push(m);
  // Embedded objects inside memberships (and posts) name records that may be nowhere else.
  for (const m of out.memberships) {
    if (isRecord(m.organization)) out.organizations.push(m.organization);
    if (isRecord(m.person)) out.persons.push(m.person);
    if (isRecord(m.post)) out.posts.push({ ...m.post, ...defined({ organization_id: ref(m.organization) ?? idOf(m.organization_id) }, m.post) });
  }
  return out;
}

/** `holder`'s values for the keys `record` does not set itself. */
function defined(holder: Record<string, string | undefined>, record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(holder)) if (v !== undefined && record[k] === undefined && !isRecord(record[k.replace(/_id$/, '')])) out[k] = v;
  return out;
}
