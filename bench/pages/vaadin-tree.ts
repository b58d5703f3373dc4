// vaadin-grid's tree mode (Vaadin 25: a hierarchical dataProvider, vaadin-grid-tree-column with
// vaadin-grid-tree-toggle) on the same 100,000-node memory tree <party-org-tree> shows. Driven by
// bench/org-tree.bench.mjs. The data provider reads children through the same adapter, every page of a
// parent, and keeps them in the page (as <party-org-tree> keeps what it loaded), then serves vaadin's pages.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '@vaadin/grid/vaadin-grid-tree-column.js';
import type { Grid, GridDataProviderCallback, GridDataProviderParams } from '@vaadin/grid/vaadin-grid.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Organization } from '../../src/domain/orgs.js';
import { deepNode, expandedData, type DataNode } from './lib/org-data.js';
import { afterNextPaint, countElements, keyTimer, workDone } from './lib/timing.js';
import { whenDom } from './volunteer-roster-data.js';

interface Item {
  id: string;
  name: string;
  meta: string;
  hasChildren: boolean;
}

const adapter = createMemoryAdapter({ sizes: { orgNodes: 100_000 }, latency: 0 });
const orgs = adapter.orgs;
const keys = keyTimer();
let grid: Grid<Item> | undefined;
let deep: Organization | undefined;
let roots: Item[] = [];
/** Every child of a parent, once loaded. */
const children = new Map<string, Item[]>();
let expandSet: Item[] = [];

const item = (org: Organization): Item => ({
  id: org.id,
  name: org.name,
  meta: `${org.level} · ${org.head?.name ?? ''} · ${org.memberCount}`,
  hasChildren: org.childCount > 0,
});

/** All children of `id`, through the adapter's pages the first time. */
async function childrenOf(id: string): Promise<Item[]> {
  let list = children.get(id);
  if (!list) {
    list = [];
    let cursor: string | null = null;
    do {
      const page = await orgs.children(id, { cursor, limit: 50 });
      list.push(...page.items.map(item));
      cursor = page.nextCursor;
    } while (cursor);
    children.set(id, list);
  }
  return list;
}

function dataProvider(params: GridDataProviderParams<Item>, callback: GridDataProviderCallback<Item>): void {
  const serve = (list: Item[]) => callback(list.slice(params.page * params.pageSize, (params.page + 1) * params.pageSize), list.length);
  if (!params.parentItem) return serve(roots);
  const cached = children.get(params.parentItem.id);
  // Cached: answer at once, as <party-org-tree> renders what it holds without a request.
  if (cached) serve(cached);
  else void childrenOf(params.parentItem.id).then(serve);
}

/** Builds the 100,000-node world, reads the roots and finds the deep node outside the timings. */
async function ready(): Promise<string> {
  deep = await deepNode(adapter);
  roots = (await orgs.roots()).map(item);
  await customElements.whenDefined('vaadin-grid');
  return deep.id;
}

const cellTexts = () => [...grid!.querySelectorAll('vaadin-grid-cell-content')].map((c) => c.textContent ?? '');
const bodyRows = () => grid!.shadowRoot!.querySelectorAll('#items tr:not([hidden])');

/** Element creation → the frame after its first rows (the roots) are laid out (`work`) and painted (`ms`). */
async function firstRender(): Promise<{ ms: number; work: number; rows: number }> {
  grid?.remove();
  children.clear();
  const start = performance.now();
  grid = document.createElement('vaadin-grid') as Grid<Item>;
  grid.style.height = '30rem';
  grid.itemIdPath = 'id';
  grid.itemHasChildrenPath = 'hasChildren';
  grid.pageSize = 50;
  const tree = document.createElement('vaadin-grid-tree-column');
  tree.path = 'name';
  tree.header = '组织';
  tree.flexGrow = 2;
  const meta = document.createElement('vaadin-grid-column');
  meta.path = 'meta';
  meta.header = '类别 · 书记 · 党员';
  grid.append(tree, meta);
  grid.dataProvider = dataProvider;
  document.body.append(grid);
  await whenDom(grid, () => cellTexts().includes(roots[0]!.name));
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, rows: bodyRows().length };
}

/** Search for the deep node by name (the backend's search), expand its path, scroll to it → painted. */
async function reveal(): Promise<{ ms: number; work: number; found: boolean }> {
  const start = performance.now();
  const page = await orgs.search(deep!.name, { limit: 20 });
  const hit = page.items.find((h) => h.organization.id === deep!.id)!;
  const ids = [...hit.path.map((p) => p.id), hit.organization.id];
  // The index of each node on the path among its parent's children (loading them as needed).
  const indexes = [roots.findIndex((r) => r.id === ids[0])];
  const expand: Item[] = [roots[indexes[0]!]!];
  for (let i = 1; i < ids.length; i++) {
    const list = await childrenOf(ids[i - 1]!);
    const at = list.findIndex((c) => c.id === ids[i]);
    indexes.push(at);
    if (i < ids.length - 1) expand.push(list[at]!);
  }
  grid!.expandedItems = [...grid!.expandedItems, ...expand];
  grid!.scrollToIndex(...indexes);
  await whenDom(grid!, () => cellTexts().includes(deep!.name));
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, found: true };
}

async function collapse(): Promise<void> {
  grid!.expandedItems = [];
  grid!.scrollToIndex(0);
  await afterNextPaint();
}

/** The same nodes <party-org-tree>'s expandSubtree() shows, loaded into the page (not timed). */
async function prepareExpand(max: number): Promise<number> {
  const data = await expandedData(adapter, max);
  const expanded: Item[] = [];
  const walk = (nodes: DataNode[], parent: string | null) => {
    if (parent) children.set(parent, nodes.map((n) => item(n.org)));
    for (const n of nodes) if (n.children.length) walk(n.children, n.org.id);
  };
  walk(data.roots, null);
  const byId = new Map([...children.values()].flat().concat(roots).map((i) => [i.id, i]));
  const visit = (nodes: DataNode[]) => nodes.forEach((n) => n.children.length && (expanded.push(byId.get(n.org.id)!), visit(n.children)));
  visit(data.roots);
  expandSet = expanded;
  return data.visible;
}

/** Expands every node of the prepared set at once → the frame after the rows in view show the children. */
async function expand(): Promise<{ ms: number; work: number; visible: number }> {
  const firstChild = children.get(roots[0]!.id)![0]!.name;
  const start = performance.now();
  grid!.expandedItems = expandSet;
  await whenDom(grid!, () => cellTexts().includes(firstChild));
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, visible: (grid as unknown as { _flatSize: number })._flatSize };
}

function focusFirstRow(): void {
  grid!.shadowRoot!.querySelector<HTMLElement>('#items tr td')!.focus();
}

Object.assign(window, {
  bench: { ready, firstRender, reveal, collapse, prepareExpand, expand, focusFirstRow, dom: () => countElements(), rows: () => bodyRows().length, armKey: (phaseMs?: number) => keys.arm(phaseMs), keyResult: () => keys.result() },
});
