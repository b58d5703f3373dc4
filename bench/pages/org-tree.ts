// Benchmark page for <party-org-tree> on the 100,000-node memory tree. Driven by bench/org-tree.bench.mjs.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/party-org-tree/index.js';
import type { PartyOrgTree } from '../../src/elements/party-org-tree/party-org-tree.js';
import { afterNextPaint, countElements, keyTimer } from './lib/timing.js';

const adapter = createMemoryAdapter({ sizes: { orgNodes: 100_000 }, latency: 0 });
const tree = document.createElement('party-org-tree') as PartyOrgTree;
tree.setAttribute('locale', 'zh-CN');
tree.setAttribute('expanded-depth', '0');
tree.adapter = adapter;
document.body.append(tree);
const keys = keyTimer();

const rows = () => tree.shadowRoot!.querySelectorAll('[role=treeitem]');

async function ready(): Promise<void> {
  await adapter.orgs.children('o-city', { limit: 1 }); // builds the 100,000-node world outside the timings
  while (!rows().length) await new Promise((r) => setTimeout(r, 10));
  await afterNextPaint();
}

/** Expands until ~`max` nodes are visible; returns the time to the frame after the DOM settled. */
async function expand(max: number): Promise<{ ms: number; visible: number }> {
  const start = performance.now();
  const visible = await tree.expandSubtree(undefined, { maxVisible: max });
  await tree.updateComplete;
  await afterNextPaint();
  return { ms: performance.now() - start, visible };
}

async function collapse(): Promise<void> {
  tree.collapseAll();
  await tree.updateComplete;
  await afterNextPaint();
}

function focusFirstRow(): void {
  (tree.shadowRoot!.querySelector('[role=treeitem][tabindex="0"]') as HTMLElement).focus();
}

Object.assign(window, {
  bench: { ready, expand, collapse, focusFirstRow, dom: () => countElements(), rows: () => rows().length, armKey: () => keys.arm(), keyResult: () => keys.result() },
});
