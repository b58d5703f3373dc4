import { ContextRoot } from '@lit/context';

const KEY = Symbol.for('grassroots-gov-widgets/context-root');

/**
 * Attaches one `ContextRoot` to the document (once per page, even with two
 * bundled copies of the library), so a provider that is defined or upgraded
 * after the widgets below it still answers their context requests.
 *
 * It listens on `document` rather than `document.body`: requests are
 * composed and bubble there too, and `document` exists even when a script
 * runs in `<head>` before `<body>`.
 */
export function ensureContextRoot(doc: Document | undefined = globalThis.document): void {
  if (!doc) return;
  const holder = doc as Document & { [KEY]?: ContextRoot };
  if (holder[KEY]) return;
  const root = new ContextRoot();
  root.attach(doc as unknown as HTMLElement);
  holder[KEY] = root;
}
