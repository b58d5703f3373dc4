import { VERSION } from './version.js';

/** What `define` needs from a registry: `window.customElements` or a scoped registry. */
export interface ElementRegistry {
  get(name: string): CustomElementConstructor | undefined;
  define(name: string, constructor: CustomElementConstructor, options?: ElementDefinitionOptions): void;
}

const warned = new Set<string>();

function versionOf(ctor: CustomElementConstructor): string | undefined {
  const v = (ctor as unknown as { version?: unknown }).version;
  return typeof v === 'string' ? v : undefined;
}

/**
 * Registers `ctor` as `tag` unless the tag is already defined.
 *
 * Two copies of the library on one page (a portal bundle and a script tag)
 * are the most common embedding problem, so a second registration is skipped
 * instead of throwing. When the existing class is a different one, one
 * `console.warn` per tag names both versions (from the classes' static
 * `version`). Pass a scoped registry as `registry` to avoid the clash
 * entirely where the browser supports scoped custom element registries.
 *
 * @returns the constructor registered for `tag` after the call (which may be
 *   the earlier one).
 */
export function define(
  tag: string,
  ctor: CustomElementConstructor,
  registry: ElementRegistry | undefined = globalThis.customElements,
): CustomElementConstructor | undefined {
  if (!registry) return undefined; // server-side rendering or a non-DOM environment
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, ctor);
    return ctor;
  }
  if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    const theirs = versionOf(existing) ?? 'unknown version';
    const ours = versionOf(ctor) ?? VERSION;
    console.warn(
      `[grassroots-gov-widgets] <${tag}> is already defined by another copy of the library ` +
        `(${theirs}); this copy (${ours}) will not redefine it. Load the library once per page, ` +
        `or make both copies the same version.`,
    );
  }
  return existing;
}
