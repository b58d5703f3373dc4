import { maskPhone } from '../../../../src/domain/masking.js';
import type { Membership, Organization, OrgClassification, OrgLevel, Person, Post, PostRole } from '../../../../src/domain/orgs.js';
import { hasPermission, type Session } from '../../../../src/domain/session.js';

/**
 * The orgs group's rows and how they become contract shapes. Every query that returns
 * organisations selects `ORG_COLUMNS` `FROM ORG_FROM`, so the head (the first post's holder)
 * comes with each row in one join.
 */
export const ORG_COLUMNS = `o.id, o.parent_id, o.sort_key, o.name, o.classification, o.level, o.area_id, o.child_count, o.member_count,
  hp.role AS head_role, hp.person_id AS head_id, hp.person_name AS head_name`;
export const ORG_FROM = `organisations o LEFT JOIN org_posts hp ON hp.organisation_id = o.id AND hp.position = 1`;

export interface OrgRow {
  id: string;
  parent_id: string | null;
  sort_key: number;
  name: string;
  classification: string;
  level: string;
  area_id: string | null;
  child_count: number;
  member_count: number;
  head_role: string | null;
  head_id: string | null;
  head_name: string | null;
}

export function toOrganization(row: OrgRow): Organization {
  return {
    id: row.id,
    name: row.name,
    classification: row.classification as OrgClassification,
    level: row.level as OrgLevel,
    parentId: row.parent_id,
    ...(row.area_id === null ? {} : { areaId: row.area_id }),
    childCount: row.child_count,
    memberCount: row.member_count,
    head: row.head_id === null ? null : { personId: row.head_id, name: row.head_name!, role: row.head_role as PostRole },
  };
}

/** A person's columns, the same on a post (its holder) and a membership. */
export const PERSON_COLUMNS = 'person_id, person_name, person_party_member, person_phone, person_commitments';

export interface PersonRow {
  person_id: string | null;
  person_name: string | null;
  person_party_member: number | null;
  person_phone: string | null;
  person_commitments: string | null;
}

/** Contact details are for staff (`org:contact`); everyone else sees them masked, as the memory adapter does. */
export function toPerson(row: PersonRow, session: Session): Person | null {
  if (row.person_id === null) return null;
  const phone = row.person_phone;
  return {
    id: row.person_id,
    name: row.person_name!,
    partyMember: row.person_party_member === 1,
    ...(phone === null ? {} : { phone: hasPermission(session, 'org:contact') ? phone : maskPhone(phone) }),
    commitments: JSON.parse(row.person_commitments!) as string[],
  };
}

export interface PostRow extends PersonRow {
  id: string;
  organisation_id: string;
  role: string;
  label: string;
}

export function toPost(row: PostRow, session: Session): Post {
  return { id: row.id, organizationId: row.organisation_id, role: row.role as PostRole, label: row.label, holder: toPerson(row, session) };
}

export interface MembershipRow extends PersonRow {
  id: string;
  organisation_id: string;
  position: number;
  kind: string;
  start_date: string | null;
}

export function toMembership(row: MembershipRow, session: Session): Membership {
  return {
    id: row.id,
    organizationId: row.organisation_id,
    kind: row.kind as Membership['kind'],
    startDate: row.start_date,
    person: toPerson(row, session)!,
  };
}
