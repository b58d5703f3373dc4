// Benchmark page for <party-org-tree> on the 100,000-node memory tree. Driven by bench/org-tree.bench.mjs.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/party-org-tree/index.js';
import type { PartyOrgTree } from '../../src/elements/party-org-tree/party-org-tree.js';
import type { Organization } from '../../src/domain/orgs.js';
import { deepNode } from './lib/org-data.js';
import { afterNextPaint, countElements, keyTimer, workDone } from './lib/timing.js';
import { whenDom } from './volunteer-roster-data.js';

const adapter = createMemoryAdapter({ sizes: { orgNodes: 100_000 }, latency: 0 });
let tree: PartyOrgTree | undefined;
let deep: Organization | undefined;
const keys = keyTimer();

const rows = () => tree!.shadowRoot!.querySelectorAll('[role=treeitem]');

/** Builds the 100,000-node world and finds the deep node outside the timings. */
async function ready(): Promise<string> {
  deep = await deepNode(adapter);
  return deep.id;
}

/** Element creation → the frame after its first rows (the roots) are laid out (`work`) and painted (`ms`). */
async function firstRender(): Promise<{ ms: number; work: number; rows: number }> {
  tree?.remove();
  const start = performance.now();
  tree = document.createElement('party-org-tree') as PartyOrgTree;
  tree.setAttribute('locale', 'zh-CN');
  tree.setAttribute('expanded-depth', '0');
  tree.adapter = adapter;
  document.body.append(tree);
  await whenDom(tree.shadowRoot!, () => rows().length > 0);
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, rows: rows().length };
}

/** Search for the deep node by name (the backend's search), reveal it (expand its path, scroll) → painted. */
async function reveal(): Promise<{ ms: number; work: number; found: boolean }> {
  const start = performance.now();
  const page = await adapter.orgs.search(deep!.name, { limit: 20 });
  const hit = page.items.find((h) => h.organization.id === deep!.id)!;
  const found = await tree!.reveal(hit.organization.id);
  await whenDom(tree!.shadowRoot!, () => !!tree!.shadowRoot!.querySelector(`[role=treeitem][data-key="${deep!.id}"]`));
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, found };
}

/** Expands until ~`max` nodes are visible; returns the time to the frame after the DOM settled. */
async function expand(max: number): Promise<{ ms: number; work: number; visible: number }> {
  const start = performance.now();
  const visible = await tree!.expandSubtree(undefined, { maxVisible: max });
  await tree!.updateComplete;
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, visible };
}

async function collapse(): Promise<void> {
  tree!.collapseAll();
  await tree!.updateComplete;
  await afterNextPaint();
}

function focusFirstRow(): void {
  (tree!.shadowRoot!.querySelector('[role=treeitem][tabindex="0"]') as HTMLElement).focus();
}

Object.assign(window, {
  bench: { ready, firstRender, reveal, expand, collapse, focusFirstRow, dom: () => countElements(), rows: () => rows().length, armKey: (phaseMs?: number) => keys.arm(phaseMs), keyResult: () => keys.result() },
});
