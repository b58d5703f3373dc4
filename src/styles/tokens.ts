import { unsafeCSS } from 'lit';
import { HOST_TOKENS_CSS } from './host-tokens.generated.js';

/**
 * Design tokens for `:host` of every widget, generated from `token-values.ts` by
 * `scripts/generate-tokens-css.mjs` (a constant of this library, never user input).
 * See `token-values.ts` for how portals override them.
 */
export const tokens = unsafeCSS(HOST_TOKENS_CSS);
