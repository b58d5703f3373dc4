// The adapter contract, its error type and the validating boundary. Implementations have their own entries.
export type * from './contract.js';
export * from './errors.js';
export { validating, parseResponse, RESPONSE_SCHEMAS } from './validating.js';
