// Benchmark page for Shoelace's <sl-tree> (not virtualised) on the same nodes <party-org-tree> shows.
import '@shoelace-style/shoelace/dist/components/tree/tree.js';
import '@shoelace-style/shoelace/dist/components/tree-item/tree-item.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { expandedData, type DataNode } from './lib/org-data.js';
import { afterNextPaint, countElements, keyTimer } from './lib/timing.js';

const adapter = createMemoryAdapter({ sizes: { orgNodes: 100_000 }, latency: 0 });
let data: { roots: DataNode[]; visible: number } | undefined;
const keys = keyTimer();
type LitLike = HTMLElement & { updateComplete: Promise<unknown> };

/** Loads the same expanded nodes through the adapter (not timed). */
async function ready(max: number): Promise<number> {
  data = await expandedData(adapter, max);
  await customElements.whenDefined('sl-tree-item');
  return data.visible;
}

function item(node: DataNode): HTMLElement {
  const el = document.createElement('sl-tree-item');
  const meta = document.createElement('small');
  meta.textContent = ` ${node.org.level} · ${node.org.head?.name ?? ''} · ${node.org.memberCount}`;
  el.append(node.org.name, meta);
  if (node.children.length) {
    el.setAttribute('expanded', '');
    for (const child of node.children) el.append(item(child));
  }
  return el;
}

/** Builds the sl-tree with every visible node expanded; time to the frame after all items rendered. */
async function build(): Promise<{ ms: number; items: number }> {
  const start = performance.now();
  const tree = document.createElement('sl-tree') as LitLike;
  tree.style.cssText = 'height: 30rem; overflow: auto; display: block';
  for (const node of data!.roots) tree.append(item(node));
  document.body.append(tree);
  const items = [...tree.querySelectorAll<LitLike>('sl-tree-item')];
  await tree.updateComplete;
  await Promise.all(items.map((i) => i.updateComplete));
  await afterNextPaint();
  return { ms: performance.now() - start, items: items.length };
}

function focusFirstRow(): void {
  document.querySelector<HTMLElement>('sl-tree-item')!.focus();
}

Object.assign(window, { bench: { ready, build, focusFirstRow, dom: () => countElements(), armKey: (phaseMs?: number) => keys.arm(phaseMs), keyResult: () => keys.result() } });
