/**
 * The strict-CSP page's first module: records every `securitypolicyviolation` in the page from before any
 * widget loads, in `window.__cspViolations`, for test/csp/strict-csp.test.ts to read.
 */

export interface RecordedViolation {
  /** The directive that blocked it, e.g. `style-src-attr` or `require-trusted-types-for`. */
  directive: string;
  /** `inline`, `eval`, `trusted-types-sink` or a URL. */
  blockedURI: string;
  /** The first characters of what was blocked, when the browser gives them. */
  sample: string;
  /** What was blocked, where: the target element and the source position. */
  where: string;
}

declare global {
  interface Window {
    __cspViolations?: RecordedViolation[];
  }
}

function describeTarget(target: EventTarget | null): string {
  if (!(target instanceof Element)) return target === document ? 'document' : String(target);
  const host = (target.getRootNode() as ShadowRoot).host;
  const classes = target.classList.length > 0 ? `.${[...target.classList].join('.')}` : '';
  const self = `<${target.localName}${classes}>`;
  return host ? `${self} in <${host.localName}>` : self;
}

const violations: RecordedViolation[] = (window.__cspViolations = []);

// Capture on the window sees every violation in the page, wherever in the (shadow) tree it was fired.
window.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const source = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      where: `${describeTarget(event.composedPath()[0] ?? event.target)}${source}`,
    });
  },
  true,
);
