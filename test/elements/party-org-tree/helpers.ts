import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Adapter } from '../../../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import '../../../src/elements/party-org-tree/index.js';
import type { PartyOrgTree } from '../../../src/elements/party-org-tree/party-org-tree.js';

export { createMemoryAdapter };

/** A compound branch with three building groups (1号楼, 2号楼, 3号楼党小组) in the default city. */
export const COMPOUND = 'o-d01-s01-c01-g1-p1';
/** A community with 13 compound branches. */
export const COMMUNITY = 'o-d01-s01-c01';

export function memory(options: MemoryAdapterOptions = {}) {
  return createMemoryAdapter({ latency: 0, ...options });
}

export interface TreeOptions {
  adapter?: Adapter;
  root?: string;
  depth?: number;
  pageSize?: number;
  selected?: string;
}

/** Renders the tree in English and waits until its first rows (and their first children) are in. */
export async function renderTree(options: TreeOptions = {}): Promise<PartyOrgTree> {
  const el = await fixture<PartyOrgTree>(html`<party-org-tree
    locale="en"
    .adapter=${options.adapter ?? memory()}
    root=${options.root ?? ''}
    expanded-depth=${options.depth ?? 1}
    page-size=${options.pageSize ?? 50}
    selected=${options.selected ?? ''}
  ></party-org-tree>`);
  if (!options.root) el.removeAttribute('root');
  if (!options.selected) el.removeAttribute('selected');
  await waitUntil(() => items(el).length > 0 && !loadingRow(el), 'the tree did not load', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

/** The rendered treeitems, in DOM order (the pinned focused row may come last). */
export function items(el: PartyOrgTree): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=treeitem]')];
}

/** Rendered treeitems sorted by their position in the tree. */
export function visibleOrder(el: PartyOrgTree): HTMLElement[] {
  return items(el).sort((a, b) => offset(a) - offset(b));
}

function offset(row: HTMLElement): number {
  return Number(/translateY\((\d+)/.exec(row.style.transform)?.[1] ?? 0);
}

export function loadingRow(el: PartyOrgTree): HTMLElement | null {
  return el.shadowRoot!.querySelector('[role=treeitem].loading');
}

/** The treeitem whose name is exactly `name`. */
export function itemNamed(el: PartyOrgTree, name: string): HTMLElement | undefined {
  return items(el).find((r) => r.querySelector('.name')?.textContent?.trim() === name);
}

export function focusedItem(el: PartyOrgTree): HTMLElement | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.getAttribute('role') === 'treeitem' ? active : null;
}

export function nameOf(row: Element | null | undefined): string {
  return row?.querySelector('.name')?.textContent?.trim() ?? '';
}

export function tabStops(el: PartyOrgTree): HTMLElement[] {
  return items(el).filter((r) => r.tabIndex === 0);
}

export function panel(el: PartyOrgTree): HTMLElement | null {
  return el.shadowRoot!.querySelector('section[part=detail]');
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
