import type { SqlRunner } from '../db.js';
import { loadNames, type Names } from './catalogue.js';

// The catalogue is written once, by the seed: one read per database, not one per request.
const cache = new WeakMap<object, Promise<Names>>();

export function namesOf(db: SqlRunner): Promise<Names> {
  let names = cache.get(db);
  if (!names) {
    names = loadNames(db);
    cache.set(db, names);
    names.catch(() => cache.delete(db));
  }
  return names;
}
