import { AVAILABILITY, SKILLS, type VolunteerQuery, type VolunteerSort } from '../../../../src/domain/volunteers.js';
import { placeholders, type SqlValue } from '../db.js';
import { withinArea } from './area-levels.js';
import { toMask } from './rows.js';
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
 * How the filters are written:
 * - `indexed`: each through its own index (search terms, team and skill lists, the area, availability and
 *   party columns), for the total and for a page of few matches, which the database then sorts;
 * - `scan`: as checks on the row, so a page of many matches walks the sort's index and stops after `limit`
 *   (`+ 0` and `|| ''` keep the planner off the filter indexes on both engines).
 */
export type FilterMode = 'indexed' | 'scan';

/**
 * The WHERE of a volunteer query (alias `v`), the memory adapter's matcher in SQL: text is a name
 * substring, or digits that end the phone (without `volunteer:contact` only up to the four a masked phone
 * shows, so nobody probes the hidden ones); every chosen skill; any chosen availability; the team; the area
 * or below; party membership.
 */
export function volunteerWhere(query: VolunteerQuery, mayRevealPhone: boolean, mode: FilterMode): Where {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    parts.push(sql);
    params.push(...values);
  };
  const indexed = mode === 'indexed';

  const text = query.text?.trim().toLowerCase() ?? '';
  if (text) {
    const digits = /^\d+$/.test(text);
    const chars = Array.from(text);
    if (digits && !(mayRevealPhone || text.length <= PHONE_TERM_DIGITS)) add('1 = 0');
    else if (digits) {
      if (indexed) add('v.row_no IN (SELECT row_no FROM volunteer_terms WHERE term = ?)', phoneTerm(text.slice(-PHONE_TERM_DIGITS)));
      if (!indexed || text.length > PHONE_TERM_DIGITS) add("v.phone LIKE ? ESCAPE '\\'", `%${escapeLike(text)}`);
    } else {
      if (indexed) add('v.row_no IN (SELECT row_no FROM volunteer_terms WHERE term = ?)', nameTerm(chars.slice(0, TERM_CHARS).join('')));
      if (!indexed || chars.length > TERM_CHARS) add("v.name_lower LIKE ? ESCAPE '\\'", `%${escapeLike(text)}%`);
    }
  }
  if (query.teamId) {
    if (indexed) add('v.row_no IN (SELECT row_no FROM team_members WHERE team_id = ?)', query.teamId);
    else add('EXISTS (SELECT 1 FROM team_members m WHERE m.row_no = v.row_no AND m.team_id = ?)', query.teamId);
  }
  const skills = toMask(SKILLS, query.skills ?? []);
  if (skills) {
    // Indexed, the first chosen skill's list drives and the mask checks the rest.
    if (indexed) add('v.row_no IN (SELECT row_no FROM volunteer_skills WHERE skill = ?)', Math.log2(skills & -skills));
    if (!indexed || skills & (skills - 1)) add('(v.skills & ?) = ?', skills, skills);
  }
  const availability = toMask(AVAILABILITY, query.availability ?? []);
  if (availability) {
    // Any chosen time: the few masks that share a bit with it.
    const masks = Array.from({ length: 1 << AVAILABILITY.length }, (_, m) => m).filter((m) => m & availability);
    add(`v.availability${indexed ? '' : ' + 0'} IN (${placeholders(masks.length)})`, ...masks);
  }
  if (query.areaId) {
    const area = withinArea(query.areaId);
    if (area) add(indexed ? area.sql : area.sql.replace(' = ?', " || '' = ?"), ...area.params);
  }
  if (query.partyMember !== undefined) add(`v.party${indexed ? '' : ' + 0'} = ?`, query.partyMember ? 1 : 0);
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
}

/**
 * Whether a page of `total` matches out of `rows` walks the sort's index (`scan`): when at least one
 * row in SCAN_DENSITY matches, a page is found within about limit × SCAN_DENSITY rows; rarer matches are
 * fetched through the filters' indexes and sorted (fewer than rows / SCAN_DENSITY of them).
 */
export const SCAN_DENSITY = 100;

export function pageMode(total: number, rows: number): FilterMode {
  return total * SCAN_DENSITY >= rows ? 'scan' : 'indexed';
}
