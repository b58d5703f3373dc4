import { AVAILABILITY, SKILLS, type VolunteerQuery, type VolunteerSort } from '../../../../src/domain/volunteers.js';
import type { SqlValue } from '../db.js';
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
 * The WHERE of a volunteer query (alias `v`), the memory adapter's matcher in SQL: text is a name
 * substring, or digits that end the phone (without `volunteer:contact` only up to the four a masked phone
 * shows, so nobody probes the hidden ones); every chosen skill; any chosen availability; the team; the area
 * or below; party membership.
 */
export function volunteerWhere(query: VolunteerQuery, mayRevealPhone: boolean): Where {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    parts.push(sql);
    params.push(...values);
  };

  const text = query.text?.trim().toLowerCase() ?? '';
  if (text) {
    const digits = /^\d+$/.test(text);
    if (digits && !(mayRevealPhone || text.length <= PHONE_TERM_DIGITS)) add('1 = 0');
    else if (digits) {
      add('v.row_no IN (SELECT row_no FROM volunteer_terms WHERE term = ?)', phoneTerm(text.slice(-PHONE_TERM_DIGITS)));
      if (text.length > PHONE_TERM_DIGITS) add("v.phone LIKE ? ESCAPE '\\'", `%${escapeLike(text)}`);
    } else {
      const chars = Array.from(text);
      add('v.row_no IN (SELECT row_no FROM volunteer_terms WHERE term = ?)', nameTerm(chars.slice(0, TERM_CHARS).join('')));
      if (chars.length > TERM_CHARS) add("v.name_lower LIKE ? ESCAPE '\\'", `%${escapeLike(text)}%`);
    }
  }
  if (query.teamId) add('v.row_no IN (SELECT row_no FROM team_members WHERE team_id = ?)', query.teamId);
  const skills = toMask(SKILLS, query.skills ?? []);
  if (skills) {
    // The first chosen skill's rows drive; the mask checks the rest.
    add('v.row_no IN (SELECT row_no FROM volunteer_skills WHERE skill = ?)', Math.log2(skills & -skills));
    add('(v.skills & ?) = ?', skills, skills);
  }
  const availability = toMask(AVAILABILITY, query.availability ?? []);
  if (availability) add('(v.availability & ?) <> 0', availability);
  if (query.areaId) {
    const area = withinArea(query.areaId);
    if (area) add(area.sql, ...area.params);
  }
  if (query.partyMember !== undefined) add('v.party = ?', query.partyMember ? 1 : 0);
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
}
