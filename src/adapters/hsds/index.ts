// The `services` group over an Open Referral HSDS 3.0 API. See docs/standards.md.
export { createHsdsAdapter, type HsdsAdapter } from './hsds-adapter.js';
export type { HsdsAdapterOptions } from './options.js';
