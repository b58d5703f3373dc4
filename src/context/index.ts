export { adapterContext } from './adapter-context.js';
export { displayContext, parseTheme, THEMES, type DisplayOptions, type Theme } from './display-context.js';
export { ensureContextRoot } from './context-root.js';
