import type { MemorySizes } from '../../../src/adapters/memory/options.js';
import { seedEpoch } from '../../../src/adapters/memory/world/seed-clock.js';
import type { SeedInput } from './context.js';
import type { Db, SqlRunner } from './db.js';

/** A group's seed: writes its part of the memory generator's city for this input. */
export type GroupSeed = (tx: SqlRunner, input: SeedInput) => Promise<void>;

async function readMeta(db: SqlRunner, name: string): Promise<string | undefined> {
  return (await db.get<{ value: string }>('SELECT value FROM meta WHERE name = ?', [name]))?.value;
}

/**
 * The seed, sizes and epoch of this database: written once when it is new (the first server to
 * start wins), read back afterwards, so every restart regenerates and serves the same city.
 */
export async function seedInput(db: Db, defaults: { seed: number; sizes: MemorySizes }, now: Date): Promise<SeedInput> {
  await db.transaction(async (tx) => {
    const initial: Array<[string, string]> = [
      ['seed', String(defaults.seed)],
      ['sizes', JSON.stringify(defaults.sizes)],
      ['epoch', seedEpoch(now).toISOString()],
    ];
    for (const [name, value] of initial) {
      await tx.run('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [name, value]);
    }
  });
  return {
    seed: Number(await readMeta(db, 'seed')),
    sizes: JSON.parse((await readMeta(db, 'sizes'))!) as MemorySizes,
    epoch: new Date((await readMeta(db, 'epoch'))!),
  };
}

/**
 * Seeds every group not seeded yet, in the order given (areas first: the others stand on it), each
 * in one transaction that also writes its `seeded:<group>` mark in `meta`: a crash mid-seed leaves
 * that group unseeded, to be seeded whole on the next start. Returns the groups seeded now.
 */
export async function seedGroups(db: Db, input: SeedInput, seeds: ReadonlyArray<readonly [string, GroupSeed]>): Promise<string[]> {
  const seeded: string[] = [];
  for (const [group, seed] of seeds) {
    const ran = await db.transaction(async (tx) => {
      const claimed = await tx.run('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [`seeded:${group}`, new Date().toISOString()]);
      if (claimed.changes === 0) return false;
      await seed(tx, input);
      return true;
    });
    if (ran) seeded.push(group);
  }
  return seeded;
}
