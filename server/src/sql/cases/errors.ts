// The same refusals as the memory adapter: unauthorized for a visitor, forbidden for a person without the permission.
export { requirePermission, throwIfInvalid, throwIfNotFollowable, throwIfRefused } from '../../../../src/adapters/memory/apis/refusals.js';
