import type { Adapter } from '../../../src/adapters/contract.js';
import type { Organization } from '../../../src/domain/orgs.js';

export interface DataNode {
  org: Organization;
  children: DataNode[];
}

/**
 * The same expansion as `<party-org-tree>.expandSubtree(undefined, { maxVisible })`: breadth-first
 * from the roots, every page of children, in batches of 24, until `maxVisible` rows are visible.
 * Used to give Shoelace's tree exactly the nodes ours shows.
 */
export async function expandedData(adapter: Adapter, maxVisible: number): Promise<{ roots: DataNode[]; visible: number }> {
  const orgs = adapter.orgs!;
  const roots = (await orgs.roots()).map((org) => ({ org, children: [] as DataNode[] }));
  let visible = roots.length;
  let frontier = [...roots];
  while (frontier.length && visible < maxVisible) {
    const next: DataNode[] = [];
    for (let i = 0; i < frontier.length && visible < maxVisible; i += 24) {
      const batch = frontier.slice(i, i + 24).filter((n) => n.org.childCount > 0);
      await Promise.all(
        batch.map(async (node) => {
          let cursor: string | null = null;
          do {
            const page = await orgs.children(node.org.id, { cursor, limit: 50 });
            node.children.push(...page.items.map((org) => ({ org, children: [] })));
            cursor = page.nextCursor;
          } while (cursor);
          visible += node.children.length;
        }),
      );
      for (const n of batch) next.push(...n.children);
    }
    frontier = next;
  }
  return { roots, visible };
}

/** A deep leaf to search for and reveal: from the root, the last child at every level (found through paging). */
export async function deepNode(adapter: Adapter): Promise<Organization> {
  const orgs = adapter.orgs!;
  let node = (await orgs.roots()).at(-1)!;
  while (node.childCount > 0) {
    let cursor: string | null = null;
    let last: Organization | undefined;
    do {
      const page = await orgs.children(node.id, { cursor, limit: 50 });
      last = page.items.at(-1) ?? last;
      cursor = page.nextCursor;
    } while (cursor);
    node = last!;
  }
  return node;
}
