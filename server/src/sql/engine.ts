import type { Engine } from '../handlers.js';
import { createSqlAreasApi, seedAreas } from './areas/index.js';
import { createSqlCasesApi, seedCases } from './cases/index.js';
import type { SqlContext } from './context.js';
import { createSqlOrgsApi, seedOrgs } from './orgs/index.js';
import type { GroupSeed } from './seed.js';
import { createSqlServicesApi, seedServices } from './services/index.js';
import { createSqlSessionApi } from './session.js';
import { createSqlVolunteersApi, seedVolunteers } from './volunteers/index.js';

export type EngineGroup = keyof Engine;

/** A contract group in SQL: its API for one request's context, and its seed for a fresh database. */
export interface SqlGroup<G extends EngineGroup> {
  readonly api: (ctx: SqlContext) => Engine[G];
  readonly seed?: GroupSeed;
}

export type SqlGroups = { readonly [G in EngineGroup]?: SqlGroup<G> };

/**
 * The registration point: the groups served by SQL, seeded in this order (areas first). A group
 * not listed here is still served by the memory engine behind the serial queue (../memory-fallback.ts)
 * until its SQL lands; add one line per group, e.g.
 *   cases: { api: createSqlCasesApi, seed: seedCases },
 */
export const SQL_GROUPS: SqlGroups = {
  session: { api: createSqlSessionApi },
  areas: { api: createSqlAreasApi, seed: seedAreas },
  services: { api: createSqlServicesApi, seed: seedServices },
  cases: { api: createSqlCasesApi, seed: seedCases },
  orgs: { api: createSqlOrgsApi, seed: seedOrgs },
  volunteers: { api: createSqlVolunteersApi, seed: seedVolunteers },
};

export function isSqlGroup(group: string): group is EngineGroup {
  return Object.hasOwn(SQL_GROUPS, group);
}

/** The seeds of the registered groups, in registration order. */
export function groupSeeds(groups: SqlGroups = SQL_GROUPS): Array<[string, GroupSeed]> {
  return Object.entries(groups).flatMap(([name, group]) => (group?.seed ? [[name, group.seed] as [string, GroupSeed]] : []));
}

/**
 * One request's engine: each SQL group bound to this request's context (its caller, its clock, its
 * replay flag; nothing shared between requests), the rest from `fallback` (the memory engine, whose
 * groups the HTTP layer only calls through the serial queue).
 */
export function engineFor(ctx: SqlContext, fallback: Partial<Engine> = {}): Engine {
  const engine: Record<string, unknown> = { ...fallback };
  for (const [name, group] of Object.entries(SQL_GROUPS)) {
    // Built on first use: a request calls one group.
    let api: unknown;
    Object.defineProperty(engine, name, { get: () => (api ??= (group as SqlGroup<EngineGroup>).api(ctx)), enumerable: true });
  }
  return engine as Engine;
}
