import { Session } from '../../domain/session.js';
import type { SessionApi } from '../contract.js';
import type { GroupSchemas } from '../validating-core.js';

/** What each `session` method must return. One module per group, so a widget bundles only its own. */
export const sessionResponses = { current: Session } as const satisfies GroupSchemas<SessionApi>;
