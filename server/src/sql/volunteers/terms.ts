import { substrings } from '../search-terms.js';

export { escapeLike } from '../search-terms.js';

/**
 * The search terms of a volunteer (table `volunteer_terms`), so a text filter is an index look-up instead of
 * a scan: every substring of up to TERM_CHARS characters of the lower-cased name, and the phone's last one
 * to four digits (the four a masked phone shows). Longer search text narrows by one term and checks the rest.
 */
export const TERM_CHARS = 4;
export const PHONE_TERM_DIGITS = 4;

export function nameTerm(text: string): string {
  return `n:${text}`;
}

export function phoneTerm(digits: string): string {
  return `p:${digits}`;
}

/** The distinct terms of one volunteer. */
export function volunteerTerms(nameLower: string, phone: string): string[] {
  const terms = new Set([...substrings(nameLower, TERM_CHARS)].map(nameTerm));
  for (let k = 1; k <= Math.min(PHONE_TERM_DIGITS, phone.length); k++) terms.add(phoneTerm(phone.slice(-k)));
  return [...terms];
}
