import { html, nothing, type ReactiveController } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CursorPagingController } from '../../controllers/cursor-paging-controller.js';
import { PagedGridController } from '../../controllers/paged-grid.js';
import type { Volunteer, VolunteerSort } from '../../domain/volunteers.js';
import { cssProps } from '../shared/css-props.js';
import { COLUMN_KEYS } from './messages.js';
import { volunteerText, type RosterContext } from './roster-context.js';

const COLUMNS = ['name', 'teams', 'skills', 'availability', 'area', 'hours', 'phone'] as const;

/**
 * Row space the first frame renders rows for, before any measuring: the default box (28rem at 16 px) less its
 * header. A bigger box gets its rows before that frame is painted (`fitFirstFrame`).
 */
const FIRST_ROW_SPACE = 28 * 16 - 54;

export interface GridOptions {
  paging: CursorPagingController<Volunteer>;
  sort: () => VolunteerSort;
  /** The phone number to show: a revealed one, else the masked one. */
  phone: (v: Volunteer) => string;
  open: (v: Volunteer, index: number) => void;
  /** True until the roster's first frame was painted: only the rows in the box then, no overscan (none is scrolled yet). */
  firstFrame: () => boolean;
}

/**
 * The virtualised roster: ARIA grid semantics (rowcount = total + header, rowindex per row,
 * aria-sort) with only the rows in view in the DOM. One Tab stop (roving tabindex on rows);
 * arrows, Page Up/Down, Home and End move focus, scrolling the row in and rendering it first.
 * The focused row is always rendered, even when scrolled away, so Tab can always come back to it.
 */
export class RosterGrid implements ReactiveController {
  private readonly grid: PagedGridController<Volunteer>;

  constructor(
    private readonly ctx: RosterContext,
    private readonly options: GridOptions,
  ) {
    ctx.host.addController(this);
    this.grid = new PagedGridController(ctx.host, this.options.paging);
  }

  hostConnected(): void {}

  private firstRowSpace = FIRST_ROW_SPACE;

  /**
   * In the first frame, before its style and layout (reading the layout it is about to make anyway): when the
   * box has room for more rows than the first render guessed, asks for them, so that frame paints them too.
   */
  fitFirstFrame(): void {
    const viewport = this.ctx.host.shadowRoot?.querySelector<HTMLElement>('.viewport');
    if (!viewport) {
      // No rows yet (a slow first page): the rows that come later get the window's rows (its estimate).
      this.firstRowSpace = this.grid.window.height;
      return;
    }
    const space = viewport.clientHeight - (viewport.querySelector<HTMLElement>('.head')?.offsetHeight ?? 0);
    const rows = (n: number) => Math.ceil(n / this.grid.window.rowHeight);
    if (rows(space) <= rows(this.firstRowSpace)) return;
    this.firstRowSpace = space;
    this.ctx.host.requestUpdate();
  }

  /** Back to the top after the query changed. */
  reset(): void {
    this.grid.reset();
  }

  /** Remembers the scroll position before the grid is hidden. */
  saveScroll(): void {
    this.grid.saveScroll();
  }

  /** Puts the grid back where it was and focuses the active row. */
  restore(): Promise<void> {
    return this.grid.restore();
  }

  render() {
    const { paging } = this.options;
    const items = paging.items;
    const total = paging.total ?? items.length;
    const sort = this.options.sort();
    // The focused row stays in the DOM even when scrolled away, so Tab can always come back to it.
    let indices = this.grid.window.indices(items.length, this.grid.roving.active);
    if (this.options.firstFrame()) {
      const end = Math.ceil(this.firstRowSpace / this.grid.window.rowHeight);
      indices = indices.filter((i) => i < end || i === this.grid.roving.active);
    }
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
    // The hint is for screen readers: it comes with the rest after the first frame (see `firstFrame`).
    return html`<p id="grid-hint" class="visually-hidden">${this.options.firstFrame() ? '' : this.ctx.t('vr.gridHint')}</p>
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
        @scroll=${this.grid.window.onScroll}
        @keydown=${this.onKeydown}
      >
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1" class="row">
            ${COLUMNS.map(
              (c) => html`<span role="columnheader" class="cell" aria-sort=${sortOf(c)}>${this.ctx.t(COLUMN_KEYS[c])}</span>`,
            )}
          </div>
        </div>
        <div role="rowgroup" class="body" ${cssProps({ 'block-size': `${this.grid.window.size(bodyRows)}px` })}>
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
      tabindex=${this.grid.roving.tabIndex(i)}
      ${cssProps({ 'inset-block-start': `${this.grid.window.top(i)}px` })}
      @click=${() => this.openRow(i)}
      @focus=${() => this.grid.roving.setActive(i)}
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
      ${cssProps({ 'inset-block-start': `${this.grid.window.top(count)}px` })}
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
    const i = this.grid.rowOf(event);
    if (i === undefined) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.openRow(i);
      return;
    }
    const to = this.grid.moveFor(event.key, i);
    if (to === undefined) return;
    event.preventDefault();
    void this.grid.roving.focus(to);
  };

  private openRow(i: number) {
    const v = this.options.paging.items[i];
    if (!v) return;
    this.grid.roving.active = i;
    this.options.open(v, i);
  }

}
