/**
 * The library version. Kept equal to `package.json`'s `version` by
 * `test/version.test.ts`. Elements expose it as `static version` so the
 * `define` helper can name both versions when two copies meet on one page.
 */
export const VERSION = '0.1.0';
