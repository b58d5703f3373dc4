// web-test-runner plugin: serves the strict-CSP test page (test/csp/strict-page.html) with the policy a strict
// government portal sends, and nothing else: every other file (the page's own modules included) is served as usual.
// test/csp/strict-csp.test.ts loads the page in an iframe and fails on any securitypolicyviolation in it.

/** The policy, exactly as README.md ("Strict Content-Security-Policy") documents it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The page that gets the header. */
export const STRICT_PAGE = '/test/csp/strict-page.html';

export function cspPlugin() {
  return {
    name: 'strict-csp-page',
    transform(context) {
      if (context.path !== STRICT_PAGE) return undefined;
      // No caching: the header must come with every response, also when the browser revalidates.
      return { headers: { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' } };
    },
  };
}
