import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Adapter } from '../../adapters/contract.js';
import type { AdapterError } from '../../adapters/errors.js';
import { areasResponses } from '../../adapters/response-schemas/areas.js';
import { casesResponses } from '../../adapters/response-schemas/cases.js';
import { sessionResponses } from '../../adapters/response-schemas/session.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { CursorPagingController } from '../../controllers/cursor-paging-controller.js';
import { SearchAsYouType } from '../../controllers/search-as-you-type.js';
import { cityNow } from '../../domain/city-clock.js';
import {
  CASE_SORTS,
  CASE_STATES,
  URGENCIES,
  type CaseActionRequest,
  type CaseCategory,
  type CaseSort,
  type CaseState,
  type CaseSummary,
  type Department,
  type GridCase,
  type Urgency,
} from '../../domain/cases.js';
import { hasPermission, type Permission, type Session } from '../../domain/session.js';
import { areaSelect, dateTimeField, selectField, textField } from '../../forms/index.js';
import { CASE_STATE_KEYS, URGENCY_KEYS } from '../shared/case-label-keys.js';
import { emit } from '../shared/events.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { adapterNeeds } from '../shared/widget-host.js';
import type { CaseActionDetail } from '../grid-case-tracker/grid-case-tracker.js';
import type { ViewContext } from '../grid-case-tracker/view-context.js';
import { BulkController, type BulkAction, type QueueBulkDetail } from './bulk.js';
import { CaseGrid } from './case-grid.js';
import { PRESET_KEYS, queueMessages, SORT_KEYS, type QueueMessageKey, type QueueT } from './messages.js';
import { activeFilterCount, emptyFilters, QUEUE_PRESETS, queueQuery, type QueueFilters, type QueuePreset } from './queue-query.js';
import { queueStyles } from './styles.js';

export type { QueueBulkDetail, BulkAction } from './bulk.js';
export type { QueuePreset, QueueFilters } from './queue-query.js';

/** The queue needs `cases`; `session` says what the person may do, `areas` gives the area filter. */
const NEEDS = adapterNeeds({ cases: casesResponses }, { session: sessionResponses, areas: areasResponses });

/** Detail of `gr-queue-change`: the list shown now. */
export interface QueueChangeDetail {
  preset: QueuePreset;
  /** The filters as the person set them (the sort included). */
  filters: QueueFilters;
}

/** Detail of `gr-queue-open`: a case was opened in place. */
export interface QueueOpenDetail {
  caseId: string;
  publicNumber: string;
}

/** Detail of `gr-queue-updated`: a row changed after an action (in place or in bulk). */
export interface QueueUpdatedDetail {
  caseId: string;
  publicNumber: string;
  status: CaseState;
}

/** Permissions that let a session act on cases in the queue; without any, the queue is read-only. */
const ACTING: readonly Permission[] = ['case:accept', 'case:dispatch', 'case:resolve', 'case:verify', 'case:close', 'case:return', 'case:urge', 'case:escalate'];

/** Deepest level of the area filter: district, street, community, grid. */
const AREA_LEVELS = 4;

/**
 * The staff work queue: the cases the session may act on or supervise (the scope is the backend's,
 * from the session), as tabs of presets (to accept, in progress, to verify, overdue, due within 24 h,
 * returned, closed recently), narrowed by backend filters and sorted; a virtualised ARIA grid with
 * cursor paging and a total. A row opens the case in place in `<grid-case-tracker>` (its view and
 * action dialogs), and the row follows what was done. Selected rows can be accepted or dispatched
 * together, each case with its own idempotency key.
 *
 * Load `grid-case-tracker` too (the queue's own entry does).
 *
 * @tagname grid-case-queue
 * @summary A staff work queue of cases: presets, backend filters and sorts, a virtualised grid, in-place case view and bulk accept / dispatch.
 *
 * @attr {QueuePreset} preset - The tab shown: `to-accept` (default), `in-progress`, `to-verify`, `overdue`, `due-soon`, `returned`, `closed`.
 * @attr {number} page-size - Rows per backend page (default 50; backends cap it).
 * @attr {number} heading-level - Level of the queue's title (default 2); an opened case's title is one below.
 * @prop {Date | undefined} now - The clock for time left and overdue marks. Unset: the city clock (`cityNow()`).
 *
 * @fires {CustomEvent<QueueChangeDetail>} gr-queue-change - The person chose another tab, filter or sort. Detail `{ preset, filters }`.
 * @fires {CustomEvent<QueueOpenDetail>} gr-queue-open - A case was opened in place. Detail `{ caseId, publicNumber }`.
 * @fires {CustomEvent<QueueUpdatedDetail>} gr-queue-updated - A row changed after an action. Detail `{ caseId, publicNumber, status }`.
 * @fires {CustomEvent<QueueBulkDetail>} gr-queue-bulk - A bulk accept or dispatch ended. Detail `{ action, done, failed, skipped }` (case ids).
 *   The opened case's own `gr-case-loaded` and `gr-case-action` (from `<grid-case-tracker>`) bubble out of the queue too.
 *
 * @csspart tabs - The preset tab list; `tab` each tab.
 * @csspart tab - One preset tab.
 * @csspart filters - The filter bar.
 * @csspart summary - The line with the total.
 * @csspart read-only - The line that says the session may only look.
 * @csspart grid - The scrolling case grid.
 * @csspart row - One case row.
 * @csspart overdue - The overdue mark in a row.
 * @csspart bulk-bar - The selection bar with the bulk buttons.
 * @csspart bulk-panel - The bulk action form and its result.
 * @csspart bulk-result - The result of a bulk action, per case.
 * @csspart bulk-confirm - The bulk form's confirm button.
 * @csspart bulk-cancel - The bulk form's cancel button.
 * @csspart case - The opened case (a `<grid-case-tracker>`).
 * @csspart back-button - The button back to the list.
 *
 * @cssprop --grid-case-queue-grid-height - Height of the scrolling grid (default `30rem`).
 */
export class GridCaseQueue extends GrassrootsElement<QueueMessageKey, typeof NEEDS> {
  static override styles = [...GrassrootsElement.styles, ...queueStyles];
  /** Its own words and the field-error words of its forms. */
  static override messages = [queueMessages, validationMessages];
  static override adapterNeeds = NEEDS;

  @property({ reflect: true }) preset: QueuePreset = 'to-accept';
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ attribute: false }) now?: Date;

  /** The filters as set; every change asks the backend at once (the request in flight is aborted); typed text too, unless `cases.hints` asks for a pause. */
  @state() private filters: QueueFilters = emptyFilters();
  @state() private openCase?: { id: string; publicNumber: string };
  @state() private categories: CaseCategory[] = [];
  @state() private departments: Department[] = [];
  /** Selected rows by id (the summaries as selected). */
  @state() private selected = new Map<string, CaseSummary>();
  /**
   * The filter bar starts closed, so its form (selects, date fields, the area cascade and its first request) is built
   * after the first rows are painted, or at once when the bar is opened or a filter is set; a closed bar shows the same.
   */
  @state() private filterForm = false;
  private formLater?: { cancel(): void; done: Promise<void> };

  private readonly sessionCall = new AdapterCallController<Session | null>(this, { onComplete: () => void this.reload() });
  private readonly paging = new CursorPagingController<CaseSummary>(this, undefined, {
    onPage: (page, { first }) => {
      if (first) this.announce(this.t('queue.announce.loaded', { count: page.total ?? page.items.length }));
    },
  });
  private readonly areas = new AreaCascadeController(this, { areas: () => this.validatedAdapter()?.areas, locale: () => this.effectiveLocale });
  private readonly grid = new CaseGrid(
    this,
    this.widgetHost({
      now: () => this.clock(),
      paging: this.paging,
      sort: () => this.filters.sort,
      selectable: () => this.canBulk,
      isSelected: (id: string) => this.selected.has(id),
      toggle: (kase: CaseSummary, on: boolean) => this.toggle(kase, on),
      open: (kase: CaseSummary) => this.openRow(kase),
    }),
  );
  private readonly bulk = new BulkController(this);
  private readonly search = new SearchAsYouType(this, () => this.validatedAdapter()?.cases.hints);
  private loadedFor?: { adapter?: Adapter; locale: string };
  /**
   * Set while a change's first page is asked for: the next update waits for its answer or the next frame, whichever
   * comes first. A quick answer (the memory adapter's) then replaces the rows in one update, instead of one that
   * swaps the grid for the loading state and one that builds the grid again, neither painted in between; a slow one
   * shows the loading state in the frame it showed it before (the update runs in that frame's animation callbacks).
   */
  private answerOrFrame?: Promise<void>;

  /** Loads the session and the list again (e.g. after sign-in). */
  refresh(): void {
    this.start();
  }

  private get qt(): QueueT {
    return this.t.bind(this);
  }

  private clock(): Date {
    return this.now ?? cityNow();
  }

  private get session(): Session | null {
    return this.sessionCall.value ?? null;
  }

  /** The session may act on cases (else the queue is read-only). */
  get readOnly(): boolean {
    return !ACTING.some((p) => hasPermission(this.session, p));
  }

  private get canBulk(): boolean {
    return hasPermission(this.session, 'case:accept') || hasPermission(this.session, 'case:dispatch');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const want = { adapter: this.effectiveAdapter, locale: this.effectiveLocale };
    if (!this.loadedFor || this.loadedFor.adapter !== want.adapter || this.loadedFor.locale !== want.locale) {
      this.loadedFor = want;
      this.start();
    } else if (changed.has('preset') || changed.has('pageSize')) {
      void this.reload();
    }
  }

  private start(): void {
    const adapter = this.effectiveAdapter;
    this.openCase = undefined;
    this.bulk.close();
    this.selected = new Map();
    this.departments = [];
    const api = this.validatedAdapter(adapter);
    if (!api) {
      this.paging.abort();
      return;
    }
    const locale = this.effectiveLocale;
    const { session } = api;
    void this.sessionCall.run((signal) => (session ? session.current({ signal, locale }) : Promise.resolve(null)));
    api.cases
      .categories({ locale })
      .then((c) => (this.categories = c))
      .catch(() => (this.categories = []));
    // For the department filter (and bulk dispatch); a failure leaves the filter at "any".
    this.loadDepartments().catch(() => undefined);
  }

  /** Loads the first page of the current tab, filters and sort; resolves when it is handled. */
  private reload(): Promise<void> {
    const api = this.validatedAdapter();
    if (!api) return Promise.resolve();
    const query = queueQuery(this.preset, this.filters, this.clock());
    const locale = this.effectiveLocale;
    const limit = this.pageSize;
    this.grid.reset();
    return this.paging.reset((cursor, signal) => api.cases.list(query, { cursor: cursor ?? undefined, limit, signal, locale }));
  }

  private changed(): void {
    this.search.cancel(); // this change queries with the text typed so far
    this.openCase = undefined;
    this.holdUpdateFor(this.reload());
    emit<QueueChangeDetail>(this, 'gr-queue-change', { preset: this.preset, filters: { ...this.filters } });
  }

  /** The next update waits for `answer` or the next frame (see `answerOrFrame`; 100 ms at most in a hidden page, which paints none). */
  private holdUpdateFor(answer: Promise<void>): void {
    const hold = new Promise<void>((resolve) => {
      const done = () => {
        cancelAnimationFrame(frame);
        clearTimeout(fallback);
        resolve();
      };
      const frame = requestAnimationFrame(done);
      const fallback = setTimeout(done, 100);
      void answer.finally(done);
    });
    this.answerOrFrame = hold;
    void hold.then(() => {
      if (this.answerOrFrame === hold) this.answerOrFrame = undefined;
    });
  }

  protected override async scheduleUpdate(): Promise<void> {
    while (this.answerOrFrame) await this.answerOrFrame;
    await super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The list (or its error) is shown: the filter form follows after that frame is painted.
    if (!this.filterForm && !this.formLater && (this.paging.started || this.paging.error)) this.formLater = afterPaint(() => this.showFilterForm());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.filterForm) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.formLater?.cancel();
    this.formLater = undefined;
  }

  /** Resolves after the filter form too, when it is on its way (so what `updateComplete` waits for is all there). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const later = this.formLater;
    if (this.filterForm || !later) return complete;
    await later.done;
    return super.getUpdateComplete();
  }

  private readonly showFilterForm = (): void => {
    this.formLater?.cancel();
    this.filterForm = true;
  };

  /** Opened by other means than its summary (a script, find in page): the form, if not built yet. */
  private readonly onFiltersToggle = (e: Event): void => {
    if ((e.currentTarget as HTMLDetailsElement).open) this.showFilterForm();
  };

  private setFilters(patch: Partial<QueueFilters>, apply = true): void {
    this.filters = { ...this.filters, ...patch };
    if (apply) this.changed();
  }

  /** Text as typed: asks at once, or after the pause the adapter asks for. */
  private typed(text: string): void {
    this.setFilters({ text }, false);
    this.search.typed(() => this.changed());
  }

  private choosePreset(preset: QueuePreset, focus = false): void {
    if (preset !== this.preset) {
      this.preset = preset;
      this.openCase = undefined;
      emit<QueueChangeDetail>(this, 'gr-queue-change', { preset, filters: { ...this.filters } });
    }
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${preset}`)?.focus());
  }

  private readonly onTabKey = (e: KeyboardEvent) => {
    const i = QUEUE_PRESETS.indexOf(this.preset);
    const n = QUEUE_PRESETS.length;
    const to: Record<string, number> = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    this.choosePreset(QUEUE_PRESETS[to[e.key]!]!, true);
  };

  private toggle(kase: CaseSummary, on: boolean): void {
    const next = new Map(this.selected);
    if (on) next.set(kase.id, kase);
    else next.delete(kase.id);
    this.selected = next;
  }

  private openRow(kase: CaseSummary): void {
    this.openCase = { id: kase.id, publicNumber: kase.publicNumber };
    emit<QueueOpenDetail>(this, 'gr-queue-open', { caseId: kase.id, publicNumber: kase.publicNumber });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="back-button"]')?.focus());
  }

  private closeCase(): void {
    this.openCase = undefined;
    void this.grid.restore();
  }

  /** The tracker in place did something: the row follows, without reloading the list. */
  private readonly onCaseAction = (e: CustomEvent<CaseActionDetail>) => {
    const api = this.validatedAdapter();
    if (!api) return;
    api.cases
      .get(e.detail.caseId, { locale: this.effectiveLocale })
      .then((kase) => this.caseChanged(kase))
      .catch(() => this.patchRow(e.detail.caseId, { status: e.detail.status }));
  };

  private patchRow(id: string, patch: Partial<CaseSummary>): CaseSummary | undefined {
    const i = this.paging.items.findIndex((k) => k.id === id);
    if (i < 0) return undefined;
    const row = { ...this.paging.items[i]!, ...patch };
    this.paging.items = this.paging.items.map((k, j) => (j === i ? row : k));
    if (this.selected.has(id)) this.toggle(row, true);
    this.requestUpdate();
    emit<QueueUpdatedDetail>(this, 'gr-queue-updated', { caseId: id, publicNumber: row.publicNumber, status: row.status });
    return row;
  }

  // BulkHost ------------------------------------------------------------------------------------

  /** @internal */
  act(caseId: string, request: CaseActionRequest): Promise<GridCase> {
    return this.adapterApi.cases.act(caseId, request, { locale: this.effectiveLocale });
  }

  /** @internal */
  caseChanged(kase: GridCase): void {
    const { answers: _a, reporter: _r, photos: _p, timeline: _t, mine: _m, ...summary } = kase;
    const row = this.patchRow(kase.id, summary);
    if (row) this.announce(this.t('queue.announce.updated', { number: row.publicNumber, state: this.t(CASE_STATE_KEYS[row.status]) }));
  }

  /** @internal */
  async loadDepartments(): Promise<void> {
    if (this.departments.length) return;
    this.departments = await this.adapterApi.cases.departments({ locale: this.effectiveLocale });
  }

  /** @internal */
  bulkEnded(detail: QueueBulkDetail): void {
    const next = new Map(this.selected);
    for (const id of detail.done) next.delete(id);
    this.selected = next;
    emit<QueueBulkDetail>(this, 'gr-queue-bulk', detail);
  }

  // Rendering -----------------------------------------------------------------------------------

  private get view(): ViewContext & { t: QueueT } {
    return this.widgetHost({ headingLevel: Math.min(6, Math.max(1, this.headingLevel || 2)) + 1 });
  }

  protected override renderContent() {
    const t = this.qt;
    const level = Math.min(6, Math.max(1, this.headingLevel || 2));
    return html`${this.liveRegion.render()}
      <div class="heading heading-0" role="heading" aria-level=${level} id="queue-title">${t('queue.title')}</div>
      ${this.openCase ? this.renderOpenCase() : this.renderQueue()}`;
  }

  private renderOpenCase() {
    const c = this.openCase!;
    return html`<div class="open-case">
      <button type="button" class="button secondary" part="back-button" @click=${() => this.closeCase()}>${this.t('queue.back')}</button>
      <grid-case-tracker
        part="case"
        no-lookup
        case-number=${c.id}
        heading-level=${Math.min(6, (this.headingLevel || 2) + 1)}
        locale=${this.effectiveMessageLocale}
        theme=${this.effectiveTheme}
        ?elder-friendly=${this.effectiveElderFriendly}
        .adapter=${this.effectiveAdapter}
        .now=${this.now}
        @gr-case-action=${this.onCaseAction}
      ></grid-case-tracker>
    </div>`;
  }

  private renderQueue() {
    const t = this.qt;
    return html`<div role="tablist" class="tabs" part="tabs" aria-label=${t('queue.presets')} @keydown=${this.onTabKey}>
        ${QUEUE_PRESETS.map(
          (p) => html`<button
            type="button"
            role="tab"
            class="tab"
            part="tab"
            id=${`tab-${p}`}
            data-preset=${p}
            aria-selected=${p === this.preset ? 'true' : 'false'}
            aria-controls="queue-panel"
            tabindex=${p === this.preset ? '0' : '-1'}
            @click=${() => this.choosePreset(p)}
          >
            ${t(PRESET_KEYS[p])}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="queue-panel" class="panel" aria-labelledby=${`tab-${this.preset}`}>
        ${this.renderFilters()} ${this.readOnly && this.sessionCall.status === 'complete'
          ? html`<p class="read-only" part="read-only">${t('queue.readOnly')}</p>`
          : nothing}
        ${this.renderBulkBar()} ${this.bulk.render(this.view, this.departments)} ${this.renderList()}
      </div>`;
  }

  private renderList() {
    const t = this.qt;
    const p = this.paging;
    if (this.sessionCall.status === 'error' && this.sessionCall.error) return this.renderError(this.sessionCall.error, () => void this.sessionCall.retry());
    if (p.error && !p.started) return this.renderError(p.error, () => void p.retry());
    if (!p.started) return this.renderLoading(t('queue.loading'));
    if (!p.items.length) return this.renderEmpty(t('queue.empty'));
    const total = p.total ?? p.items.length;
    return html`<p class="summary" part="summary" id="grid-label">
        <span>${t('queue.total', { count: total })}</span>
        ${p.loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${p.hasMore ? html`<span class="hint">${t('queue.shown', { loaded: p.items.length, total })}</span>` : nothing}
      </p>
      ${this.grid.render()}`;
  }

  private renderBulkBar() {
    if (!this.canBulk) return nothing;
    const t = this.qt;
    const n = this.selected.size;
    const busy = this.bulk.busy;
    const start = (action: BulkAction) => void this.bulk.open(action, [...this.selected.values()], this.session);
    return html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${t('queue.bulk.title')}>
      <span aria-live="polite">${t('queue.bulk.selected', { count: n })}</span>
      ${hasPermission(this.session, 'case:accept')
        ? html`<button type="button" class="button" data-bulk="accept" ?disabled=${!n || busy} @click=${() => start('accept')}>${t('queue.bulk.accept')}</button>`
        : nothing}
      ${hasPermission(this.session, 'case:dispatch')
        ? html`<button type="button" class="button" data-bulk="dispatch" ?disabled=${!n || busy} @click=${() => start('dispatch')}>${t('queue.bulk.dispatch')}</button>`
        : nothing}
      ${n ? html`<button type="button" class="button link" ?disabled=${busy} @click=${() => (this.selected = new Map())}>${t('queue.bulk.clear')}</button>` : nothing}
    </div>`;
  }

  private renderFilters() {
    const t = this.qt;
    const f = this.filters;
    const active = activeFilterCount(f);
    // A click on the summary builds the form before the bar opens (the update runs before the click's default action).
    return html`<details class="filters" part="filters" ?open=${active > 0} @toggle=${this.onFiltersToggle}>
      <summary @click=${this.showFilterForm}>${t('queue.filters')}${active ? ` (${active})` : ''}</summary>
      ${this.filterForm || active ? this.renderFilterForm() : nothing}
    </details>`;
  }

  private renderFilterForm() {
    const t = this.qt;
    const f = this.filters;
    const any = { value: '', label: t('queue.filter.any') };
    const levels = this.validatedAdapter()?.areas ? this.areas.levels(f.areaPath.slice(0, AREA_LEVELS - 1)).slice(0, AREA_LEVELS) : [];
    return html`<form
        class="filter-form"
        role="search"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          this.changed();
        }}
      >
        ${textField(t, { id: 'qf-text', label: t('queue.filter.text'), type: 'search', maxlength: 100, value: f.text, onInput: (text) => this.typed(text) })}
        <div class="row-fields">
          ${selectField(t, {
            id: 'qf-status',
            label: t('queue.filter.status'),
            value: f.status[0] ?? '',
            options: [any, ...CASE_STATES.map((s) => ({ value: s, label: t(CASE_STATE_KEYS[s]) }))],
            onChange: (v) => this.setFilters({ status: v ? [v as CaseState] : [] }),
          })}
          ${selectField(t, {
            id: 'qf-category',
            label: t('queue.filter.category'),
            value: f.categoryCode,
            options: [any, ...this.categories.map((c) => ({ value: c.code, label: c.name }))],
            onChange: (categoryCode) => this.setFilters({ categoryCode }),
          })}
          ${selectField(t, {
            id: 'qf-urgency',
            label: t('queue.filter.urgency'),
            value: f.urgency[0] ?? '',
            options: [any, ...URGENCIES.map((u) => ({ value: u, label: t(URGENCY_KEYS[u]) }))],
            onChange: (v) => this.setFilters({ urgency: v ? [v as Urgency] : [] }),
          })}
          ${selectField(t, {
            id: 'qf-department',
            label: t('queue.filter.department'),
            value: f.departmentId,
            options: [any, ...this.departments.map((d) => ({ value: d.id, label: d.name }))],
            onChange: (departmentId) => this.setFilters({ departmentId }),
          })}
          ${selectField(t, {
            id: 'qf-overdue',
            label: t('queue.filter.overdue'),
            value: f.overdue,
            options: [any, { value: 'yes', label: t('queue.filter.overdueYes') }, { value: 'no', label: t('queue.filter.overdueNo') }],
            onChange: (v) => this.setFilters({ overdue: v as QueueFilters['overdue'] }),
          })}
          ${selectField(t, {
            id: 'qf-sort',
            label: t('queue.sort'),
            value: f.sort,
            options: CASE_SORTS.map((s) => ({ value: s, label: t(SORT_KEYS[s]) })),
            onChange: (v) => this.setFilters({ sort: v as CaseSort }),
          })}
        </div>
        ${levels.length
          ? html`<fieldset class="row-fields areas">
              <legend>${t('queue.filter.area')}</legend>
              ${levels.map((list, i) =>
                areaSelect(t, {
                  id: `qf-area-${i}`,
                  label: t('queue.filter.areaLevel', { level: i + 1 }),
                  list,
                  value: f.areaPath[i] ?? '',
                  placeholder: t('queue.filter.any'),
                  loading: t('common.loading'),
                  errorText: (e: AdapterError) => this.errorText(e),
                  retryLabel: t('common.retry'),
                  onChange: (id) => {
                    const areaPath = id ? [...f.areaPath.slice(0, i), id] : f.areaPath.slice(0, i);
                    this.areas.choose(areaPath.slice(0, AREA_LEVELS - 1));
                    this.setFilters({ areaPath });
                  },
                }),
              )}
            </fieldset>`
          : nothing}
        <div class="row-fields">
          ${dateTimeField(t, { id: 'qf-due', label: t('queue.filter.dueBefore'), value: f.dueBefore, onInput: (dueBefore) => this.setFilters({ dueBefore }) })}
          ${dateTimeField(t, { id: 'qf-from', type: 'date', label: t('queue.filter.reportedFrom'), value: f.reportedFrom, onInput: (reportedFrom) => this.setFilters({ reportedFrom }) })}
          ${dateTimeField(t, { id: 'qf-to', type: 'date', label: t('queue.filter.reportedTo'), value: f.reportedTo, onInput: (reportedTo) => this.setFilters({ reportedTo }) })}
        </div>
        <div class="actions">
          <button type="submit" class="button" part="filter-apply">${t('queue.filter.apply')}</button>
          ${activeFilterCount(f)
            ? html`<button type="button" class="button link" @click=${() => this.setFilters({ ...emptyFilters(), sort: f.sort })}>${t('queue.filter.clear')}</button>`
            : nothing}
        </div>
      </form>`;
  }
}

/**
 * Runs `run` in a task after the next frame is painted (or after 100 ms without a frame: a hidden page paints none),
 * unless cancelled first; `done` settles either way.
 */
function afterPaint(run: () => void): { cancel(): void; done: Promise<void> } {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiting = () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
  const fire = () => {
    waiting();
    timer ??= setTimeout(() => {
      resolve();
      run();
    });
  };
  const frame = requestAnimationFrame(fire);
  const fallback = setTimeout(fire, 100);
  return {
    done,
    cancel() {
      waiting();
      clearTimeout(timer);
      resolve();
    },
  };
}
