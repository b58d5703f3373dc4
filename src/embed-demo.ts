// Script-tag entry for demos and prototypes: everything in embed.ts plus `createMemoryAdapter`,
// so one <script type="module"> is enough to try the widgets on a page with no backend.
export * from './index.js';
