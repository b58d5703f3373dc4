import { fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import type { Adapter } from '../../../src/adapters/contract.js';
import type { ListKind } from '../../../src/domain/services.js';
import '../../../src/elements/service-list/index.js';
import type { ServiceList } from '../../../src/elements/service-list/service-list.js';
import { TEST_NOW } from '../../helpers/city-clock.js';

/** Drafts live in localStorage, which test files running side by side share: each page keeps its own. */
export const DRAFT_KEY = `sl-test-${Math.random().toString(36).slice(2)}`;

export const NOW = TEST_NOW;

export function memory(session: PersonaName = 'resident'): MemoryAdapter {
  return createMemoryAdapter({ session, latency: 0, now: () => NOW });
}

export interface MountOptions {
  kind?: ListKind;
  locale?: string;
  area?: string;
  now?: Date;
  pageSize?: number;
}

/** Page size in tests: small, so axe has less DOM to walk on a busy machine. */
export const PAGE = 10;

/** A `<service-list>` on the adapter, waited for until its first page (or a state) shows. */
export async function mountList(adapter: Adapter, options: MountOptions = {}): Promise<ServiceList> {
  const el = await fixture<ServiceList>(html`<service-list
    .adapter=${adapter}
    kind=${options.kind ?? 'service'}
    locale=${options.locale ?? 'en'}
    area=${options.area ?? ''}
    .now=${options.now ?? NOW}
    draft-key=${DRAFT_KEY}
    page-size=${options.pageSize ?? PAGE}
  ></service-list>`);
  await settled(el);
  return el;
}

/** Waits until the first page, an empty state or an error shows. */
export async function settled(el: ServiceList): Promise<void> {
  await waitUntil(() => $(el, '.items, [part=empty], [part=error], form.form') !== null, 'the list did not settle', { timeout: 5000 });
  await el.updateComplete;
}

export function $<T extends Element = HTMLElement>(el: ServiceList, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: ServiceList, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Visible item names, in order. */
export function names(el: ServiceList): string[] {
  return $$(el, '.card-title').map((h) => h.textContent!.trim());
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element focused inside the widget's shadow root. */
export function focused(el: ServiceList): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Sets a control's value as typing would and fires `input`/`change`. */
export function fill(el: ServiceList, id: string, value: string): void {
  const control = el.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

/** Clears draft storage between tests. */
export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(`${DRAFT_KEY}:`)) localStorage.removeItem(key);
}

/**
 * `waitUntil` with a 10 s limit: test files run side by side, and a page in a background tab
 * (Firefox clamps its timers there) polls far less often than the 1 s default allows for.
 */
export function until(condition: () => unknown, message?: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 10_000, interval: 20 });
}

/**
 * Generates the seeded city once per test page, before the tests: the first test should not
 * pay for it inside its own time limit on a busy machine.
 */
export async function warmUp(): Promise<void> {
  const adapter = memory();
  await Promise.all([adapter.services.taxonomy(), adapter.areas.roots(), adapter.services.query({ kind: 'service' }, { limit: 1 })]);
}
