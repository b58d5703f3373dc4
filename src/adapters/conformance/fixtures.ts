import { cityNow } from '../../domain/city-clock.js';
import type { Adapter, AdapterGroup } from '../contract.js';
import type { AnswerValue, CaseCategory, CaseSubmission } from '../../domain/cases.js';
import { AREA_LEVELS } from '../../domain/areas.js';
import { locatesCase } from '../../domain/case-validation.js';
import type { Page } from '../../domain/common.js';
import { validating } from '../validating.js';
import { ok, uniqueKey } from './assert.js';
import type { ConformanceOptions, ConformancePersona } from './types.js';

export type FullAdapter = Required<Pick<Adapter, AdapterGroup>>;

/**
 * Adapters per persona, each behind `validating()`: every response any test sees has been parsed
 * with the domain schemas, so "every response parses" is checked on every call.
 */
export function personas(options: ConformanceOptions): (persona: ConformancePersona) => Promise<FullAdapter> {
  const cache = new Map<ConformancePersona, Promise<FullAdapter>>();
  return (persona) => {
    let adapter = cache.get(persona);
    if (!adapter) {
      adapter = Promise.resolve(options.create(persona)).then((raw) => {
        const checked = validating(raw);
        for (const group of ['session', 'areas', 'cases', 'orgs', 'volunteers', 'services'] as const) {
          ok(checked[group], `the adapter for ${persona} implements "${group}"`);
        }
        return checked as FullAdapter;
      });
      cache.set(persona, adapter);
    }
    return adapter;
  };
}

/** An answer each question accepts, from its definition alone. */
function answerFor(q: CaseCategory['questions'][number]): AnswerValue {
  switch (q.datatype) {
    case 'number':
      return q.min ?? (q.max !== undefined ? Math.min(1, q.max) : 1);
    case 'datetime':
      return cityNow().toISOString();
    case 'single':
      return q.options?.[0]?.key ?? 'x';
    case 'multi':
      return q.options?.[0] ? [q.options[0].key] : [];
    case 'boolean':
      return true;
    default:
      return 'conformance';
  }
}

/**
 * An area a report may be located at (a grid or below, or the end of a branch), found by walking
 * down from `startId` through the first child of each level.
 */
export async function reportableArea(adapter: FullAdapter, startId: string): Promise<string> {
  let area = await adapter.areas.get(startId);
  for (let depth = 0; depth < AREA_LEVELS.length && !locatesCase(area); depth++) {
    const [child] = (await adapter.areas.children(area.id, { limit: 1 })).items;
    ok(child, `areas.children("${area.id}") returns the areas below a ${area.level} with childCount ${area.childCount}`);
    area = child;
  }
  ok(locatesCase(area), `walking down from "${startId}" reaches a grid, compound or building`);
  return area.id;
}

/** A valid report in the resident's own area (down to its first grid), built from what the backend says. */
export async function validSubmission(resident: FullAdapter): Promise<CaseSubmission> {
  const [categories, session, roots] = await Promise.all([resident.cases.categories(), resident.session.current(), resident.areas.roots()]);
  const category = categories[0];
  ok(category, 'cases.categories returns at least one category');
  const answers: Record<string, AnswerValue> = {};
  for (const q of category.questions) if (q.required) answers[q.code] = answerFor(q);
  return {
    categoryCode: category.code,
    answers,
    location: { areaId: await reportableArea(resident, session.areaIds[0] ?? roots[0]!.id), address: 'Conformance test address' },
    description: 'Conformance kit test report',
    urgency: 'normal',
    anonymous: false,
    name: '测试员',
    phone: '13800000000',
    idempotencyKey: uniqueKey('submit'),
  };
}

/**
 * Walks a paged list with `limit` to its end (or `maxPages`), checking that ids never repeat and
 * every page agrees on the total; returns what it saw.
 */
export async function walk<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  id: (item: T) => string,
  maxPages = 50,
): Promise<{ items: T[]; total: number | null; complete: boolean }> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  let total: number | null | undefined;
  for (let n = 0; n < maxPages; n++) {
    const page: Page<T> = await fetchPage(cursor);
    if (total === undefined) total = page.total;
    ok(page.total === total, `every page reports the same total (${String(total)} then ${String(page.total)})`);
    for (const item of page.items) {
      ok(!seen.has(id(item)), `item ${id(item)} appears on two pages`);
      seen.add(id(item));
      items.push(item);
    }
    if (page.nextCursor === null) return { items, total: total ?? null, complete: true };
    ok(page.items.length > 0, 'a page with a next cursor is not empty');
    cursor = page.nextCursor;
  }
  return { items, total: total ?? null, complete: false };
}
