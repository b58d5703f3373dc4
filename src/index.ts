// The whole library: every element defined, every public module, and the in-memory adapter.
// A page that needs one widget imports `grassroots-gov-widgets/elements/<tag>` instead; bundlers
// drop the memory adapter when nothing imports it (the package is marked side-effect free but for
// the element entries).
export * from './library.js';
export * from './adapters/memory/index.js';
