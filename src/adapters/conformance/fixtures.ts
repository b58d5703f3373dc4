import { cityNow } from '../../domain/city-clock.js';
import type { Adapter, AdapterGroup } from '../contract.js';
import { CASE_ACTIONS, type AnswerValue, type CaseCategory, type CaseSubmission } from '../../domain/cases.js';
import { AREA_LEVELS } from '../../domain/areas.js';
import { locatesCase } from '../../domain/case-validation.js';
import type { Page } from '../../domain/common.js';
import { validating } from '../validating.js';
import { ok, uniqueKey } from './assert.js';
import type { ConformanceNeed, ConformanceOptions, ConformancePersona } from './types.js';

export type FullAdapter = Required<Pick<Adapter, AdapterGroup>>;

export const ALL_GROUPS: readonly AdapterGroup[] = ['session', 'areas', 'cases', 'orgs', 'volunteers', 'services'];

const DEFAULT_LOCATION: CaseSubmission['location'] = {
  areaId: 'conformance',
  address: 'Conformance test address',
  point: { lat: 31.2304, lng: 121.4737 },
};

/** What the adapter has, as clause needs: its groups (narrowed to `only`) and what their `capabilities` allow. */
export function featuresOf(adapter: Adapter, only?: readonly AdapterGroup[]): Set<ConformanceNeed> {
  const features = new Set<ConformanceNeed>(ALL_GROUPS.filter((g) => adapter[g] && (!only || only.includes(g))));
  const cases = features.has('cases') ? adapter.cases?.capabilities : undefined;
  if (features.has('cases')) {
    const all = !cases?.actions || CASE_ACTIONS.every((a) => cases.actions!.includes(a));
    features.add(all ? 'case-actions' : 'case-actions-limited');
    features.add(cases?.follow === false ? 'case-follow-unsupported' : 'case-follow');
    if (!cases?.actions || (cases.actions.includes('urge') && cases.actions.includes('escalate'))) features.add('case-supervision');
  }
  if (features.has('cases') && typeof adapter.cases?.stats === 'function') features.add('case-stats');
  if (features.has('volunteers') && typeof adapter.volunteers?.stats === 'function') features.add('volunteer-stats');
  if (features.has('services') && typeof adapter.services?.stats === 'function') features.add('service-stats');
  if (features.has('services') && adapter.services?.capabilities?.request !== false) features.add('service-requests');
  return features;
}

/** Where `validSubmission` locates a report when the adapter has no `areas`. */
const locations = new WeakMap<object, CaseSubmission['location']>();

/**
 * Adapters per persona, each behind `validating()`: every response any test sees has been parsed
 * with the domain schemas, so "every response parses" is checked on every call. Typed as having every
 * group; clauses use only the groups they declared, and the groups the kit checks are checked here.
 */
export function personas(
  options: ConformanceOptions,
  features: ReadonlySet<ConformanceNeed>,
  anonymous?: Adapter,
): (persona: ConformancePersona) => Promise<FullAdapter> {
  const cache = new Map<ConformancePersona, Promise<FullAdapter>>();
  return (persona) => {
    let adapter = cache.get(persona);
    if (!adapter) {
      const raw = persona === 'anonymous' && anonymous ? anonymous : options.create(persona);
      adapter = Promise.resolve(raw).then((raw) => {
        const checked = validating(raw);
        for (const group of ALL_GROUPS) {
          if (features.has(group)) ok(checked[group], `the adapter for ${persona} implements "${group}"`);
        }
        if (!features.has('areas')) locations.set(checked, options.caseLocation ?? DEFAULT_LOCATION);
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

/**
 * A valid report in the resident's own area (down to its first grid), built from what the backend says;
 * for an adapter without `areas`, at the options' `caseLocation`.
 */
export async function validSubmission(resident: FullAdapter): Promise<CaseSubmission> {
  const categories = await resident.cases.categories();
  const category = categories[0];
  ok(category, 'cases.categories returns at least one category');
  const answers: Record<string, AnswerValue> = {};
  for (const q of category.questions) if (q.required) answers[q.code] = answerFor(q);
  return {
    categoryCode: category.code,
    answers,
    location: locations.get(resident) ?? { areaId: await residentArea(resident), address: 'Conformance test address' },
    description: 'Conformance kit test report',
    urgency: 'normal',
    anonymous: false,
    name: '测试员',
    phone: '13800000000',
    idempotencyKey: uniqueKey('submit'),
  };
}

/** The first reportable area below where the resident lives (or below the first root, without a session). */
async function residentArea(resident: FullAdapter): Promise<string> {
  const [session, roots] = await Promise.all([
    (resident as Adapter).session ? resident.session.current() : Promise.resolve(null),
    resident.areas.roots(),
  ]);
  return reportableArea(resident, session?.areaIds[0] ?? roots[0]!.id);
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
