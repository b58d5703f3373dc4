import type { Session } from '../../src/domain/session.js';
import { PERSONAS, personaSession, type PersonaName } from '../../src/adapters/memory/personas.js';

/**
 * Demo authentication: the bearer token is a persona name (`Authorization: Bearer grid-centre`).
 * No header means an anonymous visitor; an unknown token is refused. A real backend would check
 * a signed token here and load the user's permissions.
 */
export function sessionFor(authorization: string | undefined): Session | null {
  if (!authorization) return personaSession('anonymous');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match || !(match[1]! in PERSONAS)) return null;
  return personaSession(match[1] as PersonaName);
}

export const TOKENS = Object.keys(PERSONAS) as PersonaName[];
