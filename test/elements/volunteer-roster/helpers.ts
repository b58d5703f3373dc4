import { fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import type { Volunteer, VolunteerQuery } from '../../../src/domain/volunteers.js';
import '../../../src/elements/volunteer-roster/index.js';
import type { VolunteerRoster } from '../../../src/elements/volunteer-roster/volunteer-roster.js';
import { TEST_NOW } from '../../helpers/city-clock.js';

export const NOW = TEST_NOW;

export function makeAdapter(session: PersonaName = 'community-staff', volunteers = 600): MemoryAdapter {
  return createMemoryAdapter({ session, latency: 0, sizes: { volunteers }, now: () => NOW });
}

/** Mounts a roster and waits for its first rows. */
export async function mountRoster(
  adapter: MemoryAdapter,
  options: { pageSize?: number; team?: string; area?: string; locale?: string } = {},
): Promise<VolunteerRoster> {
  localStorage.removeItem('volunteer-roster:join');
  const el = await fixture<VolunteerRoster>(html`<volunteer-roster
    locale=${options.locale ?? 'zh-CN'}
    page-size=${options.pageSize ?? 20}
    team=${options.team ?? ''}
    area=${options.area ?? ''}
    .adapter=${adapter}
  ></volunteer-roster>`);
  await waitUntil(() => rows(el).length > 0 || !!$(el, '[part=empty], [part=error]'), 'roster did not load', { timeout: 8000 });
  return el;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector) as T | null;
}

/** Rendered data rows, in order. */
export function rows(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.body [role=row][data-i]')].sort(
    (a, b) => Number(a.dataset.i) - Number(b.dataset.i),
  );
}

export function rowNames(el: Element, count = 5): string[] {
  return rows(el)
    .slice(0, count)
    .map((r) => r.querySelector('.vname')!.textContent!.trim());
}

export function text(el: Element, selector = ':host'): string {
  const node = selector === ':host' ? el.shadowRoot! : el.shadowRoot!.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first page and total the adapter gives for a query. */
export async function expected(adapter: MemoryAdapter, query: VolunteerQuery, limit = 5): Promise<{ names: string[]; total: number; items: Volunteer[] }> {
  const page = await adapter.volunteers.query({ sort: 'name', ...query }, { limit });
  return { names: page.items.map((v) => v.name), total: page.total!, items: page.items };
}

/** Waits until the roster shows `total` ("共 N 人") and rows are in. */
export async function waitForTotal(el: VolunteerRoster, total: number): Promise<void> {
  const shown = total === 0 ? '没有符合条件的志愿者' : `共 ${total.toLocaleString('zh-CN')} 人`;
  await waitUntil(() => text(el, '.total') === shown && (total === 0 || rows(el).length > 0), `expected "${shown}", saw "${text(el, '.total')}"`, {
    timeout: 8000,
  });
}

/** Picks an option of a select the way a change by the user arrives (value, then a change event). */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
