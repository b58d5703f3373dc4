export * from './error-summary.js';
export * from './field-list.js';
export * from './fields.js';
export * from './form-controller.js';
