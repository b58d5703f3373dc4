/**
 * XML as plain values, so one mapping reads JSON and XML alike: an element with children becomes an object
 * keyed by local name (namespaces and attributes dropped; a repeated child name becomes an array, in document
 * order); a leaf becomes its text (`<a/>` is `""`); `xsi:nil="true"` becomes `null`. The root is wrapped:
 * `<services><service>…` gives `{ services: { service: [...] } }`.
 */
export type XmlParser = (text: string) => Document;

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The browser's parser. In Node, pass one (e.g. from `@xmldom/xmldom`) as the adapter's `parseXml` option. */
export function defaultXmlParser(): XmlParser | undefined {
  return typeof DOMParser === 'undefined' ? undefined : (text) => new DOMParser().parseFromString(text, 'application/xml');
}

/** Throws a SyntaxError when the text is not well-formed XML. */
export function xmlToValue(text: string, parse: XmlParser): Record<string, unknown> {
  // Some servers indent the whole document, declaration included; the declaration must come first.
  const doc = parse(text.replace(/^\uFEFF/, '').trimStart());
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('parsererror').length > 0) throw new SyntaxError('The body is not well-formed XML');
  return { [root.localName]: elementValue(root) };
}

function elementValue(el: Element): unknown {
  if (el.getAttributeNS(XSI, 'nil') === 'true') return null;
  const children = Array.from(el.children);
  if (children.length === 0) return el.textContent ?? '';
  const out: Record<string, unknown> = {};
  for (const child of children) {
    const name = child.localName;
    const value = elementValue(child);
    const previous = out[name];
    if (previous === undefined) out[name] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else out[name] = [previous, value];
  }
  return out;
}
