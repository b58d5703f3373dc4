import { fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import type { Adapter } from '../../../src/adapters/contract.js';
import type { CaseQuery, CaseSummary } from '../../../src/domain/index.js';
import '../../../src/elements/grid-case-queue/index.js';
import type { GridCaseQueue } from '../../../src/elements/grid-case-queue/grid-case-queue.js';
import type { QueuePreset } from '../../../src/elements/grid-case-queue/queue-query.js';
import type { GridCaseTracker } from '../../../src/elements/grid-case-tracker/grid-case-tracker.js';
import { TEST_NOW } from '../../helpers/city-clock.js';

export const NOW = TEST_NOW;

export function makeAdapter(session: PersonaName = 'community-staff', extra: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter {
  return createMemoryAdapter({ session, now: () => NOW, latency: 0, ...extra });
}

export const until = (condition: () => unknown, message?: string) => waitUntil(condition, message, { timeout: 10000 });

export async function mountQueue(adapter: Adapter | undefined, options: { preset?: QueuePreset; locale?: string } = {}): Promise<GridCaseQueue> {
  const el = await fixture<GridCaseQueue>(
    html`<grid-case-queue .adapter=${adapter} .now=${NOW} preset=${options.preset ?? 'to-accept'} locale=${options.locale ?? 'zh-CN'}></grid-case-queue>`,
  );
  if (adapter) await settled(el);
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)];

export function text(node: Element | ShadowRoot | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the list (or its empty or error state) is shown. */
export async function settled(el: GridCaseQueue): Promise<void> {
  await el.updateComplete;
  await until(() => !$(el, '[part="loading"]') && ($(el, '[role="grid"]') || $(el, '[part="empty"]') || $(el, '[part="error"]')), 'the queue never finished loading');
  await el.updateComplete;
}

/** Ids of the rendered rows, in row order. */
export function rowIds(el: GridCaseQueue): string[] {
  return $$(el, '[role="row"][data-id]')
    .sort((a, b) => Number(a.dataset.i) - Number(b.dataset.i))
    .map((r) => r.dataset.id!);
}

/** The whole list the backend answers for a query, paged to its end. */
export async function listAll(adapter: MemoryAdapter, query: CaseQuery): Promise<{ items: CaseSummary[]; total: number | null }> {
  const items: CaseSummary[] = [];
  let cursor: string | undefined;
  let total: number | null = null;
  do {
    const page = await adapter.cases.list(query, { cursor, limit: 200 });
    items.push(...page.items);
    total = page.total;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { items, total };
}

export function tracker(el: GridCaseQueue): GridCaseTracker | null {
  return $<GridCaseTracker>(el, 'grid-case-tracker');
}

/** Waits until the tracker in place shows its case. */
export async function trackerReady(el: GridCaseQueue): Promise<GridCaseTracker> {
  await until(() => tracker(el)?.shadowRoot?.querySelector('[part="case"]') && !tracker(el)!.shadowRoot!.querySelector('[part="loading"]'), 'the case never opened');
  return tracker(el)!;
}
