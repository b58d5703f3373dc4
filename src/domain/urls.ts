import * as z from 'zod/mini';

/**
 * Where a URL from a backend will be used: `image` for an `<img src>`, `link` for an `<a href>`
 * (a website, a document). Every URL field in the domain schemas is one of the two.
 */
export type UrlUse = 'image' | 'link';

/**
 * Anything at or below U+0020 (controls, tab, newline, space), DEL, and the backslash. Browsers strip
 * leading controls and spaces and drop tabs and newlines anywhere, so `' javascript:'` and
 * `'java\tscript:'` run as `javascript:`; a backslash counts as `/`, so `/\evil.com` is `//evil.com`.
 * A URL a backend sends is already percent-encoded, so none of these belongs in one.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f\\]/;

/** A URL's scheme, as the URL parser reads it: a letter, then letters, digits, `+`, `-` or `.`, then `:`. */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** A `data:` URL of an image type (`data:image/png;base64,…`, `data:image/svg+xml,…`). */
const DATA_IMAGE = /^data:image\/[a-z\d][a-z\d.+-]*[;,]/i;

const SCHEMES: Readonly<Record<UrlUse, ReadonlySet<string>>> = {
  image: new Set(['https', 'http', 'blob', 'data']),
  link: new Set(['https', 'http']),
};

/** A base that never resolves to anything real: a relative URL must stay on it. */
const BASE = new URL('https://same-origin.invalid/a/b');

/**
 * Whether a URL from a backend may be written into an `href` or `src`. Allowed:
 * - `https:` and `http:` URLs;
 * - relative references that stay on the page's own origin: `/x`, `x/y`, `./x`, `../x`, `?q`, `#f`;
 * - for images only, `blob:` and `data:image/*`.
 *
 * Refused: every other scheme in any case (`javascript:`, `vbscript:`, `data:text/html`, `file:`, …),
 * any control character, space or backslash (the tricks the URL parser would undo), the empty
 * string, and protocol-relative `//host/x`: it leaves the origin and takes whatever scheme the
 * embedding page has, so a backend must write `https://host/x` instead.
 */
export function isSafeUrl(value: unknown, use: UrlUse): boolean {
  if (typeof value !== 'string' || value === '' || UNSAFE_CHARACTER.test(value)) return false;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return isSameOriginReference(value);
  if (!SCHEMES[use].has(scheme)) return false;
  if (scheme === 'data') return DATA_IMAGE.test(value);
  try {
    const url = new URL(value);
    return scheme === 'blob' || url.hostname !== '';
  } catch {
    return false;
  }
}

/** A relative reference that, resolved against any https page, stays on that page's origin. */
function isSameOriginReference(value: string): boolean {
  if (value.startsWith('//')) return false;
  try {
    return new URL(value, BASE).origin === BASE.origin;
  } catch {
    return false;
  }
}

const WHAT: Readonly<Record<UrlUse, string>> = {
  image: 'an http(s) URL, a same-origin relative reference (not `//host`), `blob:` or `data:image/*`',
  link: 'an http(s) URL or a same-origin relative reference (not `//host`)',
};

function urlSchema(use: UrlUse) {
  return z
    .string()
    .check(z.refine((value) => isSafeUrl(value, use), { message: `Expected ${WHAT[use]}` }))
    .register(z.globalRegistry, {
      description: `For an \`${use === 'image' ? '<img src>' : '<a href>'}\`: ${WHAT[use]}; no control characters, spaces or backslashes.`,
    });
}

/** A URL for an `<img src>`: http(s), same-origin relative, `blob:` or `data:image/*`. */
export const ImageUrl = /* @__PURE__ */ urlSchema('image');

/** A URL for an `<a href>` (a website, a document): http(s) or same-origin relative only. */
export const LinkUrl = /* @__PURE__ */ urlSchema('link');
