import { AVAILABILITY, SKILLS, type VolunteerQuery, type VolunteerSort } from '../../../../src/domain/volunteers.js';
import { placeholders, type SqlValue } from '../db.js';
import { areaDepth, withinArea } from './area-levels.js';
import { bitMask } from '../../../../src/domain/volunteer-join.js';
import { escapeLike, nameTerm, PHONE_TERM_DIGITS, phoneTerm, TERM_CHARS } from './terms.js';

/** Each sort's key columns, ascending; every one ends in (name_rank, row_no), so the order is total. */
export const SORT_KEYS: Readonly<Record<VolunteerSort, readonly string[]>> = {
  name: ['name_rank', 'row_no'],
  'hours-desc': ['hours_year_neg', 'name_rank', 'row_no'],
  'hours-asc': ['hours_year', 'name_rank', 'row_no'],
  'joined-desc': ['joined_day_neg', 'name_rank', 'row_no'],
};

export interface Where {
  sql: string;
  params: SqlValue[];
}

/**
 * A volunteer query's filters, written for three plans:
 * - `lists`: row_no lists from the search terms, a team's members and each chosen skill, intersected;
 *   with `checks` (the other filters, on indexed columns) they give the total and a page of few matches,
 *   which the database then sorts. With no checks the total is counted from the lists alone.
 * - `probes`: within a street or smaller, the area's index drives and each list is a look-up per row.
 * - `scan`: every filter as a check on the row, so a page of many matches walks the sort's index and stops
 *   after `limit` (`+ 0` and `|| ''` keep the planner off the filter indexes on both engines).
 */
export interface VolunteerFilter {
  lists: Where[];
  /** Each list as a look-up for one row (`EXISTS` on the list's unique index). */
  probes: Where[];
  checks: Where[];
  scan: Where[];
  /** A street or smaller: fewer rows than most lists, so its index drives and the lists are probed row by row. */
  areaDrives: boolean;
  /** Name text: its matches bunch in name order (a surname), so walking the name index may pass most rows first. */
  byNameText: boolean;
}

export type FilterMode = 'indexed' | 'scan';

/**
 * The memory adapter's matcher in SQL (alias `v`): text is a name substring, or digits that end the phone
 * (without `volunteer:contact` only up to the four a masked phone shows, so nobody probes the hidden ones);
 * every chosen skill; any chosen availability; the team; the area or below; party membership.
 */
export function volunteerFilter(query: VolunteerQuery, mayRevealPhone: boolean): VolunteerFilter {
  const filter: VolunteerFilter = { lists: [], probes: [], checks: [], scan: [], areaDrives: false, byNameText: false };
  const list = (table: string, column: string, value: SqlValue) => {
    filter.lists.push({ sql: `SELECT row_no FROM ${table} WHERE ${column} = ?`, params: [value] });
    filter.probes.push({ sql: `EXISTS (SELECT 1 FROM ${table} x WHERE x.${column} = ? AND x.row_no = v.row_no)`, params: [value] });
  };
  const check = (sql: string, ...params: SqlValue[]) => filter.checks.push({ sql, params });
  const scan = (sql: string, ...params: SqlValue[]) => filter.scan.push({ sql, params });

  const text = query.text?.trim().toLowerCase() ?? '';
  if (text) {
    const digits = /^\d+$/.test(text);
    const chars = Array.from(text);
    if (digits && !(mayRevealPhone || text.length <= PHONE_TERM_DIGITS)) {
      check('1 = 0');
      scan('1 = 0');
    } else if (digits) {
      const like = `%${escapeLike(text)}`;
      list('volunteer_terms', 'term', phoneTerm(text.slice(-PHONE_TERM_DIGITS)));
      if (text.length > PHONE_TERM_DIGITS) check("v.phone LIKE ? ESCAPE '\\'", like);
      scan("v.phone LIKE ? ESCAPE '\\'", like);
    } else {
      const like = `%${escapeLike(text)}%`;
      filter.byNameText = true;
      list('volunteer_terms', 'term', nameTerm(chars.slice(0, TERM_CHARS).join('')));
      if (chars.length > TERM_CHARS) check("v.name_lower LIKE ? ESCAPE '\\'", like);
      scan("v.name_lower LIKE ? ESCAPE '\\'", like);
    }
  }
  if (query.teamId) {
    list('team_members', 'team_id', query.teamId);
    scan('EXISTS (SELECT 1 FROM team_members m WHERE m.row_no = v.row_no AND m.team_id = ?)', query.teamId);
  }
  const skills = bitMask(SKILLS, query.skills ?? []);
  if (skills) {
    for (let s = 0; s < SKILLS.length; s++) if (skills & (1 << s)) list('volunteer_skills', 'skill', s);
    scan('(v.skills & ?) = ?', skills, skills);
  }
  const availability = bitMask(AVAILABILITY, query.availability ?? []);
  if (availability) {
    // Any chosen time: the few masks that share a bit with it.
    const masks = Array.from({ length: 1 << AVAILABILITY.length }, (_, m) => m).filter((m) => m & availability);
    check(`v.availability IN (${placeholders(masks.length)})`, ...masks);
    scan(`v.availability + 0 IN (${placeholders(masks.length)})`, ...masks);
  }
  if (query.areaId) {
    const area = withinArea(query.areaId);
    if (area) {
      filter.areaDrives = areaDepth(query.areaId) >= 2;
      check(area.sql, ...area.params);
      // By name, the area's index is in the sort's order already: it drives the scan too.
      const byName = (query.sort ?? 'name') === 'name';
      scan(byName ? area.sql : area.sql.replace(' = ?', " || '' = ?"), ...area.params);
    }
  }
  if (query.partyMember !== undefined) {
    check('v.party = ?', query.partyMember ? 1 : 0);
    scan('v.party + 0 = ?', query.partyMember ? 1 : 0);
  }
  return filter;
}

function intersect(lists: readonly Where[]): Where {
  return { sql: lists.map((l) => l.sql).join(' INTERSECT '), params: lists.flatMap((l) => l.params) };
}

function and(parts: readonly Where[]): Where {
  return parts.length ? { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) } : { sql: '1 = 1', params: [] };
}

/** The statement counting a filter's matches (one column, `n`). */
export function countSql(filter: VolunteerFilter): Where {
  if (filter.lists.length && !filter.checks.length) {
    const lists = intersect(filter.lists);
    return { sql: `SELECT COUNT(*) AS n FROM (${lists.sql}) t`, params: lists.params };
  }
  const where = and(pageParts(filter, 'indexed'));
  return { sql: `SELECT COUNT(*) AS n FROM volunteers v WHERE ${where.sql}`, params: where.params };
}

/** The WHERE of a page (alias `v`). */
export function pageWhere(filter: VolunteerFilter, mode: FilterMode): Where {
  return and(pageParts(filter, mode));
}

function pageParts(filter: VolunteerFilter, mode: FilterMode): Where[] {
  if (mode === 'scan') return filter.scan;
  if (!filter.lists.length) return filter.checks;
  if (filter.areaDrives) return [...filter.checks, ...filter.probes];
  const lists = intersect(filter.lists);
  return [{ sql: `v.row_no IN (${lists.sql})`, params: lists.params }, ...filter.checks];
}

/**
 * Whether a page of `total` matches out of `rows` walks the sort's index (`scan`): when at least one
 * row in SCAN_DENSITY matches, a page is found within about limit × SCAN_DENSITY rows; rarer matches are
 * fetched through the filters' indexes and sorted (fewer than rows / SCAN_DENSITY of them).
 */
export const SCAN_DENSITY = 100;

/** Up to this many name-text matches are fetched by the term's index and sorted (a few ms) rather than scanned for. */
export const NAME_TEXT_SORTED = 10_000;

export function pageMode(total: number, rows: number, filter: Pick<VolunteerFilter, 'byNameText'>): FilterMode {
  if (filter.byNameText && total <= NAME_TEXT_SORTED) return 'indexed';
  return total * SCAN_DENSITY >= rows ? 'scan' : 'indexed';
}
