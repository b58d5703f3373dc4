import { html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Adapter } from '../../adapters/contract.js';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { sessionResponses } from '../../adapters/response-schemas/session.js';
import { areasResponses } from '../../adapters/response-schemas/areas.js';
import { volunteersResponses } from '../../adapters/response-schemas/volunteers.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { CursorPagingController } from '../../controllers/cursor-paging-controller.js';
import { hasPermission, type Session } from '../../domain/session.js';
import type { RevealField, Team, Volunteer } from '../../domain/volunteers.js';
import { emit } from '../shared/events.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { adapterNeeds, type ValidatedAdapter } from '../shared/widget-host.js';
import { CsvExport } from './csv-export.js';
import { HoursForm } from './hours-form.js';
import { JoinForm } from './join-form.js';
import { rosterMessages, type RosterMessageKey } from './messages.js';
import { volunteerText, type RosterContext } from './roster-context.js';
import { RosterFilters, toQuery } from './roster-filters.js';
import { RosterGrid } from './roster-grid.js';
import { rosterStyles } from './styles.js';
import { renderTeamList } from './team-list.js';

/** The roster needs `volunteers`; `session` says what may be seen, `areas` gives the area filter and the join form. */
const NEEDS = adapterNeeds({ volunteers: volunteersResponses }, { session: sessionResponses, areas: areasResponses });

/** The schema-checked adapter of `<volunteer-roster>`. */
export type RosterApi = ValidatedAdapter<typeof NEEDS>;

export type { VolunteerJoinedDetail } from './join-form.js';
export type { HoursLoggedDetail } from './hours-form.js';

/** `detail` of `gr-volunteer-reveal`: a clear phone or ID number was shown (for the portal's audit log). */
export interface VolunteerRevealDetail {
  volunteerId: string;
  field: RevealField;
}

interface Basics {
  session: Session | null;
  teams: Team[];
}

/**
 * Volunteer service teams and their members: tens of thousands of rows, filtered, sorted and
 * paged by the backend, shown in a virtualised ARIA grid. Members report in or join a team,
 * staff log service hours, reveal masked contact details (audited) and export the list to CSV.
 *
 * @tagname volunteer-roster
 * @summary Volunteer teams and a virtualised, filterable roster with report-in, hours and CSV export.
 *
 * @attr {string} team - Team id to preselect (filters the members; the user can clear it).
 * @attr {string} area - Area id (district, street or community) the roster starts filtered to.
 * @attr {number} page-size - Rows per backend page (default 50; backends cap it, the memory adapter at 200).
 *
 * @prop {Adapter | undefined} adapter - The data source (else the provider's). Needs the `volunteers` group; uses `session` and `areas` when present.
 *
 * @fires {CustomEvent<VolunteerRevealDetail>} gr-volunteer-reveal - A masked phone or ID number was revealed (after the backend allowed and logged it).
 * @fires {CustomEvent<VolunteerJoinedDetail>} gr-volunteer-joined - A join / report-in was accepted; carries the reference number.
 * @fires {CustomEvent<HoursLoggedDetail>} gr-hours-logged - Service hours were logged for a volunteer.
 *
 * @csspart teams - The team list section.
 * @csspart team - One team button.
 * @csspart filters - The filter bar.
 * @csspart skills - The skills disclosure.
 * @csspart grid - The scrolling roster grid.
 * @csspart export - The export area; `export-button` is its button.
 * @csspart export-button - The "Export CSV" button.
 * @csspart details - The volunteer details view.
 * @csspart join-form - The join / report-in form; `join-confirmation` its confirmation.
 * @csspart join-confirmation - The confirmation with the reference number.
 * @csspart hours-form - The log-hours form; `hours-done` its success message.
 * @csspart hours-done - The success message after logging hours.
 * @csspart error-summary - The GOV.UK error summary of a form.
 *
 * @cssprop --volunteer-roster-grid-height - Height of the scrolling roster (default `28rem`).
 */
export class VolunteerRoster extends GrassrootsElement<RosterMessageKey, typeof NEEDS> {
  static override styles = [...GrassrootsElement.styles, ...rosterStyles];
  /** Its own words and the field-error words of its forms. */
  static override messages = [rosterMessages, validationMessages];
  static override adapterNeeds = NEEDS;

  /** Team id to preselect. */
  @property() team = '';
  /** Area id to start filtered to. */
  @property() area = '';
  /** Rows per backend page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private view: 'list' | 'join' | 'details' = 'list';
  @state() private selected?: Volunteer;
  @state() private revealError?: AdapterError;
  private revealed = new Map<string, string>();

  private readonly ctx: RosterContext = this.widgetHost({ teams: () => this.basics.value?.teams ?? [] });

  private readonly basics = new AdapterCallController<Basics>(this);
  private readonly paging = new CursorPagingController<Volunteer>(this, undefined, {
    onPage: (page, { first }) => {
      if (first) this.announce(this.t('vr.total', { count: page.total ?? page.items.length }));
    },
  });
  private readonly filters = new RosterFilters(this.ctx, () => this.reload());
  private readonly grid = new RosterGrid(this.ctx, {
    paging: this.paging,
    sort: () => this.filters.value.sort,
    phone: (v) => this.revealed.get(`${v.id}:phone`) ?? v.phone,
    open: (v) => void this.openDetails(v),
    firstFrame: () => !this.settled,
  });
  private readonly exporter = new CsvExport(this.ctx);
  // The forms (drafts, area cascade) are set up when first opened, not with the roster's first view.
  private joinFormPart?: JoinForm;
  private hoursFormPart?: HoursForm;
  private get joinForm(): JoinForm {
    return (this.joinFormPart ??= new JoinForm(this.ctx));
  }
  private get hoursForm(): HoursForm {
    return (this.hoursFormPart ??= new HoursForm(this.ctx));
  }
  private started = false;
  /** `start()` ran in this update (the attributes it read need no second reload). */
  private startedNow = false;
  /**
   * False until the frame after the list's first one. That first frame renders what it shows and no more: the
   * teams in the team list's box get their words (`teamsWorded`; the others stay empty buttons of the same size,
   * out of the box and skipped by content-visibility either way), the rows in the grid's box (no overscan: nothing
   * is scrolled yet), no grid hint (it is for screen readers) and no skills checkboxes (their disclosure is closed;
   * opening it brings them at once). The rest comes in the next frame.
   */
  @state() private settled = false;
  private settling = false;
  private teamsWorded = 0;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderTeams();
    this.filters.renderSkills(this.renderRoot, this.settled);
    if (!this.settled && !this.settling && this.basics.value && this.view === 'list') this.settleAfterFirstFrame();
  }

  /**
   * The team list, rendered into its section after every update and, on its own, when the first frame's teams
   * get their words (so that needs no update of the whole roster in the frame).
   */
  private renderTeams(): void {
    const section = this.shadowRoot?.querySelector<HTMLElement>('section.teams');
    if (!section) return;
    const teams = this.ctx.teams();
    const worded = this.settled ? teams.length : this.teamsWorded;
    render(renderTeamList(this.ctx, teams, this.filters.value.teamId, (teamId) => this.filters.set({ teamId }), worded), section, { host: this });
  }

  private settleAfterFirstFrame(): void {
    this.settling = true;
    const settle = () => {
      if (this.settled) return;
      clearTimeout(fallback);
      this.settled = true;
    };
    // A page that draws no frames (hidden) gets everything anyway.
    const fallback = setTimeout(settle, 200);
    requestAnimationFrame(() => {
      // Before this frame's style and layout (reading the layout it is about to make anyway): the teams in the
      // list's box, at the size they are skipped at, get their words, so the frame paints them.
      this.wordTeamsInView();
      this.grid.fitFirstFrame();
      // Teams are shorter with their words than skipped: after this frame's layout, with the real sizes, the
      // teams that came into the box get theirs too, before the paint (once: the observer stops at once).
      const list = this.shadowRoot?.querySelector('.team-list');
      if (list) {
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          this.wordTeamsInView();
        });
        observer.observe(list);
      }
      requestAnimationFrame(settle);
    });
  }

  /** Gives its words to every team, from the first, up to the last one reaching into the team list's box. */
  private wordTeamsInView(): void {
    const list = this.shadowRoot?.querySelector<HTMLElement>('.team-list');
    if (!list || this.settled) return;
    const box = list.getBoundingClientRect();
    if (!box.height) return;
    // The list is never scrolled before this, and is laid out row by row: the teams in it come first.
    let count = 0;
    for (const team of list.querySelectorAll<HTMLElement>('.team')) {
      if (team.getBoundingClientRect().top >= box.bottom) break;
      count++;
    }
    if (count <= this.teamsWorded) return;
    this.teamsWorded = count;
    this.renderTeams();
  }

  protected override adapterChanged(adapter: Adapter | undefined): void {
    this.started = false;
    this.revealed.clear();
    const api = this.validatedAdapter(adapter);
    if (!api) return;
    void this.basics.run(async (signal) => {
      const [session, teams] = await Promise.all([api.session?.current({ signal }) ?? null, api.volunteers.teams({ signal })]);
      return { session, teams };
    });
    // The district list and the first page are asked for with the session and teams, not after them.
    this.filters.preload();
    this.start();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.startedNow = false;
    super.willUpdate(changed);
    if (this.started && !this.startedNow && (changed.has('team') || changed.has('area') || changed.has('pageSize'))) {
      this.filters.set({ teamId: this.team, area: this.area, district: '', street: '' });
    }
  }

  /** First load, for a new adapter (beside the session and teams). */
  private start(): void {
    this.started = true;
    this.startedNow = true;
    this.filters.value = { ...this.filters.value, teamId: this.team, area: this.area };
    void this.filters.presetArea(this.area);
    this.reload();
  }

  private reload(): void {
    if (!this.started) return;
    const query = toQuery(this.filters.value);
    const limit = this.pageSize > 0 ? this.pageSize : 50;
    this.grid.reset();
    void this.paging.reset((cursor, signal) => this.ctx.api().volunteers.query(query, { cursor, limit, signal }));
  }

  private get session(): Session | null {
    return this.basics.value?.session ?? null;
  }

  private async openDetails(v: Volunteer) {
    this.grid.saveScroll();
    this.selected = v;
    this.revealError = undefined;
    this.hoursForm.reset();
    this.view = 'details';
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#details-heading')?.focus();
  }

  private async openJoin() {
    this.grid.saveScroll();
    void this.joinForm; // set up before the render that shows it (its area cascade joins the host's controllers)
    this.view = 'join';
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#join-heading, #join-done')?.focus();
  }

  private async backToList(focus: 'row' | 'join') {
    this.view = 'list';
    await this.updateComplete;
    if (focus === 'row') await this.grid.restore();
    else this.shadowRoot?.querySelector<HTMLElement>('#join-button')?.focus();
  }

  private async reveal(v: Volunteer, field: RevealField) {
    this.revealError = undefined;
    try {
      const { value } = await this.ctx.api().volunteers.reveal(v.id, field);
      this.revealed.set(`${v.id}:${field}`, value);
      emit<VolunteerRevealDetail>(this, 'gr-volunteer-reveal', { volunteerId: v.id, field });
      this.announce(this.t('vr.revealed', { field: this.t(field === 'phone' ? 'vr.col.phone' : 'vr.col.idNumber') }));
    } catch (e) {
      this.revealError = toAdapterError(e);
    }
    this.requestUpdate();
  }

  protected override renderContent() {
    return html`${this.liveRegion.render()}
    ${this.basics.render({
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error, () => void this.basics.retry()),
      complete: () => this.renderMain(),
    })}`;
  }

  private renderMain() {
    const canJoin = !!this.ctx.api().areas;
    return html`<div class="header">
        <h2 class="title">${this.t('vr.title')}</h2>
        ${this.view === 'list' && canJoin
          ? html`<button type="button" id="join-button" class="button" @click=${() => void this.openJoin()}>${this.t('vr.join')}</button>`
          : nothing}
      </div>
      <div ?hidden=${this.view !== 'list'}>${this.renderList()}</div>
      ${this.view === 'join' ? this.joinForm.render(() => void this.backToList('join')) : nothing}
      ${this.view === 'details' && this.selected ? this.renderDetails(this.selected) : nothing}`;
  }

  private renderList() {
    const p = this.paging;
    const canReveal = hasPermission(this.session, 'volunteer:contact');
    let body: unknown;
    if (p.loading || !p.started) body = p.error ? this.renderError(p.error, () => void p.retry()) : this.renderLoading();
    else if (p.items.length === 0) body = this.renderEmpty(this.t('vr.empty'));
    else body = this.grid.render();
    // The team list is rendered into this section by renderTeams().
    return html`<section class="teams" part="teams" aria-labelledby="teams-heading"></section>
      ${this.filters.render()}
      ${canReveal ? nothing : html`<p class="note" part="read-only">${this.t('vr.readOnly')}</p>`}
      <div class="summary">
        <p class="total" id="grid-label">${p.started ? this.t('vr.total', { count: p.total ?? p.items.length }) : this.t('vr.gridLabel')}</p>
        ${p.started && p.items.length ? this.exporter.render(() => void this.exporter.start(toQuery(this.filters.value))) : nothing}
      </div>
      ${body}`;
  }

  private renderDetails(v: Volunteer) {
    const text = volunteerText(this.ctx, v);
    const canReveal = hasPermission(this.session, 'volunteer:contact');
    const canLog = hasPermission(this.session, 'volunteer:log-hours');
    const contact = (field: RevealField) => {
      const clear = this.revealed.get(`${v.id}:${field}`);
      const label = this.t(field === 'phone' ? 'vr.col.phone' : 'vr.col.idNumber');
      return html`<div class="dl-row">
        <dt>${label}</dt>
        <dd>
          <span class="mono" id=${`value-${field}`}>${clear ?? text[field]}</span>
          ${clear ? nothing : html`<span class="visually-hidden">${this.t('vr.masked')}</span>`}
          ${canReveal && !clear
            ? html`<button type="button" class="button link" @click=${() => void this.reveal(v, field)}>${this.t('vr.reveal', { field: label })}</button>`
            : nothing}
        </dd>
      </div>`;
    };
    const row = (key: RosterMessageKey, value: string) => html`<div class="dl-row"><dt>${this.t(key)}</dt><dd>${value}</dd></div>`;
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      <button type="button" class="button link back" @click=${() => void this.backToList('row')}>${this.t('vr.backToList')}</button>
      <h3 id="details-heading" tabindex="-1">${v.name}</h3>
      ${this.revealError ? html`<div class="status error" role="alert"><p class="status-text">${this.errorText(this.revealError)}</p></div>` : nothing}
      <dl>
        ${row('vr.col.teams', text.teams)} ${row('vr.col.skills', text.skills)} ${row('vr.col.availability', text.availability)}
        ${row('vr.col.area', text.area)} ${row('vr.col.hours', this.t('vr.hours', { count: v.hoursThisYear }))}
        ${row('vr.col.hoursTotal', this.t('vr.hours', { count: v.hoursTotal }))} ${row('vr.col.party', text.party)}
        ${row('vr.col.joined', text.joined)} ${contact('phone')} ${contact('idNumber')}
      </dl>
      ${canLog ? this.hoursForm.render(v) : nothing}
    </section>`;
  }
}
