// The GOV.UK error summary lives in the form layer (src/forms/error-summary.ts); this path stays for old imports.
export * from '../../forms/error-summary.js';
