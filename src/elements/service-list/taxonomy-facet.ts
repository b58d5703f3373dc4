import { html, nothing } from 'lit';
import type { TaxonomyTerm } from '../../domain/services.js';

/** A two-level category tree: the top terms and the terms under each. */
export interface TermTree {
  roots: TaxonomyTerm[];
  children: Map<string, TaxonomyTerm[]>;
  byId: Map<string, TaxonomyTerm>;
}

/** Builds the tree; a term whose parent is missing counts as a top term. Deeper levels ride with their top term. */
export function buildTermTree(terms: readonly TaxonomyTerm[]): TermTree {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const roots: TaxonomyTerm[] = [];
  const children = new Map<string, TaxonomyTerm[]>();
  for (const term of terms) {
    if (term.parentId === null || !byId.has(term.parentId)) roots.push(term);
    else if (byId.get(term.parentId)!.parentId === null || !byId.has(byId.get(term.parentId)!.parentId!)) {
      children.set(term.parentId, [...(children.get(term.parentId) ?? []), term]);
    }
  }
  return { roots, children, byId };
}

/**
 * Checks or unchecks a term. Selecting a top term stands for all of its children (the backend
 * matches descendants), so the selection keeps the parent alone; unchecking one child of a
 * selected parent keeps its siblings; checking the last unchecked child selects the parent.
 */
export function toggleTerm(selected: readonly string[], term: TaxonomyTerm, checked: boolean, tree: TermTree): string[] {
  const set = new Set(selected);
  const kids = tree.children.get(term.id) ?? [];
  const parentId = term.parentId !== null && tree.byId.has(term.parentId) ? term.parentId : null;
  if (parentId === null) {
    for (const kid of kids) set.delete(kid.id);
    if (checked) set.add(term.id);
    else set.delete(term.id);
    return [...set];
  }
  const siblings = tree.children.get(parentId) ?? [];
  if (checked) {
    set.add(term.id);
    if (siblings.every((s) => set.has(s.id))) {
      for (const s of siblings) set.delete(s.id);
      set.add(parentId);
    }
  } else if (set.has(parentId)) {
    set.delete(parentId);
    for (const s of siblings) if (s.id !== term.id) set.add(s.id);
  } else {
    set.delete(term.id);
  }
  return [...set];
}

export interface FacetView {
  tree: TermTree;
  selected: readonly string[];
  /** Top terms whose children are shown. */
  open: ReadonlySet<string>;
  expandLabel: (name: string) => string;
  onToggle: (term: TaxonomyTerm, checked: boolean) => void;
  onExpand: (termId: string) => void;
}

const domId = (termId: string) => `term-${termId}`;

/** The checkbox tree: each top term with a button that shows its children. */
export function renderTaxonomyFacet(view: FacetView) {
  const selected = new Set(view.selected);
  const change = (term: TaxonomyTerm) => (event: Event) => view.onToggle(term, (event.target as HTMLInputElement).checked);
  return html`<ul class="terms">
    ${view.tree.roots.map((root) => {
      const kids = view.tree.children.get(root.id) ?? [];
      const someKid = kids.some((k) => selected.has(k.id));
      const open = view.open.has(root.id);
      const groupId = `terms-of-${root.id}`;
      return html`<li>
        <div class="term-row">
          <label class="choice" for=${domId(root.id)}>
            <input
              type="checkbox"
              id=${domId(root.id)}
              .checked=${selected.has(root.id)}
              .indeterminate=${!selected.has(root.id) && someKid}
              @change=${change(root)}
            />
            <span>${root.name}</span>
          </label>
          ${kids.length
            ? html`<button
                type="button"
                class="button link expander"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${groupId}
                aria-label=${view.expandLabel(root.name)}
                @click=${() => view.onExpand(root.id)}
              >
                <span aria-hidden="true">${open ? '−' : '+'}</span>
              </button>`
            : nothing}
        </div>
        ${kids.length
          ? html`<ul class="terms nested" id=${groupId} ?hidden=${!open}>
              ${kids.map(
                (kid) => html`<li>
                  <label class="choice" for=${domId(kid.id)}>
                    <input
                      type="checkbox"
                      id=${domId(kid.id)}
                      .checked=${selected.has(kid.id) || selected.has(root.id)}
                      @change=${change(kid)}
                    />
                    <span>${kid.name}</span>
                  </label>
                </li>`,
              )}
            </ul>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}
