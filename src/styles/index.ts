export { tokens } from './tokens.js';
export { shared } from './shared.js';
export * from './token-values.js';
