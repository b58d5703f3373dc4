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

/** Every group of the contract: one missing is a compile error. */
export type SqlGroups = { readonly [G in EngineGroup]: SqlGroup<G> };

/** The groups, each in its own folder; seeded in this order (areas first: the others locate things in it). */
export const SQL_GROUPS: SqlGroups = {
  session: { api: createSqlSessionApi },
  areas: { api: createSqlAreasApi, seed: seedAreas },
  services: { api: createSqlServicesApi, seed: seedServices },
  cases: { api: createSqlCasesApi, seed: seedCases },
  orgs: { api: createSqlOrgsApi, seed: seedOrgs },
  volunteers: { api: createSqlVolunteersApi, seed: seedVolunteers },
};

/** The seeds of the groups, in order. */
export function groupSeeds(groups: SqlGroups = SQL_GROUPS): Array<[string, GroupSeed]> {
  return Object.entries(groups).flatMap(([name, group]) => (group.seed ? [[name, group.seed] as [string, GroupSeed]] : []));
}

/**
 * One request's engine: each group bound to this request's context (its caller, its clock, its replay flag),
 * built on first use (a request calls one group). Nothing is shared between requests.
 */
export function engineFor(ctx: SqlContext): Engine {
  const engine: Record<string, unknown> = {};
  for (const [name, group] of Object.entries(SQL_GROUPS)) {
    let api: unknown;
    Object.defineProperty(engine, name, { get: () => (api ??= (group as SqlGroup<EngineGroup>).api(ctx)), enumerable: true });
  }
  return engine as Engine;
}
