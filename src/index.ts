// The whole library: every element defined, and every public module re-exported.
// A page that needs one widget imports `grassroots-gov-widgets/elements/<tag>` instead.
import './elements/grassroots-provider/index.js';

export { VERSION } from './version.js';
export { define } from './define.js';
export * from './domain/index.js';
export * from './adapters/index.js';
export * from './adapters/memory/index.js';
export * from './context/index.js';
export * from './controllers/index.js';
export * from './i18n/index.js';
export * from './styles/index.js';
export { GrassrootsProvider, type AdapterChangeDetail } from './elements/grassroots-provider/index.js';
export { GrassrootsElement } from './elements/shared/widget-element.js';
