import { unsafeCSS } from 'lit';
import { hostTokensCss } from './token-values.js';

/**
 * Design tokens for `:host` of every widget, generated from
 * `token-values.ts` (a constant of this library, never user input).
 * See `token-values.ts` for how portals override them.
 */
export const tokens = unsafeCSS(hostTokensCss());
