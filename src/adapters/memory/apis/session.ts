import type { SessionApi } from '../../contract.js';
import type { MemoryContext } from '../context.js';

export function createSessionApi(ctx: MemoryContext): SessionApi {
  return {
    async current() {
      return ctx.session();
    },
  };
}
