/**
 * Search terms: the n-grams a substring search looks up instead of scanning (volunteers' names, cases' text).
 * Any substring of a text of up to `maxChars` characters is one of its terms, so a search for a substring
 * that long is one term, and a longer one narrows by one of its terms and checks the text.
 */

/** The distinct substrings of `text` of 1 to `maxChars` characters (code points, not UTF-16 units). */
export function substrings(text: string, maxChars: number): Set<string> {
  const chars = Array.from(text);
  const terms = new Set<string>();
  for (let start = 0; start < chars.length; start++) {
    for (let end = start + 1; end <= Math.min(chars.length, start + maxChars); end++) terms.add(chars.slice(start, end).join(''));
  }
  return terms;
}

/** The terms a search for `text` can narrow by: itself when it is short enough, else each of its `maxChars`-character substrings. */
export function queryTerms(text: string, maxChars: number): string[] {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return [text];
  return [...new Set(Array.from({ length: chars.length - maxChars + 1 }, (_, i) => chars.slice(i, i + maxChars).join('')))];
}

/** `text` for LIKE with `ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
