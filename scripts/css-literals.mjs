// Build-time minification of the CSS the widgets carry as source text: the static parts of Lit `css`…``
// templates and the generated `*_CSS = "…"` string constants (src/styles/host-tokens.generated.ts). Used by the npm
// build (vite.config.ts), the script-tag build (scripts/build-embed.mjs) and `npm run size`, so what is measured is
// what ships. Only comments and whitespace go; strings, `${…}` interpolations and the spaces CSS needs
// (descendant combinators, `calc(a + b)`) stay.

/** Characters around which whitespace never matters in CSS. */
const TIGHT = new Set(['{', '}', ';', ',']);

/**
 * Minifies one static piece of CSS. A space at either end is kept as one space: the piece may touch an
 * interpolation, where it can be a descendant combinator (`${a} .b`).
 */
export function minifyCss(text) {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      pendingSpace = true; // a comment separates like whitespace
      continue;
    }
    if (c === '"' || c === "'") {
      // Copy a quoted string untouched (escapes included).
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (pendingSpace && out !== '' && !TIGHT.has(out[out.length - 1]) && out[out.length - 1] !== ':') out += ' ';
      pendingSpace = false;
      out += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (/\s/.test(c)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      const prev = out[out.length - 1];
      // A space at the very start or end of a piece may separate it from an interpolation: keep one.
      if (prev === undefined || !(TIGHT.has(prev) || TIGHT.has(c) || prev === ':')) out += ' ';
      pendingSpace = false;
    }
    if (c === '}' && out[out.length - 1] === ';') out = out.slice(0, -1);
    out += c;
  }
  if (pendingSpace && out !== '' && !TIGHT.has(out[out.length - 1]) && out[out.length - 1] !== ':') out += ' ';
  return out;
}

/** The index just past the `${…}` expression that starts at `i` (pointing at `$`). */
function skipInterpolation(source, i) {
  let depth = 0;
  for (let j = i + 1; j < source.length; j++) {
    const c = source[j];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j + 1;
    else if (c === '`') j = skipTemplate(source, j + 1) - 1;
    else if (c === '"' || c === "'") {
      let k = j + 1;
      while (k < source.length && source[k] !== c) k += source[k] === '\\' ? 2 : 1;
      j = k;
    }
  }
  return source.length;
}

/** The index just past the template literal whose body starts at `i`. */
function skipTemplate(source, i) {
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '`') return j + 1;
    else if (c === '$' && source[j + 1] === '{') j = skipInterpolation(source, j) - 1;
  }
  return source.length;
}

/** `source` (TypeScript or JavaScript) with the CSS in its css`` templates and `*_CSS` string constants minified. */
export function minifyCssLiterals(source) {
  let out = source.replace(
    /(\b[A-Z0-9_]*_CSS\s*=\s*)("(?:[^"\\]|\\.)*")/g,
    (_all, head, literal) => head + JSON.stringify(minifyCss(JSON.parse(literal))),
  );
  const tag = /(?<![\w.$])css`/g;
  let result = '';
  let last = 0;
  let match;
  while ((match = tag.exec(out))) {
    const bodyStart = match.index + match[0].length;
    const end = skipTemplate(out, bodyStart); // just past the closing backtick
    result += out.slice(last, bodyStart);
    // Minify each static part; copy every `${…}` as written.
    let j = bodyStart;
    let piece = bodyStart;
    while (j < end - 1) {
      if (out[j] === '\\') j += 2;
      else if (out[j] === '$' && out[j + 1] === '{') {
        const part = minifyCss(out.slice(piece, j));
        result += piece === bodyStart ? part.trimStart() : part;
        const after = skipInterpolation(out, j);
        result += out.slice(j, after);
        j = piece = after;
      } else j++;
    }
    const tail = minifyCss(out.slice(piece, end - 1));
    result += (piece === bodyStart ? tail.trim() : tail.trimEnd()) + '`';
    last = end;
    tag.lastIndex = end;
  }
  out = result + out.slice(last);
  return out;
}

const SOURCE = /[\\/]src[\\/].*\.ts$/;

/** An esbuild plugin applying {@link minifyCssLiterals} to the library's TypeScript sources. */
export function esbuildCssLiterals() {
  return {
    name: 'grassroots-css-literals',
    setup(build) {
      build.onLoad({ filter: SOURCE }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyCssLiterals(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}

/** The same as a Vite (Rollup) plugin, run before TypeScript is stripped. */
export function viteCssLiterals() {
  return {
    name: 'grassroots:css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!SOURCE.test(id.split('?')[0])) return null;
      const minified = minifyCssLiterals(code);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
