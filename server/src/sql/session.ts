import type { SessionApi } from '../../../src/adapters/contract.js';
import type { SqlContext } from './context.js';

/**
 * Who is calling, as the HTTP layer resolved it from the bearer token (server/src/auth.ts). A real
 * backend would load the user's roles and areas here; the demo personas carry theirs.
 */
export function createSqlSessionApi(ctx: SqlContext): SessionApi {
  return {
    async current() {
      return structuredClone(ctx.session);
    },
  };
}
