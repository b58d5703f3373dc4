export * from './error-summary.js';
export * from './field-list.js';
export * from './fields.js';
export * from './form-controller.js';
export * from './area-select.js';
export * from './outcome.js';
