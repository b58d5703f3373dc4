/**
 * JSON as servers and specifications actually print it. Tolerates, without changing what valid JSON means:
 * a byte-order mark; a leading HTTP status line and headers (examples copied from a spec page);
 * numbers with leading zeros (`"service_code":001`, the Open311 spec's own examples), kept as the text `"001"`;
 * integers too long for a double (ids), kept as text so no digit is lost; trailing commas (`[1, 2,]`).
 * Throws a SyntaxError for anything else that is not JSON.
 */
export function parseLenientJson(source: string): unknown {
  return JSON.parse(repairJson(stripHttpPreamble(source).body));
}

/** A body that starts with `HTTP/1.1 403 Forbidden` and headers: the status and what follows the blank line. */
export function stripHttpPreamble(source: string): { status?: number; body: string } {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^\s*HTTP\/\d(?:\.\d)?\s+(\d{3})[^\n]*\n(?:[^\n]*\S[^\n]*\n)*?\s*\n/.exec(text);
  return match ? { status: Number(match[1]), body: text.slice(match[0].length) } : { body: text };
}

function repairJson(text: string): string {
  let out = '';
  let i = 0;
  let last = ''; // the last significant character written
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      last = '"';
      continue;
    }
    if ((c === '-' || (c >= '0' && c <= '9')) && (last === ':' || last === '[' || last === ',' || last === '')) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (m) {
        const token = m[0];
        const integer = m[1] === undefined && m[2] === undefined;
        const quote = integer && (/^-?0\d/.test(token) || token.replace('-', '').length > 15);
        out += quote ? `"${token}"` : token;
        i += token.length;
        last = '0';
        continue;
      }
    }
    if (c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') {
        i++;
        continue;
      }
    }
    out += c;
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return out;
}
