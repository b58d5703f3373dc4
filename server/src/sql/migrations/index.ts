import { CORE } from './001-core.js';
import { CASES } from './002-cases.js';
import { ORGS } from './003-orgs.js';
import { VOLUNTEERS } from './004-volunteers.js';
import { SERVICES } from './005-services.js';

/** A versioned schema change, run once, in order, at start-up (see ../migrate.ts). Never edit one that has shipped: add the next. */
export interface Migration {
  /** Sortable and unique: `001`, `002`, … */
  readonly version: string;
  readonly name: string;
  /** Portable DDL: statements separated by `;`. */
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [CORE, CASES, ORGS, VOLUNTEERS, SERVICES];
