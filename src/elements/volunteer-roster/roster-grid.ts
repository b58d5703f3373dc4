import { html, nothing, type ReactiveController } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CursorPagingController } from '../../controllers/cursor-paging-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { VirtualWindowController } from '../../controllers/virtual-window.js';
import type { Volunteer, VolunteerSort } from '../../domain/volunteers.js';
import { cssProps } from '../shared/css-props.js';
import { COLUMN_KEYS } from './messages.js';
import { volunteerText, type RosterContext } from './roster-context.js';

/** Start loading the next page when this close to the last loaded row. */
const PREFETCH_ROWS = 20;
const COLUMNS = ['name', 'teams', 'skills', 'availability', 'area', 'hours', 'phone'] as const;

export interface GridOptions {
  paging: CursorPagingController<Volunteer>;
  sort: () => VolunteerSort;
  /** The phone number to show: a revealed one, else the masked one. */
  phone: (v: Volunteer) => string;
  open: (v: Volunteer, index: number) => void;
}

/**
 * The virtualised roster: ARIA grid semantics (rowcount = total + header, rowindex per row,
 * aria-sort) with only the rows in view in the DOM. One Tab stop (roving tabindex on rows);
 * arrows, Page Up/Down, Home and End move focus, scrolling the row in and rendering it first.
 * The focused row is always rendered, even when scrolled away, so Tab can always come back to it.
 */
export class RosterGrid implements ReactiveController {
  /** Only the rows in view (and the focused one) are rendered; the row height follows the font size (elder-friendly mode). */
  private readonly rowWindow: VirtualWindowController;
  /** One tab stop on the rows. */
  private readonly roving: RovingFocusController;
  private savedScroll = 0;

  constructor(
    private readonly ctx: RosterContext,
    private readonly options: GridOptions,
  ) {
    ctx.host.addController(this);
    this.rowWindow = new VirtualWindowController(ctx.host, {
      viewport: () => this.viewport(),
      sample: () => this.viewport()?.querySelector<HTMLElement>('[role=row][data-i]'),
      sticky: () => this.viewport()?.querySelector<HTMLElement>('.head'),
      rowHeight: 52,
      height: 520,
      onScroll: () => this.maybeLoadMore(),
    });
    this.roving = new RovingFocusController(ctx.host, {
      element: (i) => this.viewport()?.querySelector<HTMLElement>(`#row-${i}`),
      isItem: (el) => el.getAttribute('role') === 'row' && el.hasAttribute('data-i'),
      count: () => this.options.paging.items.length,
      reveal: (i) => this.rowWindow.reveal(i),
    });
  }

  hostConnected(): void {}

  /** After every render: fetch the next page when near the end (after this update, as it changes state). */
  hostUpdated(): void {
    queueMicrotask(() => {
      if (this.viewport()?.clientHeight) this.maybeLoadMore();
    });
  }

  /** Back to the top after the query changed. */
  reset(): void {
    this.roving.active = 0;
    this.savedScroll = 0;
    this.rowWindow.scrollTo(0);
  }

  /** Remembers the scroll position before the grid is hidden (details view). */
  saveScroll(): void {
    this.savedScroll = this.viewport()?.scrollTop ?? 0;
  }

  /** Puts the grid back where it was and focuses the active row. */
  async restore(): Promise<void> {
    await this.ctx.host.updateComplete;
    this.rowWindow.scrollTo(this.savedScroll);
    await this.roving.focus(this.roving.active);
  }

  render() {
    const { paging } = this.options;
    const items = paging.items;
    const total = paging.total ?? items.length;
    const sort = this.options.sort();
    // The focused row stays in the DOM even when scrolled away, so Tab can always come back to it.
    const indices = this.rowWindow.indices(items.length, this.roving.active);
    const tail = paging.error || paging.loadingMore;
    const bodyRows = items.length + (tail ? 1 : 0);
    const sortOf = (column: string) =>
      column === 'name' && sort === 'name'
        ? 'ascending'
        : column === 'hours' && sort.startsWith('hours')
          ? sort === 'hours-desc'
            ? 'descending'
            : 'ascending'
          : nothing;

    // tabindex=-1: Firefox would otherwise make the scroll box a second tab stop before the rows.
    return html`<p id="grid-hint" class="visually-hidden">${this.ctx.t('vr.gridHint')}</p>
      <div
        class="viewport"
        part="grid"
        role="grid"
        tabindex="-1"
        aria-labelledby="grid-label"
        aria-describedby="grid-hint"
        aria-rowcount=${total + 1}
        aria-colcount=${COLUMNS.length}
        aria-busy=${paging.loadingMore ? 'true' : 'false'}
        @scroll=${this.rowWindow.onScroll}
        @keydown=${this.onKeydown}
      >
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1" class="row">
            ${COLUMNS.map(
              (c) => html`<span role="columnheader" class="cell" aria-sort=${sortOf(c)}>${this.ctx.t(COLUMN_KEYS[c])}</span>`,
            )}
          </div>
        </div>
        <div role="rowgroup" class="body" ${cssProps({ 'block-size': `${this.rowWindow.size(bodyRows)}px` })}>
          ${repeat(
            indices,
            (i) => items[i]!.id,
            (i) => this.renderRow(items[i]!, i),
          )}
          ${tail ? this.renderTail(items.length) : nothing}
        </div>
      </div>`;
  }

  private renderRow(v: Volunteer, i: number) {
    const text = volunteerText(this.ctx, v);
    return html`<div
      role="row"
      class="row"
      id=${`row-${i}`}
      data-i=${i}
      aria-rowindex=${i + 2}
      tabindex=${this.roving.tabIndex(i)}
      ${cssProps({ 'inset-block-start': `${this.rowWindow.top(i)}px` })}
      @click=${() => this.openRow(i)}
      @focus=${() => this.roving.setActive(i)}
    >
      <span role="gridcell" class="cell name"
        ><span class="vname">${text.name}</span>${v.partyMember ? html` <span class="badge">${this.ctx.t('vr.partyYes')}</span>` : nothing}</span
      >
      <span role="gridcell" class="cell">${text.teams}</span>
      <span role="gridcell" class="cell">${text.skills}</span>
      <span role="gridcell" class="cell">${text.availability}</span>
      <span role="gridcell" class="cell">${text.area}</span>
      <span role="gridcell" class="cell num">${text.hours}</span>
      <span role="gridcell" class="cell mono">${this.options.phone(v)}</span>
    </div>`;
  }

  /** The row after the last loaded one: "loading more" or, after a failure, the error and a retry button. */
  private renderTail(count: number) {
    const { paging } = this.options;
    return html`<div
      role="row"
      class="row tail"
      aria-rowindex=${count + 2}
      ${cssProps({ 'inset-block-start': `${this.rowWindow.top(count)}px` })}
    >
      <span role="gridcell" class="cell" aria-colspan=${COLUMNS.length}>
        ${paging.error
          ? html`<span class="error-text">${this.ctx.t('vr.moreFailed', { reason: this.ctx.errorText(paging.error) })}</span>
              <button type="button" class="button secondary" part="retry-button" @click=${() => void paging.retry()}>
                ${this.ctx.t('common.retry')}
              </button>`
          : html`<span class="spinner" aria-hidden="true"></span> ${this.ctx.t('vr.loadingMore')}`}
      </span>
    </div>`;
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'row' || !target.dataset.i) return;
    const i = Number(target.dataset.i);
    const page = this.rowWindow.pageRows;
    const lastLoaded = this.options.paging.items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      PageDown: i + page,
      PageUp: i - page,
      Home: 0,
      End: lastLoaded,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      this.openRow(i);
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    void this.roving.focus(moves[event.key]!);
  };

  private openRow(i: number) {
    const v = this.options.paging.items[i];
    if (!v) return;
    this.roving.active = i;
    this.options.open(v, i);
  }

  private maybeLoadMore(): void {
    const { paging } = this.options;
    if (!paging.hasMore || paging.loadingMore || paging.error) return;
    if (this.rowWindow.visible.end + PREFETCH_ROWS >= paging.items.length) void paging.loadMore();
  }

  private viewport(): HTMLElement | null {
    return this.ctx.host.shadowRoot?.querySelector<HTMLElement>('.viewport') ?? null;
  }
}
