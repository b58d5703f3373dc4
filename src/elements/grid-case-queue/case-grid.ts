import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CursorPagingController } from '../../controllers/cursor-paging-controller.js';
import { PagedGridController } from '../../controllers/paged-grid.js';
import { isOverdue } from '../../domain/case-machine.js';
import type { CaseSort, CaseSummary } from '../../domain/cases.js';
import type { Locale } from '../../i18n/locales.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';
import { CASE_STATE_KEYS } from '../shared/case-label-keys.js';
import { cssProps } from '../shared/css-props.js';
import type { WidgetHost } from '../shared/widget-host.js';
import type { QueueMessageKey, QueueT } from './messages.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Each also names its cells' class, so none is a shared style's: not `status` (the status box of a loading or empty
// state) nor `select` (a form's select field).
const COLUMNS = ['selection', 'number', 'category', 'place', 'state', 'reported', 'due', 'department', 'followers'] as const;
const COLUMN_KEYS: Readonly<Record<(typeof COLUMNS)[number], QueueMessageKey>> = {
  selection: 'queue.col.select',
  number: 'queue.col.number',
  category: 'queue.col.category',
  place: 'queue.col.place',
  state: 'queue.col.status',
  reported: 'queue.col.reported',
  due: 'queue.col.due',
  department: 'queue.col.department',
  followers: 'queue.col.followers',
};

export interface CaseGridHost extends ReactiveControllerHost, HTMLElement {}

/** What the grid gets from the queue: the widget host (words, locale, errors) and the grid's own. */
export interface CaseGridOptions extends WidgetHost<QueueMessageKey, unknown> {
  now: () => Date;
  paging: CursorPagingController<CaseSummary>;
  sort: () => CaseSort;
  /** Whether rows can be selected for bulk actions (the session may act). */
  selectable: () => boolean;
  isSelected: (id: string) => boolean;
  toggle: (kase: CaseSummary, on: boolean) => void;
  open: (kase: CaseSummary, index: number) => void;
}

/** "3 h", "2 d 4 h", "25 min": how long, in the queue's words. */
export function spanText(t: QueueT, ms: number, locale: Locale): string {
  const abs = Math.abs(ms);
  if (abs < HOUR) return t('queue.minutes', { count: formatNumber(Math.max(1, Math.round(abs / MINUTE)), locale) });
  const hours = Math.floor(abs / HOUR);
  if (hours < 24) return t('queue.hours', { count: formatNumber(hours, locale) });
  return t('queue.days', { days: formatNumber(Math.floor(hours / 24), locale), hours: formatNumber(hours % 24, locale) });
}

/** The place of a case: the names below the district, then the address. */
export function placeText(kase: CaseSummary, locale: Locale): string {
  const names = kase.location.areaPath.filter((a) => a.level !== 'city' && a.level !== 'district').map((a) => a.name);
  return [...names.slice(-2), kase.location.address].filter(Boolean).join(locale === 'en' ? ', ' : ' ');
}

/**
 * The queue's virtualised ARIA grid (rowcount = total + header, rowindex per row, aria-sort on the
 * sorted column), with only the rows in view in the DOM. One Tab stop (roving tabindex on rows); arrows,
 * Page Up/Down, Home and End move focus; Enter opens a case; Space selects it (checkbox in the row).
 */
export class CaseGrid implements ReactiveController {
  private readonly grid: PagedGridController<CaseSummary>;

  constructor(
    host: CaseGridHost,
    private readonly options: CaseGridOptions,
  ) {
    host.addController(this);
    this.grid = new PagedGridController(host, this.options.paging);
  }

  hostConnected(): void {}

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
    const { t } = this.options;
    const { paging } = this.options;
    const items = paging.items;
    const total = paging.total ?? items.length;
    const sort = this.options.sort();
    const indices = this.grid.window.indices(items.length, this.grid.roving.active);
    const tail = paging.error || paging.loadingMore;
    const bodyRows = items.length + (tail ? 1 : 0);
    const sortOf = (c: string) =>
      (c === 'due' && sort === 'due') || (c === 'reported' && sort === 'newest') || (c === 'followers' && sort === 'followers')
        ? c === 'due'
          ? 'ascending'
          : 'descending'
        : nothing;
    const now = this.options.now();
    return html`<p id="grid-hint" class="visually-hidden">${t('queue.gridHint')}</p>
      <div
        class="viewport"
        part="grid"
        role="grid"
        tabindex="-1"
        aria-labelledby="grid-label"
        aria-describedby="grid-hint"
        aria-multiselectable=${this.options.selectable() ? 'true' : nothing}
        aria-rowcount=${total + 1}
        aria-colcount=${COLUMNS.length}
        aria-busy=${paging.loadingMore ? 'true' : 'false'}
        @scroll=${this.grid.window.onScroll}
        @keydown=${this.onKeydown}
      >
        <div role="rowgroup" class="head">
          <div role="row" aria-rowindex="1" class="row">
            ${COLUMNS.map(
              (c) =>
                html`<span role="columnheader" class="cell ${c}" aria-sort=${sortOf(c)}
                  >${c === 'selection' ? html`<span class="visually-hidden">${t(COLUMN_KEYS[c])}</span>` : t(COLUMN_KEYS[c])}</span
                >`,
            )}
          </div>
        </div>
        <div role="rowgroup" class="body" ${cssProps({ 'block-size': `${this.grid.window.size(bodyRows)}px` })}>
          ${repeat(
            indices,
            // Keyed by place, not by case: the rows of a new query reuse the rows in view (their texts change), and a
            // scroll still moves only the rows that enter or leave.
            (i) => i,
            (i) => this.renderRow(t, items[i]!, i, now),
          )}
          ${tail ? this.renderTail(t, items.length) : nothing}
        </div>
      </div>`;
  }

  private renderRow(t: QueueT, kase: CaseSummary, i: number, now: Date) {
    const { locale } = this.options;
    const selectable = this.options.selectable();
    const selected = selectable && this.options.isSelected(kase.id);
    const overdue = isOverdue(kase, now);
    const left = Date.parse(kase.dueAt) - now.getTime();
    const settled = kase.status === 'handled' || kase.status === 'verified' || kase.status === 'closed';
    return html`<div
      role="row"
      class="row ${overdue ? 'is-overdue' : ''}"
      part="row"
      id=${`row-${i}`}
      data-i=${i}
      data-id=${kase.id}
      aria-rowindex=${i + 2}
      aria-selected=${selectable ? (selected ? 'true' : 'false') : nothing}
      tabindex=${this.grid.roving.tabIndex(i)}
      ${cssProps({ 'inset-block-start': `${this.grid.window.top(i)}px` })}
      @click=${() => this.openRow(i)}
      @focus=${() => this.grid.roving.setActive(i)}
    >
      <span role="gridcell" class="cell selection"
        >${selectable
          ? html`<input
              type="checkbox"
              class="check"
              tabindex="-1"
              aria-label=${t('queue.select', { number: kase.publicNumber })}
              .checked=${live(selected)}
              @click=${(e: Event) => e.stopPropagation()}
              @change=${(e: Event) => this.options.toggle(kase, (e.target as HTMLInputElement).checked)}
            />`
          : nothing}</span
      >
      <span role="gridcell" class="cell number mono">${kase.publicNumber}</span>
      <span role="gridcell" class="cell category">${kase.categoryName}</span>
      <span role="gridcell" class="cell place">${placeText(kase, locale)}</span>
      <span role="gridcell" class="cell state">${t(CASE_STATE_KEYS[kase.status])}</span>
      <span role="gridcell" class="cell reported">${formatDateTime(kase.createdAt, locale, { dateStyle: 'short', timeStyle: 'short' })}</span>
      <span role="gridcell" class="cell due"
        >${settled
          ? t('queue.settled')
          : overdue
            ? html`<span class="overdue" part="overdue">${t('queue.overdueBy', { time: spanText(t, left, locale) })}</span>`
            : t('queue.timeLeft', { time: spanText(t, left, locale) })}</span
      >
      <span role="gridcell" class="cell department">${kase.department?.name ?? t('queue.noDepartment')}</span>
      <span role="gridcell" class="cell followers num">${formatNumber(kase.followers, locale)}</span>
    </div>`;
  }

  private renderTail(t: QueueT, count: number) {
    const { paging } = this.options;
    return html`<div role="row" class="row tail" aria-rowindex=${count + 2} ${cssProps({ 'inset-block-start': `${this.grid.window.top(count)}px` })}>
      <span role="gridcell" class="cell" aria-colspan=${COLUMNS.length}>
        ${paging.error
          ? html`<span class="error-text">${t('queue.moreFailed', { reason: this.options.errorText(paging.error) })}</span>
              <button type="button" class="button secondary" part="retry-button" @click=${() => void paging.retry()}>${t('common.retry')}</button>`
          : html`<span class="spinner" aria-hidden="true"></span> ${t('queue.loadingMore')}`}
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
    if (event.key === ' ') {
      event.preventDefault();
      const kase = this.options.paging.items[i];
      if (kase && this.options.selectable()) this.options.toggle(kase, !this.options.isSelected(kase.id));
      return;
    }
    const to = this.grid.moveFor(event.key, i);
    if (to === undefined) return;
    event.preventDefault();
    void this.grid.roving.focus(to);
  };

  private openRow(i: number) {
    const kase = this.options.paging.items[i];
    if (!kase) return;
    this.grid.roving.active = i;
    this.saveScroll();
    this.options.open(kase, i);
  }

}
