import type { Page } from '../../adapters/contract.js';
import type { AdapterError } from '../../adapters/errors.js';
import type { Organization } from '../../domain/orgs.js';

/** Where a node's children stand: never asked, on the way, (partly) here, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** One organisation the tree knows about, with its loaded children. */
export interface TreeNode {
  org: Organization;
  parentId: string | null;
  /** 1-based, as `aria-level`. */
  depth: number;
  expanded: boolean;
  /** Child ids loaded so far, in backend order. */
  children: string[];
  /** How many children the backend says there are. */
  total: number;
  /** Cursor of the next page of children; null when all are loaded or none asked yet. */
  cursor: string | null;
  status: LoadStatus;
  error?: AdapterError;
}

interface RowBase {
  /** Stable key: the org id for nodes, `<type>:<parentId>` for the extra rows. */
  key: string;
  depth: number;
  posinset: number;
  setsize: number;
}
/** A row of the flattened tree: an organisation, or the trailing row under an expanded node. */
export type Row =
  | (RowBase & { type: 'node'; id: string })
  | (RowBase & { type: 'more' | 'loading' | 'error'; parentId: string; remaining: number });

export type ExtraRowType = 'more' | 'loading' | 'error';

export function extraKey(type: ExtraRowType, parentId: string): string {
  return `${type}:${parentId}`;
}

/**
 * The tree's state without any DOM: which organisations are known, which are expanded, how far
 * their children are loaded. `rows` flattens the visible part into one array (what the virtual
 * window slices), recomputed only after a change.
 */
export class TreeModel {
  readonly nodes = new Map<string, TreeNode>();
  roots: string[] = [];
  private cachedRows?: Row[];
  private cachedIndex?: Map<string, number>;

  /** Replaces everything with these top-level organisations. */
  setRoots(orgs: readonly Organization[]): void {
    this.nodes.clear();
    this.roots = [];
    for (const org of orgs) {
      if (this.nodes.has(org.id)) continue; // a duplicate id would break keys; show it once
      this.nodes.set(org.id, newNode(org, null, 1));
      this.roots.push(org.id);
    }
    this.changed();
  }

  get(id: string): TreeNode | undefined {
    return this.nodes.get(id);
  }

  /** True when the node has (or may have) children. */
  isExpandable(id: string): boolean {
    const n = this.nodes.get(id);
    return !!n && (n.total > 0 || n.children.length > 0);
  }

  /** True when expanding must first fetch the first page of children. */
  needsFirstPage(id: string): boolean {
    const n = this.nodes.get(id);
    return !!n && this.isExpandable(id) && n.children.length === 0 && n.status !== 'loading' && n.cursor === null;
  }

  hasMore(id: string): boolean {
    const n = this.nodes.get(id);
    return !!n && n.cursor !== null;
  }

  setExpanded(id: string, expanded: boolean): boolean {
    const n = this.nodes.get(id);
    if (!n || n.expanded === expanded || (expanded && !this.isExpandable(id))) return false;
    n.expanded = expanded;
    this.changed();
    return true;
  }

  setStatus(id: string, status: LoadStatus, error?: AdapterError): void {
    const n = this.nodes.get(id);
    if (!n) return;
    n.status = status;
    n.error = error;
    this.changed();
  }

  /** Appends a page of children (ids already known are skipped, so a repeated page is harmless). */
  addChildren(parentId: string, page: Page<Organization>): void {
    const parent = this.nodes.get(parentId);
    if (!parent) return;
    for (const org of page.items) {
      if (this.nodes.has(org.id)) continue;
      this.nodes.set(org.id, newNode(org, parentId, parent.depth + 1));
      parent.children.push(org.id);
    }
    parent.cursor = page.nextCursor;
    // A backend that cannot count (total null) still tells us whether more pages exist.
    parent.total = page.total ?? parent.children.length + (page.nextCursor ? 1 : 0);
    if (page.nextCursor === null) parent.total = parent.children.length;
    parent.status = 'loaded';
    parent.error = undefined;
    this.changed();
  }

  /** Ids from the top-level node down to `id` (inclusive). */
  pathTo(id: string): string[] {
    const out: string[] = [];
    for (let n = this.nodes.get(id); n; n = n.parentId === null ? undefined : this.nodes.get(n.parentId)) {
      out.unshift(n.org.id);
    }
    return out;
  }

  /** Collapses every node (loaded children are kept). */
  collapseAll(): void {
    for (const n of this.nodes.values()) n.expanded = false;
    this.changed();
  }

  /** The visible rows, depth-first. */
  get rows(): Row[] {
    return (this.cachedRows ??= this.flatten());
  }

  /** Index of a row by key, or -1. */
  indexOf(key: string): number {
    if (!this.cachedIndex) {
      this.cachedIndex = new Map();
      this.rows.forEach((row, i) => this.cachedIndex!.set(row.key, i));
    }
    return this.cachedIndex.get(key) ?? -1;
  }

  /** Call after mutating a node directly. */
  changed(): void {
    this.cachedRows = undefined;
    this.cachedIndex = undefined;
  }

  private flatten(): Row[] {
    const rows: Row[] = [];
    // Iterative depth-first walk: a 100,000-node tree is too deep a recursion for no reason.
    const stack: { ids: string[]; next: number; parent: TreeNode | null }[] = [];
    stack.push({ ids: this.roots, next: 0, parent: null });
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.ids.length) {
        const id = frame.ids[frame.next++]!;
        const node = this.nodes.get(id)!;
        const setsize = frame.parent ? Math.max(frame.parent.total, frame.ids.length) : frame.ids.length;
        rows.push({ type: 'node', key: id, id, depth: node.depth, posinset: frame.next, setsize });
        if (node.expanded) stack.push({ ids: node.children, next: 0, parent: node });
        continue;
      }
      stack.pop();
      const parent = frame.parent;
      if (!parent) continue;
      const type: ExtraRowType | undefined =
        parent.status === 'error' ? 'error' : parent.status === 'loading' ? 'loading' : parent.cursor !== null ? 'more' : undefined;
      if (type) {
        const remaining = Math.max(0, parent.total - parent.children.length);
        const setsize = Math.max(parent.total, parent.children.length + 1);
        const posinset = Math.min(parent.children.length + 1, setsize);
        rows.push({ type, key: extraKey(type, parent.org.id), parentId: parent.org.id, depth: parent.depth + 1, posinset, setsize, remaining });
      }
    }
    return rows;
  }
}

function newNode(org: Organization, parentId: string | null, depth: number): TreeNode {
  return { org, parentId, depth, expanded: false, children: [], total: org.childCount, cursor: null, status: 'idle' };
}

/**
 * Type-ahead: the first row after `from` (wrapping) whose name starts with `prefix`, ignoring case
 * and the "中共" ("Communist Party of China") prefix nearly every organisation name shares.
 * Returns -1 when none does.
 */
export function findByPrefix(rows: readonly Row[], nameOf: (row: Row) => string | undefined, from: number, prefix: string): number {
  const wanted = prefix.toLocaleLowerCase();
  if (!wanted) return -1;
  for (let step = 1; step <= rows.length; step++) {
    const i = (from + step) % rows.length;
    const name = nameOf(rows[i]!)?.toLocaleLowerCase();
    if (name && (name.startsWith(wanted) || (name.startsWith('中共') && name.slice(2).startsWith(wanted)))) return i;
  }
  return -1;
}
