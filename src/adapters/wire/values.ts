/**
 * Reading values from standards payloads (Open311, HSDS, Popolo) as real servers send them: a missing value
 * may be absent, `null`, `""` or whitespace; ids may be numbers or strings; booleans may be text; a list may be
 * an array, one object (XML with one child), a wrapper object (`<values><value>`), or nothing.
 */

/** A trimmed non-empty string (numbers and booleans as text), or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** An identifier: a non-empty string or a finite number, as a string. Objects (an element inside the id) are not ids. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return typeof value === 'string' ? text(value) : undefined;
}

/** `true`/`false`, also as text (`"true"`, `"False"`, `"1"`, `"0"`, `"yes"`, `"no"`). */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  const t = text(value)?.toLowerCase();
  if (t === 'true' || t === '1' || t === 'yes') return true;
  if (t === 'false' || t === '0' || t === 'no') return false;
  return undefined;
}

/** A finite number, also from numeric text. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const t = text(value);
  if (t === undefined || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/**
 * A list: an array as it is; nothing (`undefined`, `null`, `""`) as `[]`; a wrapper object holding `child`
 * (`{ value: [...] }` from `<values><value>…`) as what it holds; any other single value as a list of one.
 */
export function listOf(value: unknown, child?: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return [];
  if (child && isRecord(value) && child in value) return listOf(value[child]);
  return [value];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whitespace runs (newlines, tabs, padding) as one space, trimmed; markup tags dropped (descriptions with `<b>`). */
export function plainText(value: unknown): string {
  return (text(value) ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

/** `\r\n` as `\n`, trimmed: descriptions keep their line breaks. */
export function longText(value: unknown): string {
  return (text(value) ?? '').replace(/\r\n?/g, '\n');
}

/** Cut to `max` characters (by code point). */
export function clip(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join('');
}
