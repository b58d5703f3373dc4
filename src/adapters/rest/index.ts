// The adapter contract over HTTP (see openapi/grassroots.json), with its route table.
export { createRestAdapter, type RestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions, TokenSource } from './options.js';
export { ROUTES, fillPath, matchRoute, type OperationId, type Route } from './routes.js';
export { parseRetryAfter } from './retry.js';
export type { PhotoUpload } from './photos.js';
