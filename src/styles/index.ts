export { tokens } from './tokens.js';
export { shared } from './shared.js';
export { formStyles } from './forms.js';
export * from './token-values.js';
