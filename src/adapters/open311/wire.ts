// Open311 bodies, JSON or XML, to plain values; error bodies to AdapterErrors.
import { AdapterError } from '../errors.js';
import { codeForStatus, retryAfterMs, type TextResponse } from '../wire/fetch-text.js';
import { parseLenientJson, stripHttpPreamble } from '../wire/lenient-json.js';
import { isRecord, listOf, num, plainText, text } from '../wire/values.js';
import { xmlToValue, type XmlParser } from '../wire/xml.js';

/** The parsed body, whatever the format: XML gives `{ root: … }`, JSON what it says. */
export function parseBody(body: string, parseXml: XmlParser | undefined): unknown {
  const start = body.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '<') {
    if (!parseXml) throw new SyntaxError('An XML body, and no XML parser here: pass `parseXml`');
    return xmlToValue(body, parseXml);
  }
  return parseLenientJson(body);
}

/**
 * Records of a list answer: a JSON array, `{ services: [...] }` (FixMyStreet), or XML `<services><service>`;
 * an empty body is an empty list. Anything else is `invalid_response`.
 */
export function records(value: unknown, root: string, item: string, where: string): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (isRecord(value) && root in value) {
    const inner = value[root];
    return Array.isArray(inner) ? inner : listOf(inner, item);
  }
  throw new AdapterError('invalid_response', `${where} returned no list of ${item}s`);
}

interface Problem {
  code?: number;
  message: string;
}

/** Open311 error bodies: `[{code, description}]`, `<errors><error><code/><description/>`, `<error>text</error>`, text. */
function problems(value: unknown): Problem[] | null {
  const list = Array.isArray(value)
    ? value
    : isRecord(value) && 'errors' in value
      ? listOf(value.errors, 'error')
      : isRecord(value) && 'error' in value
        ? listOf(value.error)
        : null;
  if (!list || list.length === 0) return null;
  const out: Problem[] = [];
  for (const entry of list) {
    if (typeof entry === 'string') out.push({ message: plainText(entry) });
    else if (isRecord(entry) && ('description' in entry || 'code' in entry) && !('service_request_id' in entry) && !('service_code' in entry)) {
      out.push({ code: num(entry.code), message: plainText(entry.description) || plainText(entry.message) });
    } else return null;
  }
  return out;
}

/**
 * The answer's value, or an AdapterError: an HTTP error (the status decides the code, the body's
 * description is the message), a 200 whose body is an error list or embeds an error status line, and a
 * body that cannot be read (`invalid_response`).
 */
export function readAnswer(response: TextResponse, parseXml: XmlParser | undefined, where: string, retryAfter: string | null = null): unknown {
  const { status: embedded, body } = stripHttpPreamble(response.text);
  const status = !response.ok ? response.status : embedded !== undefined && embedded >= 400 ? embedded : response.status;
  let value: unknown;
  let unreadable: unknown;
  try {
    value = body.trim() === '' ? undefined : parseBody(body, parseXml);
  } catch (e) {
    unreadable = e;
  }
  const found = value === undefined ? null : problems(value);
  if (status >= 400 || (found && found.every((p) => p.code === undefined || p.code >= 400))) {
    const first = found?.[0];
    const httpStatus = status >= 400 ? status : (first?.code ?? 400);
    // A bare message is the message; a page of markup (a proxy's HTML) is not.
    const bare = /^\s*[[{<]/.test(body) ? undefined : text(body)?.slice(0, 200);
    const detail = first?.message || bare;
    return raise(httpStatus, `${where}: ${detail ?? `HTTP ${httpStatus}`}`, retryAfter);
  }
  if (unreadable !== undefined) {
    throw new AdapterError('invalid_response', `${where} returned a body that is neither JSON nor well-formed XML`, { cause: unreadable });
  }
  return value;
}

function raise(status: number, message: string, retryAfter: string | null): never {
  const code = codeForStatus(status);
  throw new AdapterError(code, message, code === 'unavailable' ? { retryAfterMs: retryAfterMs(status, retryAfter) } : {});
}
