// The `cases` group over an Open311 GeoReport v2 server (JSON or XML). See docs/standards.md.
export { createOpen311Adapter, type Open311Adapter } from './open311-adapter.js';
export type { Open311AdapterOptions, Open311Location } from './options.js';
export { closedLoopState } from './map.js';
