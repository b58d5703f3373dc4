// Script-tag entry: bundles the whole library (lit and zod included) into dist/embed/grassroots-widgets.js.
export * from './index.js';
