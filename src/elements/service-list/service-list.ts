import { cityNow } from '../../domain/city-clock.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Adapter } from '../../adapters/contract.js';
import { sessionResponses } from '../../adapters/response-schemas/session.js';
import { areasResponses } from '../../adapters/response-schemas/areas.js';
import { servicesResponses } from '../../adapters/response-schemas/services.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { CursorPagingController } from '../../controllers/cursor-paging-controller.js';
import { SearchAsYouType } from '../../controllers/search-as-you-type.js';
import { LIST_KINDS, type Audience, type ListItem, type ListKind, type RequestReceipt, type ServiceQuery, type TaxonomyTerm } from '../../domain/services.js';
import { hasPermission, type Session } from '../../domain/session.js';
import { formStyles } from '../../styles/forms.js';
import { areaCascadeSelects, levelPatch } from '../../forms/index.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { adapterNeeds, type ValidatedAdapter } from '../shared/widget-host.js';
import { DemandForm, type DemandFormHost } from './demand-form.js';
import { renderFilters } from './filters.js';
import { renderItemCard } from './item-card.js';
import { renderItemDetail } from './item-detail.js';
import { LIST_TITLE_KEYS, serviceListMessages, type ServiceListMessageKey } from './messages.js';
import { RequestForm } from './request-form.js';
import { serviceListStyles } from './styles.js';
import { buildTermTree, renderTaxonomyFacet, toggleTerm, type TermTree } from './taxonomy-facet.js';
import { areaText } from './service-form.js';
import type { ViewContext } from './view.js';

/** The list needs `services`; `session` says who may request, `areas` gives the district and street choices. */
const NEEDS = adapterNeeds({ services: servicesResponses }, { session: sessionResponses, areas: areasResponses });

/** The schema-checked adapter of `<service-list>`. */
export type ServiceListApi = ValidatedAdapter<typeof NEEDS>;

export type { DemandPostedDetail } from './demand-form.js';
export type { ServiceRequestedDetail } from './request-form.js';

type View = 'list' | 'request' | 'demand';

/**
 * The community service catalogue and the demand, resource and project lists, with
 * "request a service" and "post a demand". Filtering and paging happen in the backend
 * (adapter group `services`; `areas` for the area filter, `session` for the permission).
 * A backend that takes no requests or demands (`services.capabilities`, e.g. a read-only HSDS
 * directory) gets no button for them.
 *
 * @tagname service-list
 * @summary Community services, demands, resources and projects, with search, facets and requests.
 *
 * @attr {'service'|'demand'|'resource'|'project'} kind - Which list to show. Default `service`.
 * @attr {string} area - Fixes the area (an area id, e.g. `d01-s01-c01`): only items in it or below are listed, the area selects are hidden, and demands are posted there.
 * @attr {number} page-size - Items per page (default 20; the backend may cap it).
 * @attr {string} draft-key - Prefix of the drafts saved in localStorage (default `service-list`); give two lists on one page different keys. Read once, at the first render.
 * @prop {Date | undefined} now - The time "open now" is computed for; unset means the city clock (`cityNow()`).
 *
 * @fires {CustomEvent<ServiceRequestedDetail>} gr-service-requested - A service or resource request was received; detail `{ itemId, referenceNumber }`.
 * @fires {CustomEvent<DemandPostedDetail>} gr-demand-posted - A demand was posted; detail `{ referenceNumber }`.
 *
 * @csspart filters - The search and filter form.
 * @csspart list - The list of items.
 * @csspart item - One item's card.
 * @csspart open-state - The "open now" / "closed now" badge.
 * @csspart load-more - The "load more" button.
 * @csspart request-form - The request form.
 * @csspart demand-form - The demand form.
 * @csspart error-summary - A form's error summary.
 * @csspart submit-error - The "not sent, send again" box.
 * @csspart confirmation - The confirmation with the reference number.
 * @csspart permission - The "you cannot request this" message.
 *
 * @cssprop --gr-color-success - The "open now" badge.
 * @cssprop --gr-color-border - Card borders.
 */
export class ServiceList extends GrassrootsElement<ServiceListMessageKey, typeof NEEDS> {
  static override styles = [...GrassrootsElement.styles, formStyles, serviceListStyles];
  /** Its own words and the field-error words of its forms. */
  static override messages = [serviceListMessages, validationMessages];
  static override adapterNeeds = NEEDS;

  /** Which list: `service` (default), `demand`, `resource` or `project`. */
  @property({ reflect: true }) kind: ListKind = 'service';

  /** A fixed area id; see the `area` attribute. */
  @property() area?: string;

  /** Items per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Prefix of the saved drafts' storage keys. */
  @property({ attribute: 'draft-key' }) draftKey = 'service-list';

  /** The time "open now" is computed for (default: now). */
  @property({ attribute: false }) now?: Date;

  /** The search box as typed. */
  @state() private text = '';
  /** The search text in the query: follows `text` at once, or after the pause `services.hints` asks for. */
  @state() private appliedText = '';
  @state() private termIds: string[] = [];
  @state() private audience: Audience | '' = '';
  @state() private districtId = '';
  @state() private streetId = '';
  @state() private categoriesOpen = false;
  @state() private openTerms = new Set<string>();
  @state() private expandedId: string | null = null;
  @state() private view: View = 'list';
  @state() private requestItem?: ListItem;

  /** The district and street choices of the filters (the demand form has its own). */
  private readonly filterAreas = new AreaCascadeController(this, { areas: () => this.validatedAdapter()?.areas, locale: () => this.effectiveLocale });
  /** What the request and demand forms get from the list. */
  private readonly formHost: DemandFormHost = this.widgetHost({
    viewContext: () => this.viewContext(),
    submitted: (receipt: RequestReceipt) => this.submitted(receipt),
    fixedArea: () => this.fixedArea(),
    termTree: () => this.termTree(),
  });
  private readonly taxonomy = new AdapterCallController<TaxonomyTerm[]>(this);
  private readonly session = new AdapterCallController<Session>(this);
  private readonly itemCall = new AdapterCallController<ListItem>(this, { onComplete: (item) => (this.requestItem = item) });
  private readonly paging = new CursorPagingController<ListItem>(this, undefined, {
    onPage: (page, { first }) => this.announcePage(page.items.length, first),
  });
  private requestForm?: RequestForm;
  private demandForm?: DemandForm;
  private tree?: { terms: TaxonomyTerm[]; tree: TermTree };
  private lastQuery = '';
  private readonly typing = new SearchAsYouType(this, () => this.validatedAdapter()?.services.hints);
  private restoredView = false;
  private taxonomyLocale?: string;
  private warnedKind = false;

  /** The list shown: `kind`, or `service` when the attribute is not a known list. */
  get listKind(): ListKind {
    if ((LIST_KINDS as readonly string[]).includes(this.kind)) return this.kind;
    if (!this.warnedKind) {
      this.warnedKind = true;
      console.warn(`[grassroots-gov-widgets] <service-list> kind="${this.kind}" is not one of ${LIST_KINDS.join(', ')}; showing services.`);
    }
    return 'service';
  }

  // --- what the parts get ---------------------------------------------------------------------

  /** The view of one render: the host, its clock and the category names. */
  private viewContext(): ViewContext {
    return this.widgetHost({ now: this.now ?? cityNow(), termName: (id: string) => this.termTree()?.byId.get(id)?.name });
  }

  private submitted(receipt: RequestReceipt): void {
    this.announce(this.t('sl.announce.submitted', { reference: receipt.referenceNumber }));
    // A new demand leads the demand list.
    if (this.listKind === 'demand') this.reload(true);
  }

  /** Whether the backend takes this write: a read-only directory (an HSDS API) says not, and gets no button for it. */
  private takes(write: 'request' | 'postDemand'): boolean {
    return this.adapterApi.services.capabilities?.[write] !== false;
  }

  private fixedArea(): string | null {
    if (this.area) return this.area;
    if (this.filterAreas.available) return null;
    return this.session.value?.areaIds[0] ?? null;
  }

  private termTree(): TermTree | undefined {
    const terms = this.taxonomy.value;
    if (!terms) return undefined;
    if (this.tree?.terms !== terms) this.tree = { terms, tree: buildTermTree(terms) };
    return this.tree.tree;
  }

  // --- loading -------------------------------------------------------------------------------

  protected override adapterChanged(adapter: Adapter | undefined): void {
    this.lastQuery = '';
    const session = this.validatedAdapter(adapter)?.session;
    if (!adapter?.services) return;
    this.loadTaxonomy();
    if (session) void this.session.run((signal) => session.current({ signal }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.isConfigured) return;
    this.requestForm ??= new RequestForm(this.formHost, `${this.draftKey}:${this.listKind}:request`);
    this.demandForm ??= new DemandForm(this.formHost, `${this.draftKey}:demand`);
    // Category names come from the backend in the widget's language.
    if (this.taxonomyLocale !== this.effectiveLocale) this.loadTaxonomy();
    this.reload(false);
    this.restoreView();
  }

  private loadTaxonomy(): void {
    const locale = (this.taxonomyLocale = this.effectiveLocale);
    const api = this.adapterApi.services;
    void this.taxonomy.run((signal) => api.taxonomy({ signal, locale }));
  }

  private query(): ServiceQuery {
    const query: ServiceQuery = { kind: this.listKind };
    const text = this.appliedText.trim();
    if (text) query.text = text;
    if (this.termIds.length) query.termIds = [...this.termIds].sort();
    if (this.audience) query.audience = this.audience;
    const areaId = this.area || this.streetId || this.districtId;
    if (areaId) query.areaId = areaId;
    return query;
  }

  /** Loads the first page when the query changed (or always with `force`); aborts a stale one. */
  private reload(force: boolean): void {
    const query = this.query();
    const key = JSON.stringify([query, this.pageSize, this.effectiveLocale]);
    if (!force && key === this.lastQuery) return;
    this.lastQuery = key;
    this.expandedId = null;
    const api = this.adapterApi.services;
    const limit = this.pageSize > 0 ? this.pageSize : 20;
    void this.paging.reset((cursor, signal) => api.query(query, { cursor, limit, signal, locale: this.effectiveLocale }));
  }

  /** After a reload, reopen the form whose draft was being filled in. */
  private restoreView(): void {
    if (this.restoredView) return;
    this.restoredView = true;
    const kind = this.listKind;
    const request = this.requestForm!.form.draft!;
    if ((kind === 'service' || kind === 'resource') && this.takes('request') && request.restored && request.value.itemId) {
      this.view = 'request';
      const id = request.value.itemId;
      void this.itemCall.run((signal) => this.adapterApi.services.get(kind, id, { signal, locale: this.effectiveLocale }));
    } else if (kind === 'demand' && this.takes('postDemand') && this.demandForm!.form.draft?.restored && this.demandForm!.form.values.open) {
      this.view = 'demand';
    }
  }

  private announcePage(count: number, first: boolean): void {
    const total = this.paging.total;
    const shown = this.paging.items.length;
    if (first) this.announce(this.t('sl.results', { count: total ?? shown }));
    else this.announce(this.t('sl.announce.more', { count, shown, total: total ?? shown }));
  }

  // --- interaction ---------------------------------------------------------------------------

  private onText = (text: string, now: boolean) => {
    this.text = text;
    this.typing.cancel();
    if (now) this.appliedText = text;
    else this.typing.typed(() => (this.appliedText = this.text));
  };

  private clearFilters = (): void => {
    this.typing.cancel();
    this.text = '';
    this.appliedText = '';
    this.termIds = [];
    this.audience = '';
    this.districtId = '';
    this.streetId = '';
    void this.focusAfterUpdate(() => this.shadowRoot?.getElementById('sl-text'));
  };

  /** Focuses what `target` finds once the next render is on screen. */
  private async focusAfterUpdate(target: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    target()?.focus();
  }

  private async loadMore(): Promise<void> {
    const before = this.paging.items.length;
    await this.paging.loadMore();
    await this.updateComplete;
    // The button is gone after the last page: move focus to the first new item instead of losing it.
    if (!this.paging.hasMore && !this.paging.error) {
      const first = this.paging.items[before];
      if (first) this.shadowRoot?.querySelector<HTMLElement>(`[data-details="${CSS.escape(first.id)}"]`)?.focus();
    }
  }

  private async openRequest(item: ListItem): Promise<void> {
    this.requestItem = item;
    // Without the permission the form is not shown, so no draft is started for it.
    if (this.permission() === 'ok') this.requestForm!.openFor(item.id);
    this.view = 'request';
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#rq-title, .permission')?.focus();
  }

  private async openDemand(): Promise<void> {
    this.demandForm!.resetOutcome();
    if (this.permission() === 'ok') this.demandForm!.form.update({ open: true });
    this.view = 'demand';
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#dm-title, .permission')?.focus();
  }

  private backToList = (): void => {
    const from = this.view;
    const item = this.requestItem;
    if (from === 'demand' && !this.demandForm!.form.receipt) this.demandForm!.form.update({ open: false });
    this.requestForm!.resetOutcome();
    this.demandForm!.resetOutcome();
    this.view = 'list';
    const selector = from === 'request' && item ? `[data-request="${CSS.escape(item.id)}"]` : '.post-demand';
    void this.focusAfterUpdate(() => this.shadowRoot?.querySelector<HTMLElement>(selector) ?? this.shadowRoot?.getElementById('sl-text'));
  };

  /** `ok`, or why this session cannot request (unknown sessions may: the backend decides). */
  private permission(): 'ok' | 'signIn' | 'denied' {
    const session = this.session.value;
    if (this.session.status !== 'complete' || !session) return 'ok';
    if (hasPermission(session, 'service:request')) return 'ok';
    return session.userId === null ? 'signIn' : 'denied';
  }

  // --- rendering -----------------------------------------------------------------------------

  protected override renderContent() {
    const kind = this.listKind;
    return html`<div class="service-list">
      <div class="head">
        <h2 class="title">${this.t(LIST_TITLE_KEYS[kind])}</h2>
        ${kind === 'demand' && this.view === 'list' && this.takes('postDemand')
          ? html`<button type="button" class="button post-demand" @click=${() => this.openDemand()}>${this.t('sl.demand.post')}</button>`
          : nothing}
      </div>
      ${this.view === 'list' ? this.renderList() : this.renderFormPanel()} ${this.liveRegion.render()}
    </div>`;
  }

  private renderFormPanel() {
    const permission = this.permission();
    if (permission !== 'ok') {
      return html`<div class="status warning permission" role="alert" tabindex="-1" part="permission">
        <p class="status-title">${this.t('sl.perm.title')}</p>
        <p class="status-text">${this.t(permission === 'signIn' ? 'sl.perm.signIn' : 'sl.perm.denied')}</p>
        <button type="button" class="button secondary" @click=${this.backToList}>${this.t('sl.form.back')}</button>
      </div>`;
    }
    if (this.view === 'demand') return this.demandForm!.render(this.backToList);
    if (!this.requestItem && this.itemCall.status === 'error') {
      return html`${this.renderError(this.itemCall.error!, () => void this.itemCall.retry())}
        <p><button type="button" class="button secondary" @click=${this.backToList}>${this.t('sl.form.back')}</button></p>`;
    }
    if (!this.requestItem) return this.renderLoading();
    return this.requestForm!.render(this.requestItem, this.backToList);
  }

  private renderFacet() {
    const tree = this.termTree();
    if (this.taxonomy.status === 'error') return this.renderError(this.taxonomy.error!, () => void this.taxonomy.retry());
    if (!tree) return this.renderLoading();
    return renderTaxonomyFacet({
      tree,
      selected: this.termIds,
      open: this.openTerms,
      expandLabel: (name) => this.t('sl.categories.expand', { name }),
      onToggle: (term, checked) => (this.termIds = toggleTerm(this.termIds, term, checked, tree)),
      onExpand: (id) => {
        const open = new Set(this.openTerms);
        if (!open.delete(id)) open.add(id);
        this.openTerms = open;
      },
    });
  }

  private renderList() {
    const areaFixed = !!this.area || !this.filterAreas.available;
    const filters = renderFilters({
      t: (key, params) => this.t(key, params),
      kind: this.listKind,
      text: this.text,
      audience: this.audience,
      areas: areaFixed ? null : this.renderAreaFilter(),
      selectedTerms: this.termIds.length,
      categoriesOpen: this.categoriesOpen,
      facet: this.categoriesOpen ? this.renderFacet() : nothing,
      hasFilters: !!(this.text || this.termIds.length || this.audience || this.districtId),
      onText: this.onText,
      onAudience: (audience) => (this.audience = audience),
      onCategories: () => (this.categoriesOpen = !this.categoriesOpen),
      onClear: this.clearFilters,
    });
    return html`${filters}
      <div class="results" aria-busy=${this.paging.loading ? 'true' : 'false'}>${this.renderResults()}</div>`;
  }

  private renderAreaFilter() {
    const { t } = this.formHost;
    return areaCascadeSelects(t, this.filterAreas, {
      ...areaText(this.formHost, t('sl.area.any')),
      levels: [{ id: 'sl-district', label: t('sl.district') }, { id: 'sl-street', label: t('sl.street') }],
      values: [this.districtId, this.streetId],
      unchosen: 'hidden',
      onChoose: (i, id) => Object.assign(this, levelPatch(['districtId', 'streetId'], i, id)),
    });
  }

  private renderResults() {
    const p = this.paging;
    if (p.loading) return this.renderLoading();
    if (p.error && !p.started) return this.renderError(p.error, () => void p.retry());
    if (!p.started) return nothing;
    if (p.items.length === 0) return this.renderEmpty(this.t('sl.empty'));
    const view = this.viewContext();
    const canRequest = (this.listKind === 'service' || this.listKind === 'resource') && this.takes('request');
    const shown = p.total === null ? this.t('sl.shownNoTotal', { shown: p.items.length }) : this.t('sl.shown', { shown: p.items.length, total: p.total });
    return html`<p class="count">${this.t('sl.results', { count: p.total ?? p.items.length })}</p>
      <ul class="items" part="list" aria-label=${this.t(LIST_TITLE_KEYS[this.listKind])}>
        ${p.items.map(
          (item) => html`<li>
            ${renderItemCard(item, view, {
              expanded: this.expandedId === item.id,
              detail: this.expandedId === item.id ? renderItemDetail(item, view) : nothing,
              onDetails: () => (this.expandedId = this.expandedId === item.id ? null : item.id),
              onRequest: canRequest ? () => void this.openRequest(item) : undefined,
            })}
          </li>`,
        )}
      </ul>
      <div class="more">
        <p class="shown">${shown}</p>
        ${p.error ? this.renderError(p.error, () => void p.retry()) : nothing}
        ${p.loadingMore ? this.renderLoading(this.t('common.loadingMore')) : nothing}
        ${p.hasMore && !p.error
          ? html`<button
              type="button"
              class="button secondary load-more"
              part="load-more"
              aria-disabled=${p.loadingMore ? 'true' : 'false'}
              @click=${() => void this.loadMore()}
            >
              ${this.t('sl.loadMore')}<span class="visually-hidden">, ${shown}</span>
            </button>`
          : nothing}
      </div>`;
  }
}
