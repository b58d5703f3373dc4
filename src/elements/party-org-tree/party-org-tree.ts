import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Adapter, OrgsApi } from '../../adapters/contract.js';
import { isAbortError, toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { orgsResponses } from '../../adapters/response-schemas/orgs.js';
import { sessionResponses } from '../../adapters/response-schemas/session.js';
import type { OrgDetail, Organization, OrgSearchHit } from '../../domain/orgs.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { VirtualWindowController } from '../../controllers/virtual-window.js';
import { cssProps } from '../shared/css-props.js';
import { emit } from '../shared/events.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { adapterNeeds } from '../shared/widget-host.js';
import { formStyles } from '../../styles/forms.js';
import { OrgDetailController, renderDetailPanel } from './detail-panel.js';
import { orgTreeMessages, type OrgTreeMessageKey } from './messages.js';
import { OrgSearch, renderSearch } from './org-search.js';
import { orgTreeStyles } from './styles.js';
import { keyAction, siblingIndices } from './tree-keyboard.js';
import { findByPrefix, TreeModel, type Row } from './tree-model.js';
import { renderRow, type RowContext } from './tree-row.js';

/** The tree needs `orgs`; with `session` it knows whether contact details are masked. */
const NEEDS = adapterNeeds({ orgs: orgsResponses }, { session: sessionResponses });

/** Detail of `gr-org-select`. */
export interface OrgSelectDetail {
  id: string;
  name: string;
}

/** Detail of `gr-org-expand`. */
export interface OrgExpandDetail {
  id: string;
  expanded: boolean;
}

const TYPEAHEAD_MS = 600;
/** Children requests in flight at once when expanding a whole subtree. */
const EXPAND_BATCH = 24;

/**
 * The party organisation tree, from the city or a district down to building groups, with each
 * organisation's posts, members and their public commitments.
 *
 * A WAI-ARIA treeview (APG): one tab stop (roving tabindex); Up/Down, Home/End, Right (expand, then
 * first child), Left (collapse, then parent), `*` (expand siblings), Enter/Space (select), type-ahead
 * on visible names. Children load lazily through the adapter's `orgs` group, one page at a time,
 * with a "load more" row. Only the rows on screen are in the DOM, so a 100,000-node tree stays fast.
 * Selecting an organisation opens a detail region beside the tree (below it on narrow screens).
 * Contact details are shown as the backend returns them (masked without `org:contact`).
 *
 * @tagname party-org-tree
 * @summary Party organisation tree with posts, members and commitments, virtualised for city scale.
 *
 * @attr {string} root - Id of the organisation to start from instead of the adapter's roots.
 * @attr {number} expanded-depth - How many levels start expanded (0: none; default 1: the roots).
 * @attr {string} selected - Id of the selected organisation (reflects); setting it opens the detail and reveals it.
 * @attr {number} page-size - Children fetched per page (default 50, backends cap it).
 *
 * @prop {string | undefined} root
 * @prop {number} expandedDepth
 * @prop {string | null} selected
 * @prop {number} pageSize
 *
 * @fires {CustomEvent<OrgSelectDetail>} gr-org-select - A person selected an organisation (click, Enter, Space or a search result). Detail: `{ id, name }`.
 * @fires {CustomEvent<OrgExpandDetail>} gr-org-expand - A person expanded or collapsed a node (also `*` and revealing a search result). Detail: `{ id, expanded }`. Not fired by `expandSubtree()` / `collapseAll()`.
 *
 * @csspart tree - The scrolling treeview.
 * @csspart row - Every treeitem row (also `row-selected`, `row-more`, `row-loading`, `row-error`).
 * @csspart row-selected - The selected organisation's row.
 * @csspart row-more - The "load more" row.
 * @csspart row-loading - The row shown while children load.
 * @csspart row-error - The row shown when children failed to load (Enter retries).
 * @csspart row-name - The name in a row.
 * @csspart search - The search box with its results.
 * @csspart search-input - The search input.
 * @csspart search-results - The list of search results.
 * @csspart search-hit - One search result button.
 * @csspart detail - The detail region of the selected organisation.
 * @csspart mask-hint - The note explaining why phone numbers are masked.
 * @csspart more-members - The "load more members" button.
 *
 * @cssprop [--party-org-tree-height=30rem] - Height of the scrolling tree (at most 75vh).
 */
export class PartyOrgTree extends GrassrootsElement<OrgTreeMessageKey, typeof NEEDS> {
  static override styles = [...GrassrootsElement.styles, formStyles, orgTreeStyles];
  static override messages = orgTreeMessages;
  static override adapterNeeds = NEEDS;

  /** Id of the organisation to start from; unset: the adapter's roots. */
  @property() root?: string;

  /** Levels expanded at start: 0 none, 1 the roots (default), 2 their children too, … */
  @property({ type: Number, attribute: 'expanded-depth' }) expandedDepth = 1;

  /** Id of the selected organisation; reflects to the `selected` attribute. */
  @property({ reflect: true }) selected: string | null = null;

  /** Children per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private focusKey = '';
  @state() private searchNote = '';
  /** Bumped whenever the model changes, to re-render. */
  @state() private modelVersion = 0;

  @query('.viewport') private viewport?: HTMLElement;

  private readonly model = new TreeModel();
  /** Only the rows in view (and the focused one) are rendered. */
  private readonly rowWindow = new VirtualWindowController(this, {
    viewport: () => this.viewport,
    sample: () => this.renderRoot.querySelector<HTMLElement>('.probe'),
    rowHeight: 64,
  });
  /** One tab stop on the rows; its index follows `focusKey` (see resolveFocusKey). */
  private readonly roving = new RovingFocusController(this, {
    element: (i) => this.rowElement(this.model.rows[i]?.key ?? ''),
    isItem: (el) => el.classList.contains('row'),
    count: () => this.model.rows.length,
    reveal: (i) => this.rowWindow.reveal(i),
  });
  private readonly rootsCall = new AdapterCallController<Organization[]>(this, {
    onComplete: (roots) => void this.startTree(roots),
  });
  private readonly search = new OrgSearch(this, () => this.orgs, () => this.effectiveLocale, (page) =>
    this.announce(this.t('orgTree.search.results', { count: page.total ?? page.items.length })),
  );
  private readonly detail = new OrgDetailController(
    this,
    () => this.validatedAdapter() ?? {},
    () => this.effectiveLocale,
    (d) => this.detailLoaded(d),
  );
  private readonly loads = new Map<string, Promise<void>>();
  private loadAbort = new AbortController();
  private generation = 0;
  private typeahead = '';
  private typeaheadTimer?: ReturnType<typeof setTimeout>;
  /** Set when `selected` came from outside: reveal it once its path is known. */
  private revealSelected: string | null = null;
  private internalSelect = false;
  /** Set while expandSubtree runs: when the tree last re-rendered. */
  private bulkSince?: number;

  private get orgs(): OrgsApi | undefined {
    return this.validatedAdapter()?.orgs;
  }

  // ---- public API ------------------------------------------------------------------------------

  /**
   * Expands `id` (default: every root) and its descendants breadth-first, loading all their
   * children, until at least `maxVisible` rows are visible. Resolves with the visible row count.
   */
  async expandSubtree(id?: string, options: { maxVisible?: number } = {}): Promise<number> {
    // Re-render at most every 100 ms while it runs, not after each of a thousand loads.
    this.bulkSince = performance.now();
    try {
      await this.expandBreadthFirst(id ? [id] : [...this.model.roots], options.maxVisible ?? Infinity);
    } finally {
      this.bulkSince = undefined;
      this.modelChanged();
    }
    await this.updateComplete;
    return this.model.rows.length;
  }

  /** Collapses every node; loaded children are kept, so expanding again needs no request. */
  collapseAll(): void {
    this.model.collapseAll();
    this.modelChanged();
  }

  /**
   * Expands the ancestors of organisation `id` (loading and paging as needed), scrolls to it and
   * focuses it. Resolves false when it is not in this tree.
   */
  async reveal(id: string): Promise<boolean> {
    const orgs = this.orgs;
    if (!orgs) return false;
    if (this.model.get(id)) return this.revealPath(this.model.pathTo(id).slice(0, -1), id);
    try {
      const detail = await orgs.get(id, { locale: this.effectiveLocale });
      return await this.revealPath(detail.path.map((p) => p.id), id);
    } catch {
      return false;
    }
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort.abort();
    clearTimeout(this.typeaheadTimer);
  }

  protected override adapterChanged(adapter: Adapter | undefined): void {
    this.resetTree();
    if (!adapter?.orgs) return;
    this.detail.loadSession();
    this.loadRoots();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new start node after the first render (the first load comes from adapterChanged).
    if (this.hasUpdated && changed.has('root') && (changed.get('root') ?? '') !== (this.root ?? '')) {
      this.resetTree();
      this.loadRoots();
    }
    if (changed.has('selected')) {
      this.detail.open(this.selected);
      if (!this.internalSelect && this.selected && !this.model.rows[this.model.indexOf(this.selected)]) {
        this.revealSelected = this.selected;
      }
      this.internalSelect = false;
    }
    this.resolveFocusKey();
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override renderContent(): unknown {
    const call = this.rootsCall;
    let body: unknown;
    if (call.status === 'error') body = this.renderError(call.error!, () => this.loadRoots());
    else if (call.status !== 'complete') body = this.renderLoading();
    else if (!this.model.roots.length) body = this.renderEmpty(this.t('orgTree.empty'));
    else body = this.renderTree();
    return html`${body}${this.liveRegion.render()}`;
  }

  private renderTree(): unknown {
    const selectedNode = this.selected ? this.model.get(this.selected) : undefined;
    const panel = this.selected && this.detail.id === this.selected;
    return html`<div class="layout${panel ? ' has-panel' : ''}">
      <div class="tree-pane">
        ${renderSearch(
          this.widgetHost({
            search: this.search,
            inTree: (hit: OrgSearchHit) => this.inTree(hit),
            onChoose: (hit: OrgSearchHit) => void this.chooseHit(hit),
            note: this.searchNote,
          }),
        )}
        <div
          class="viewport"
          part="tree"
          role="tree"
          tabindex="-1"
          aria-label=${this.t('orgTree.treeLabel')}
          @keydown=${this.onKeydown}
          @click=${this.onClick}
          @scroll=${this.rowWindow.onScroll}
        >
          ${this.renderRows()}
        </div>
      </div>
      ${panel
        ? renderDetailPanel(
            this.widgetHost({
              ctl: this.detail,
              name: selectedNode?.org.name ?? this.selected!,
              renderLoading: () => this.renderLoading(),
              renderError: (e: AdapterError, retry: () => void) => this.renderError(e, retry),
            }),
          )
        : nothing}
    </div>`;
  }

  private renderRows(): unknown {
    const rows = this.model.rows;
    // The focused row stays in the DOM even when scrolled away, so it keeps focus and the tab stop.
    const indices = this.rowWindow.indices(rows.length, this.roving.active);
    const ctx: RowContext = this.widgetHost({
      model: this.model,
      focusKey: this.focusKey,
      selectedId: this.selected,
      top: (i: number) => this.rowWindow.top(i),
      pageSize: this.pageSize,
    });
    return html`<div class="spacer" role="none" ${cssProps({ 'block-size': `${this.rowWindow.size(rows.length)}px` })}>
      ${repeat(
        indices,
        (i) => rows[i]!.key,
        (i) => renderRow(rows[i]!, i, ctx),
      )}
      <div class="row probe" aria-hidden="true"><span class="twisty"></span><span class="text"><span>&nbsp;</span><span class="meta">&nbsp;</span></span></div>
    </div>`;
  }

  // ---- loading ---------------------------------------------------------------------------------

  private resetTree(): void {
    this.generation++;
    this.loadAbort.abort();
    this.loadAbort = new AbortController();
    this.loads.clear();
    this.model.setRoots([]);
    this.focusKey = '';
    this.search.clear();
    this.searchNote = '';
    this.modelChanged();
  }

  private loadRoots(): void {
    const orgs = this.orgs;
    if (!orgs) return;
    const root = this.root;
    const locale = this.effectiveLocale;
    void this.rootsCall.run(async (signal) =>
      root ? [(await orgs.get(root, { signal, locale })).organization] : orgs.roots({ signal, locale }),
    );
  }

  private async startTree(roots: Organization[]): Promise<void> {
    const generation = this.generation;
    this.model.setRoots(roots);
    this.focusKey = this.model.roots[0] ?? '';
    this.modelChanged();
    let level = [...this.model.roots];
    for (let depth = 0; depth < this.expandedDepth && level.length; depth++) {
      const expandable = level.filter((id) => this.model.isExpandable(id));
      for (const id of expandable) this.model.setExpanded(id, true);
      this.modelChanged();
      await Promise.all(expandable.map((id) => this.loadChildren(id)));
      if (generation !== this.generation) return;
      level = expandable.flatMap((id) => this.model.get(id)!.children);
    }
    if (this.revealSelected && this.detail.detail.value?.organization.id === this.revealSelected) {
      this.detailLoaded(this.detail.detail.value);
    }
  }

  /** Loads the next page of `id`'s children (the first page when none is loaded). One request per node at a time. */
  private loadChildren(id: string): Promise<void> {
    const pending = this.loads.get(id);
    if (pending) return pending;
    const node = this.model.get(id);
    const orgs = this.orgs;
    if (!node || !orgs) return Promise.resolve();
    const generation = this.generation;
    const before = node.children.length;
    this.model.setStatus(id, 'loading');
    this.modelChanged();
    const request = orgs
      .children(id, { cursor: node.cursor, limit: this.pageSize, signal: this.loadAbort.signal, locale: this.effectiveLocale })
      .then(
        (page) => {
          if (generation !== this.generation) return;
          this.model.addChildren(id, page);
          if (before > 0) {
            const n = this.model.get(id)!;
            this.announce(this.t('orgTree.loadedMore', { shown: n.children.length, count: n.total }));
          }
        },
        (e: unknown) => {
          if (generation !== this.generation || isAbortError(e)) return;
          this.model.setStatus(id, 'error', toAdapterError(e));
        },
      )
      .finally(() => {
        if (generation !== this.generation) return;
        this.loads.delete(id);
        this.modelChanged();
      });
    this.loads.set(id, request);
    return request;
  }

  private async expandBreadthFirst(frontier: string[], max: number): Promise<void> {
    // Counted as nodes open instead of re-flattening the tree after every batch.
    let visible = this.model.rows.length;
    while (frontier.length && visible < max) {
      const next: string[] = [];
      for (let i = 0; i < frontier.length && visible < max; i += EXPAND_BATCH) {
        const batch = frontier.slice(i, i + EXPAND_BATCH).filter((n) => this.model.isExpandable(n));
        const opened = batch.filter((n) => !this.model.get(n)!.expanded);
        await Promise.all(batch.map((n) => this.expandFully(n)));
        for (const n of opened) visible += this.model.get(n)!.children.length;
        for (const n of batch) next.push(...this.model.get(n)!.children);
      }
      frontier = next;
    }
  }

  /** Expands `id` with every page of its children loaded. */
  private async expandFully(id: string): Promise<void> {
    this.model.setExpanded(id, true);
    this.modelChanged();
    while (this.model.needsFirstPage(id) || this.model.hasMore(id)) {
      await this.loadChildren(id);
      if (this.model.get(id)?.status === 'error') return;
    }
  }

  private async setExpanded(id: string, expanded: boolean): Promise<void> {
    if (!this.model.setExpanded(id, expanded)) return;
    this.modelChanged();
    emit<OrgExpandDetail>(this, 'gr-org-expand', { id, expanded });
    if (expanded && this.model.needsFirstPage(id)) await this.loadChildren(id);
  }

  private modelChanged(): void {
    this.model.changed();
    if (this.bulkSince !== undefined) {
      if (performance.now() - this.bulkSince < 100) return;
      this.bulkSince = performance.now();
    }
    this.modelVersion++;
  }

  // ---- focus, selection, reveal ----------------------------------------------------------------

  /** Keeps the tab stop on a row that exists: the same row, else its nearest visible ancestor, else the row now at its index. */
  private resolveFocusKey(): void {
    const rows = this.model.rows;
    if (!rows.length) return;
    let index = this.model.indexOf(this.focusKey);
    if (index === -1) {
      const colon = this.focusKey.indexOf(':');
      const nodeId = colon === -1 ? this.focusKey : this.focusKey.slice(colon + 1);
      const parent = this.model.get(nodeId);
      if (colon !== -1 && parent?.expanded) index = Math.min(this.roving.active, rows.length - 1);
      else {
        const path = this.model.pathTo(nodeId);
        for (let i = path.length - 1; i >= 0 && index === -1; i--) index = this.model.indexOf(path[i]!);
      }
      if (index === -1) index = Math.min(this.roving.active, rows.length - 1);
      this.focusKey = rows[index]!.key;
    }
    this.roving.active = index;
  }

  /** Moves the tab stop to row `index`, scrolls it into view and focuses it. */
  private moveFocus(index: number): void {
    const row = this.model.rows[index];
    if (!row) return;
    this.focusKey = row.key;
    void this.roving.focus(index);
  }

  private select(id: string): void {
    const node = this.model.get(id);
    if (!node) return;
    if (this.selected !== id) {
      this.internalSelect = true;
      this.selected = id;
    }
    emit<OrgSelectDetail>(this, 'gr-org-select', { id, name: node.org.name });
  }

  private async revealPath(ancestors: string[], id: string): Promise<boolean> {
    const generation = this.generation;
    const start = ancestors.findIndex((a) => this.model.get(a));
    const chain = start === -1 ? [id] : [...ancestors.slice(start), id];
    if (!this.model.get(chain[0]!)) return false;
    for (let i = 0; i < chain.length - 1; i++) {
      const parent = chain[i]!;
      if (!this.model.get(parent)!.expanded) await this.setExpanded(parent, true);
      // Page through the parent's children until the next one on the path arrives.
      while (!this.model.get(chain[i + 1]!)) {
        if (!this.model.needsFirstPage(parent) && !this.model.hasMore(parent)) return false;
        await this.loadChildren(parent);
        if (generation !== this.generation || this.model.get(parent)?.status === 'error') return false;
      }
    }
    await this.updateComplete;
    this.moveFocus(this.model.indexOf(id));
    this.requestUpdate();
    await this.updateComplete;
    return true;
  }

  private inTree(hit: OrgSearchHit): boolean {
    return !this.root || hit.organization.id === this.root || hit.path.some((p) => p.id === this.root);
  }

  private async chooseHit(hit: OrgSearchHit): Promise<void> {
    this.searchNote = '';
    const { id, name } = hit.organization;
    const found = await this.revealPath(
      hit.path.map((p) => p.id),
      id,
    );
    if (!found) {
      this.searchNote = this.t(this.inTree(hit) ? 'orgTree.search.notFound' : 'orgTree.search.outside');
      return;
    }
    this.select(id);
    this.announce(this.t('orgTree.search.revealed', { name }));
  }

  private detailLoaded(detail: OrgDetail): void {
    const id = detail.organization.id;
    if (this.revealSelected !== id || !this.model.roots.length) return;
    this.revealSelected = null;
    void this.revealPath(
      detail.path.map((p) => p.id),
      id,
    );
  }

  // ---- events ----------------------------------------------------------------------------------

  private onKeydown = (e: KeyboardEvent): void => {
    if (!(e.target as Element).classList?.contains('row')) return;
    const rows = this.model.rows;
    const index = this.model.indexOf(this.focusKey);
    const action = keyAction(e, rows, index, {
      expandable: (id) => this.model.isExpandable(id),
      expanded: (id) => !!this.model.get(id)?.expanded,
    });
    if (action.type === 'none') return;
    e.preventDefault();
    // Any other key ends a type-ahead word.
    if (action.type !== 'typeahead') this.typeahead = '';
    switch (action.type) {
      case 'focus':
        return this.moveFocus(action.index);
      case 'expand':
      case 'collapse':
        void this.setExpanded(action.id, action.type === 'expand');
        return;
      case 'activate':
        return this.activate(rows[action.index]!);
      case 'expandSiblings':
        for (const i of siblingIndices(rows, action.index)) {
          const row = rows[i]!;
          if (row.type === 'node' && this.model.isExpandable(row.id)) void this.setExpanded(row.id, true);
        }
        return;
      case 'typeahead':
        return this.typeAhead(action.char, index);
    }
  };

  private activate(row: Row): void {
    if (row.type === 'node') this.select(row.id);
    else if (row.type !== 'loading') void this.loadChildren(row.parentId);
  }

  private typeAhead(char: string, index: number): void {
    clearTimeout(this.typeaheadTimer);
    this.typeahead += char;
    this.typeaheadTimer = setTimeout(() => (this.typeahead = ''), TYPEAHEAD_MS);
    const rows = this.model.rows;
    // A new search starts after the current row; a growing one may stay on it.
    const from = this.typeahead.length === 1 ? index : index - 1;
    const nameOf = (row: Row) => (row.type === 'node' ? this.model.get(row.id)?.org.name : undefined);
    const found = findByPrefix(rows, nameOf, (from + rows.length) % rows.length, this.typeahead);
    if (found !== -1) this.moveFocus(found);
  }

  private onClick = (e: MouseEvent): void => {
    const target = e.target as Element;
    const rowEl = target.closest<HTMLElement>('.row[data-key]');
    if (!rowEl) return;
    const index = this.model.indexOf(rowEl.dataset['key']!);
    const row = this.model.rows[index];
    if (!row) return;
    this.focusKey = row.key;
    this.roving.active = index;
    rowEl.focus({ preventScroll: true });
    if (row.type === 'node' && target.closest('[data-toggle]') && this.model.isExpandable(row.id)) {
      void this.setExpanded(row.id, !this.model.get(row.id)!.expanded);
    } else this.activate(row);
  };

  private rowElement(key: string): HTMLElement | null {
    return key ? this.renderRoot.querySelector<HTMLElement>(`.row[data-key="${CSS.escape(key)}"]`) : null;
  }
}
