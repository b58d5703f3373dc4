import type { SqlRunner, SqlValue } from '../db.js';
import { placeholders } from '../db.js';
import { escapeLike, queryTerms, substrings } from '../search-terms.js';
import { insertRows } from './batch.js';

/** Terms are the substrings of up to this many characters of a case's search text. */
export const TERM_CHARS = 3;
/** A term in at most this share of the seeded cases keeps its list of cases; a commoner one only its count. */
export const LISTED_SHARE = 1 / 200;

/** The terms of one search text (lower-cased already). */
export const caseTerms = (searchText: string): string[] => [...substrings(searchText, TERM_CHARS)];

/** The seed's terms: counted over every case, listed when rare. */
export async function seedTerms(tx: SqlRunner, cases: ReadonlyArray<{ id: string; searchText: string }>): Promise<void> {
  const byTerm = new Map<string, string[]>();
  for (const c of cases) {
    for (const term of caseTerms(c.searchText)) {
      const ids = byTerm.get(term);
      if (ids) ids.push(c.id);
      else byTerm.set(term, [c.id]);
    }
  }
  const most = Math.floor(cases.length * LISTED_SHARE);
  const rows: SqlValue[][] = [];
  const listed: SqlValue[][] = [];
  for (const [term, ids] of byTerm) {
    rows.push([term, ids.length, ids.length <= most ? 1 : 0]);
    if (ids.length <= most) for (const id of ids) listed.push([term, id]);
  }
  await insertRows(tx, 'case_terms', ['term', 'n', 'listed'], rows);
  await insertRows(tx, 'case_term_cases', ['term', 'case_id'], listed);
}

/** A new case's terms: each counted once more, and the case added to the lists of the listed ones (a new term is listed). */
export async function addTerms(tx: SqlRunner, caseId: string, searchText: string): Promise<void> {
  // In term order, so two writers lock the same counters in the same order.
  const terms = caseTerms(searchText).sort();
  for (let start = 0; start < terms.length; start += 400) {
    const chunk = terms.slice(start, start + 400);
    await tx.run(
      `INSERT INTO case_terms (term, n, listed) VALUES ${chunk.map(() => '(?, 1, 1)').join(', ')} ON CONFLICT (term) DO UPDATE SET n = case_terms.n + 1`,
      chunk,
    );
    await tx.run(`INSERT INTO case_term_cases (term, case_id) SELECT term, ? FROM case_terms WHERE listed = 1 AND term IN (${placeholders(chunk.length)})`, [caseId, ...chunk]);
  }
}

/** A text whose terms are all common matching at most this many cases is read as its list of ids. */
const FEW_MATCHES = 1000;

/**
 * How a text filter is read: `none` (a term of it is in no case), `listed` (the cases of its rarest listed term,
 * checked by LIKE when the text is longer than the term, or the few cases matching a text whose terms are all
 * common), or `scan` (many matches: a page finds them soon by LIKE on the sort's walk). `count` is the number of
 * matches when it is known: the text is itself a term, or its matches were read; `countMatches` counts them.
 */
export type TextPlan =
  | { kind: 'none' }
  | { kind: 'listed'; sql: string; params: SqlValue[]; count: number | null }
  | { kind: 'scan'; sql: string; params: SqlValue[]; count: number | null; countMatches: () => Promise<number> };

export async function textPlan(db: SqlRunner, text: string): Promise<TextPlan> {
  const terms = queryTerms(text, TERM_CHARS);
  const found = await db.all<{ term: string; n: number; listed: number }>(`SELECT term, n, listed FROM case_terms WHERE term IN (${placeholders(terms.length)})`, terms);
  if (found.length < terms.length) return { kind: 'none' };
  const exact = terms.length === 1 && terms[0] === text;
  const count = exact ? Number(found[0]!.n) : null;
  const like = { sql: "c.search_text LIKE ? ESCAPE '\\'", params: [`%${escapeLike(text)}%`] };
  const rarest = found.filter((t) => Number(t.listed) === 1).sort((a, b) => Number(a.n) - Number(b.n))[0];
  if (!rarest) {
    // Every term common, yet the text may be rare (a whole public number): its matches, up to a few, from the texts alone.
    const textLike = "search_text LIKE ? ESCAPE '\\'";
    const countMatches = async () => Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM case_texts WHERE ${textLike}`, like.params))?.n ?? 0);
    if (count !== null) return { kind: 'scan', ...like, count, countMatches };
    const few = await db.all<{ case_id: string }>(`SELECT case_id FROM case_texts WHERE ${textLike} LIMIT ?`, [...like.params, FEW_MATCHES + 1]);
    if (few.length > FEW_MATCHES) return { kind: 'scan', ...like, count: null, countMatches };
    if (few.length === 0) return { kind: 'none' };
    const ids = few.map((r) => r.case_id);
    return { kind: 'listed', sql: `c.id IN (${placeholders(ids.length)})`, params: ids, count: ids.length };
  }
  const ids = 'c.id IN (SELECT t.case_id FROM case_term_cases t WHERE t.term = ?)';
  return exact
    ? { kind: 'listed', sql: ids, params: [rarest.term], count }
    : { kind: 'listed', sql: `${ids} AND ${like.sql}`, params: [rarest.term, ...like.params], count };
}
