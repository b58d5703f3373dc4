export * from './adapter-call-controller.js';
export * from './cursor-paging-controller.js';
export * from './live-announcer.js';
export { LatestCall, isAbort, type CallTicket } from './latest-call.js';
export * from './draft-controller.js';
export * from './virtual-window.js';
export * from './roving-focus.js';
export * from './area-cascade-controller.js';
export * from './paged-grid.js';
