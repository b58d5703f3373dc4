export * from './locales.js';
export * from './translator.js';
export * from './format.js';
export { sharedMessages, type SharedMessageKey } from './messages/index.js';
