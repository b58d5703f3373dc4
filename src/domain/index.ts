// Pure domain: schemas, the case state machine, validation, masking, opening hours and the city clock. No DOM, no fetch.
// What only backends use (new-case.ts, case-action.ts, case-events.ts, case-text.ts, similar-cases.ts: how the memory
// adapter and the reference server build and change a case) is imported by path, so portals' bundles and the embed
// do not carry it.
export * from './common.js';
export * from './urls.js';
export * from './session.js';
export * from './areas.js';
export * from './cases.js';
export * from './case-machine.js';
export * from './case-scope.js';
export * from './case-validation.js';
export * from './field-errors.js';
export * from './masking.js';
export * from './ids.js';
export * from './city-clock.js';
export * from './schedules.js';
export * from './volunteer-validation.js';
export * from './orgs.js';
export * from './volunteers.js';
export * from './services.js';
export * from './stats.js';
