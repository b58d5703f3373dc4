import type { Row } from './tree-model.js';

/** What a key press on the focused row asks the tree to do (APG treeview keyboard model). */
export type TreeAction =
  | { type: 'focus'; index: number }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'activate'; index: number }
  | { type: 'expandSiblings'; index: number }
  | { type: 'typeahead'; char: string }
  | { type: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** Facts about a node row the keyboard model needs; supplied by the tree. */
export interface RowFacts {
  expandable(id: string): boolean;
  expanded(id: string): boolean;
}

/**
 * Maps a key on row `index` to an action. Pure, so every branch is unit-tested without a DOM.
 * Returns `none` for keys the tree leaves alone (Tab, modified keys), so the browser handles them.
 */
export function keyAction(event: KeyInput, rows: readonly Row[], index: number, facts: RowFacts): TreeAction {
  const row = rows[index];
  if (!row || event.altKey || event.metaKey || (event.ctrlKey && event.key !== 'Home' && event.key !== 'End')) {
    return { type: 'none' };
  }
  const last = rows.length - 1;
  switch (event.key) {
    case 'ArrowDown':
      return { type: 'focus', index: Math.min(last, index + 1) };
    case 'ArrowUp':
      return { type: 'focus', index: Math.max(0, index - 1) };
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: last };
    case 'ArrowRight':
      if (row.type !== 'node' || !facts.expandable(row.id)) return { type: 'none' };
      if (!facts.expanded(row.id)) return { type: 'expand', id: row.id };
      // Open: the first child is the next row (or the loading / error row standing in for it).
      return index < last && rows[index + 1]!.depth > row.depth ? { type: 'focus', index: index + 1 } : { type: 'none' };
    case 'ArrowLeft': {
      if (row.type === 'node' && facts.expandable(row.id) && facts.expanded(row.id)) return { type: 'collapse', id: row.id };
      const parent = parentIndex(rows, index);
      return parent === -1 ? { type: 'none' } : { type: 'focus', index: parent };
    }
    case 'Enter':
    case ' ':
      return { type: 'activate', index };
    case '*':
      return { type: 'expandSiblings', index };
    default:
      // One printable character (not a named key such as "Shift" or "F2") starts or extends type-ahead.
      return [...event.key].length === 1 && event.key.trim() !== '' && !event.ctrlKey
        ? { type: 'typeahead', char: event.key }
        : { type: 'none' };
  }
}

/** The index of the row's parent: the nearest row above it one level up, or -1 at the top level. */
export function parentIndex(rows: readonly Row[], index: number): number {
  const depth = rows[index]?.depth ?? 1;
  for (let i = index - 1; i >= 0; i--) if (rows[i]!.depth < depth) return i;
  return -1;
}

/** Indices of the rows that are siblings of row `index` (same parent, same level), itself included. */
export function siblingIndices(rows: readonly Row[], index: number): number[] {
  const depth = rows[index]?.depth;
  if (depth === undefined) return [];
  let start = index;
  while (start > 0 && rows[start - 1]!.depth >= depth) start--;
  const out: number[] = [];
  for (let i = start; i < rows.length && rows[i]!.depth >= depth; i++) if (rows[i]!.depth === depth) out.push(i);
  return out;
}
