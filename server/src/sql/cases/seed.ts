import { CaseStore } from '../../../../src/adapters/memory/apis/case-store.js';
import { categorySeed } from '../../../../src/adapters/memory/world/case-categories.js';
import { seedWorld, type SeedInput } from '../context.js';
import type { SqlRunner } from '../db.js';
import { insertRows } from './batch.js';
import { seedCatalogue } from './catalogue.js';
import { CASE_ID_COUNTER, dayCounter } from './numbers.js';
import { insertRecords, rollupFacts, searchText } from './records.js';
import { seedTerms } from './terms.js';
import { seedRollups } from './rollup.js';
import { caseFacts } from '../../../../src/adapters/memory/apis/case-facts.js';

/**
 * A fresh database gets the memory adapter's seeded cases: the same generator with the same seed,
 * sizes and epoch (the memory adapter's own store builds them), so ids, public numbers and timelines
 * are the same. The counters start where the seed stopped, so new numbers never collide.
 */
export async function seedCases(tx: SqlRunner, input: SeedInput): Promise<void> {
  const seeded = new CaseStore(seedWorld(input)).seeded;
  await seedCatalogue(tx);
  const english = (code: string) => categorySeed(code)?.name.en ?? '';
  await insertRecords(tx, seeded.list, english);
  await seedTerms(tx, seeded.list.map((r) => ({ id: r.id, searchText: searchText(r, english(r.categoryCode)) })));
  await seedRollups(tx, seeded.list.map((r) => ({ facts: rollupFacts(r), urges: caseFacts(r).urges })));
  await insertRows(tx, 'case_counters', ['name', 'n'], [
    [CASE_ID_COUNTER, seeded.list.length],
    ...[...seeded.lastSequence].map(([day, n]) => [dayCounter(day), n]),
  ]);
  // Fresh statistics for the planner, so it picks the sort and range indexes over a scan.
  for (const table of ['cases', 'case_areas', 'case_events', 'case_followers', 'case_rollup', 'case_spans', 'case_open', 'case_terms', 'case_term_cases']) await tx.run(`ANALYZE ${table}`);
}
