// Script-tag entry for production: every element and the public API, with lit and zod inlined,
// without the memory adapter and its seeded city (see embed-demo.ts for that).
export * from './library.js';
