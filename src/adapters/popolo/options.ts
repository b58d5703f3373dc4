import type { OrgLevel } from '../../domain/orgs.js';

/** Records of one kind: an array, or where to fetch them (JSON or JSON Lines). */
export type PopoloPart = readonly unknown[] | string | URL;

/** A Popolo export: the usual top-level arrays (others, such as `meta`, `areas` or `warnings`, are ignored). */
export interface PopoloExport {
  organizations?: readonly unknown[];
  persons?: readonly unknown[];
  memberships?: readonly unknown[];
  posts?: readonly unknown[];
  events?: readonly unknown[];
}

/**
 * Where the data is: an export object; the URL of one (JSON, or JSON Lines of exports or of records); or one part
 * per kind (PopIt exports persons, organizations and memberships as separate JSON Lines files).
 */
export type PopoloSource = PopoloExport | string | URL | { [K in keyof PopoloExport]?: PopoloPart };

export interface PopoloOptions {
  /** For a URL source; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Per request, in ms (default 15 000). */
  timeoutMs?: number;
  /** The level of the top organisations, when an organisation says nothing (`level` or its area); the next ones go one level down. Default `city`. */
  rootLevel?: OrgLevel;
  /** Phone numbers are masked (`139****5678`) unless this is true: an export is public data on a public page. */
  revealContacts?: boolean;
  /** Whether a person counts as a party member when the export says nothing (`party_member`). Default true. */
  partyMembers?: boolean;
}

export const POPOLO_DEFAULTS = { timeoutMs: 15_000, rootLevel: 'city', revealContacts: false, partyMembers: true } as const;
