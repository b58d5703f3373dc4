// The `orgs` group from a Popolo export (an object or a URL). See docs/standards.md.
export { createPopoloOrgs, classify, roleOf, type PopoloOrgs } from './popolo-orgs.js';
export type { PopoloExport, PopoloOptions, PopoloPart, PopoloSource } from './options.js';
