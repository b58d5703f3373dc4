import { cityNow } from '../../domain/city-clock.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Adapter } from '../../adapters/contract.js';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { sessionResponses } from '../../adapters/response-schemas/session.js';
import { casesResponses } from '../../adapters/response-schemas/cases.js';
import { allowedActions, isOverdue } from '../../domain/case-machine.js';
import type { CaseAction, CaseActionRequest, CaseState, Department, GridCase } from '../../domain/cases.js';
import type { Session } from '../../domain/session.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { CASE_ACTION_KEYS, CASE_STATE_KEYS } from '../shared/case-label-keys.js';
import { emit } from '../shared/events.js';
import { loadMessages } from '../../i18n/lazy-messages.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { adapterNeeds } from '../shared/widget-host.js';
import type { ActionDialogController, ActionDialogHost } from './action-dialog.js';
import { renderCaseSummary, renderOverdue } from './case-summary.js';
import { LOOKUP_INPUT_ID, renderLookupForm } from './lookup-form.js';
import { trackerMessages, type TrackerMessageKey } from './messages.js';
import { renderProgress } from './progress.js';
import { trackerStyles } from './styles.js';
import { renderTimeline } from './timeline.js';
import { heading, type ViewContext } from './view-context.js';

/** The tracker needs `cases`; with `session` it knows which actions the person may take. */
const NEEDS = adapterNeeds({ cases: casesResponses }, { session: sessionResponses });

/** Detail of `gr-case-loaded`. */
export interface CaseLoadedDetail {
  caseId: string;
  publicNumber: string;
  status: CaseState;
}

/** Detail of `gr-case-action`. */
export interface CaseActionDetail {
  caseId: string;
  action: CaseAction;
  /** The state after the action. */
  status: CaseState;
}

/** Actions that send the case back rather than on: shown as secondary buttons. */
const BACKWARD: ReadonlySet<CaseAction> = new Set<CaseAction>(['return', 'reopen']);

interface Loaded {
  kase: GridCase;
  session: Session | null;
}

/**
 * Follows a case through the closed loop by its public number: progress across the main
 * steps, the case summary, the history of who did what and when, the due date and an overdue
 * mark, and the actions the current session may take (from the domain state machine), each
 * behind a confirm dialog.
 *
 * @tagname grid-case-tracker
 * @summary Follow a case through reported → accepted → dispatched → handled → verified → closed, and act on it.
 *
 * @attr {string} case-number - The case to show: a public number (e.g. `GC-20261127-0042`) or a case id. Unset: the look-up form. A look-up by the user sets it too.
 * @attr {number} heading-level - Level of the case title (2–6, default 2); section titles are one level below.
 * @attr {boolean} no-lookup - Hides the look-up form (a host that chooses the case, like `<grid-case-queue>`, shows it in place).
 * @prop {Date | undefined} now - The clock used for the overdue mark. Unset: the city clock (`cityNow()`) at each render.
 *
 * @fires {CustomEvent<CaseLoadedDetail>} gr-case-loaded - A case was loaded or reloaded. Detail `{ caseId, publicNumber, status }`.
 * @fires {CustomEvent<CaseActionDetail>} gr-case-action - An action succeeded. Detail `{ caseId, action, status }` (status after the action).
 *
 * @csspart lookup - The look-up form.
 * @csspart lookup-button - The look-up submit button.
 * @csspart case - The loaded case.
 * @csspart overdue - The overdue mark.
 * @csspart progress - The step indicator (an ordered list).
 * @csspart summary - The case summary.
 * @csspart photos - A list of photos.
 * @csspart timeline - The history (an ordered list, oldest first).
 * @csspart event - One history entry.
 * @csspart actions - The action buttons, or the read-only line.
 * @csspart action-button - One action button.
 * @csspart read-only - The line that says why no action is offered.
 * @csspart not-found - The "case not found" message.
 * @csspart dialog - The confirm dialog.
 * @csspart dialog-error - An error from the backend inside the dialog.
 * @csspart confirm-button - The dialog's confirm button.
 * @csspart cancel-button - The dialog's cancel button.
 */
export class GridCaseTracker extends GrassrootsElement<TrackerMessageKey, typeof NEEDS> implements ActionDialogHost {
  static override styles = [...GrassrootsElement.styles, ...trackerStyles];
  static override messages = trackerMessages;
  static override adapterNeeds = NEEDS;

  @property({ attribute: 'case-number' }) caseNumber?: string;

  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @property({ attribute: false }) now?: Date;

  @property({ type: Boolean, attribute: 'no-lookup' }) noLookup = false;

  @state() private kase?: GridCase;
  @state() private session: Session | null = null;
  @state() private departments: Department[] = [];
  @state() private lookupValue = '';
  @state() private lookupError?: string;
  /** The dialog's chunk could not be fetched. */
  @state() private dialogLoadError?: AdapterError;

  private readonly loader = new AdapterCallController<Loaded>(this, {
    onComplete: (v) => this.loaded(v),
    // A failed look-up speaks through its alert box; do not announce a later reload instead.
    onError: () => (this.announceNext = false),
  });
  /** The confirm dialog and its forms: a chunk fetched on the first action (most visitors only look). */
  private dialog?: ActionDialogController;
  /** What the shown data was loaded for: adapter, number and locale; a change reloads. */
  private loadedFor?: { adapter?: Adapter; number: string; locale: string };
  private announceNext = false;

  /** Loads the case (and the session's rights) again, e.g. after the session changed. */
  refresh(): void {
    this.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const number = this.caseNumber?.trim() ?? '';
    const want = { adapter: this.effectiveAdapter, number, locale: this.effectiveLocale };
    const had = this.loadedFor;
    if (!had || had.adapter !== want.adapter || had.number !== want.number || had.locale !== want.locale) this.load();
  }

  private load(): void {
    const number = this.caseNumber?.trim() ?? '';
    const adapter = this.effectiveAdapter;
    const locale = this.effectiveLocale;
    if (this.loadedFor?.number !== number) this.kase = undefined;
    if (this.loadedFor?.adapter !== adapter || this.loadedFor?.locale !== locale) this.departments = [];
    this.loadedFor = { adapter, number, locale };
    this.dialog?.reset();
    const api = this.validatedAdapter(adapter);
    if (!number || !api) {
      this.loader.abort();
      return;
    }
    void this.loader.run(async (signal) => {
      const [kase, session] = await Promise.all([
        api.cases.get(number, { signal, locale }),
        api.session ? api.session.current({ signal, locale }) : Promise.resolve(null),
      ]);
      return { kase, session };
    });
  }

  private loaded({ kase, session }: Loaded): void {
    this.kase = kase;
    this.session = session;
    if (this.announceNext) {
      this.announceNext = false;
      this.announce(this.t('announce.found', { number: kase.publicNumber, state: this.t(CASE_STATE_KEYS[kase.status]) }));
    }
    emit<CaseLoadedDetail>(this, 'gr-case-loaded', { caseId: kase.id, publicNumber: kase.publicNumber, status: kase.status });
  }

  private lookUp(value: string): void {
    if (!value) {
      this.lookupError = this.t('lookup.required');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${LOOKUP_INPUT_ID}`)?.focus());
      return;
    }
    this.lookupError = undefined;
    this.announceNext = true;
    if (value === this.caseNumber?.trim()) this.load();
    else this.caseNumber = value;
  }

  private async openDialog(action: CaseAction, kase: GridCase, trigger: HTMLElement) {
    try {
      // The dialog's forms and their field-error words come with the first action; the words again after a
      // locale change (which closes the dialog). Both resolve at once when already here.
      const { ActionDialogController, dialogWords } = await import('./action-dialog.js');
      await loadMessages(this.effectiveLocale, dialogWords);
      this.dialog ??= new ActionDialogController(this);
    } catch (e) {
      // Offline: the chunk did not come; say so where loading errors show.
      this.dialogLoadError = toAdapterError(e);
      return;
    }
    this.dialogLoadError = undefined;
    await this.dialog.open(action, kase, trigger);
  }

  // ActionDialogHost: used by the action dialog, not part of the public API. -----------------

  /** @internal */
  sendAction(request: CaseActionRequest): Promise<GridCase> {
    return this.adapterApi.cases.act(this.kase!.id, request, { locale: this.effectiveLocale });
  }

  /** @internal */
  async actionDone(kase: GridCase, action: CaseAction): Promise<void> {
    this.kase = kase;
    await this.updateComplete;
    const t = this.t.bind(this);
    this.announce(
      t('announce.done', { action: t(CASE_ACTION_KEYS[action]), number: kase.publicNumber, state: t(CASE_STATE_KEYS[kase.status]) }),
    );
    emit<CaseActionDetail>(this, 'gr-case-action', { caseId: kase.id, action, status: kase.status });
  }

  /** @internal */
  async loadDepartments(): Promise<void> {
    // Only someone who may dispatch needs the list; fetched once per adapter and locale.
    if (this.departments.length) return;
    this.departments = await this.adapterApi.cases.departments({ locale: this.effectiveLocale });
  }

  /** @internal */
  focusFallback(): void {
    this.renderRoot.querySelector<HTMLElement>('#case-title')?.focus();
  }

  // Rendering ---------------------------------------------------------------------------------

  private get view(): ViewContext {
    return this.widgetHost({ headingLevel: Math.min(6, Math.max(1, this.headingLevel || 2)) });
  }

  protected override renderContent() {
    const ctx = this.view;
    return html`${this.liveRegion.render()}
      ${this.noLookup ? nothing : renderLookupForm(ctx, {
        value: this.lookupValue,
        error: this.lookupError,
        onInput: (v) => (this.lookupValue = v),
        onSubmit: (v) => this.lookUp(v),
      })}
      ${this.renderBody(ctx)}`;
  }

  private renderBody(ctx: ViewContext) {
    if (!this.loadedFor?.number) return this.renderEmpty(this.t('lookup.empty'));
    const { status, error } = this.loader;
    if (status === 'error' && error?.code === 'not_found') {
      return html`<div class="status error" role="alert" part="not-found">
        <p class="status-title">${this.t('notFound.title')}</p>
        <p class="status-text long-text">${this.t('notFound.text', { number: this.loadedFor.number })}</p>
      </div>`;
    }
    if (status === 'error' && error) return this.renderError(error, () => void this.loader.retry());
    if (!this.kase) return this.renderLoading(this.t('tracker.loading'));
    return this.renderCase(ctx, this.kase, status === 'pending');
  }

  private renderCase(ctx: ViewContext, kase: GridCase, updating: boolean) {
    const { t } = ctx;
    const overdue = isOverdue(kase, this.now ?? cityNow());
    return html`<article class="case" part="case" aria-labelledby="case-title" aria-busy=${updating ? 'true' : 'false'}>
      <header class="case-header">
        ${heading(ctx, 0, t('case.title', { category: kase.categoryName, number: kase.publicNumber }), { id: 'case-title', focusable: true })}
        <p class="case-status">
          <span class="badge state">${t(CASE_STATE_KEYS[kase.status])}</span>
          ${overdue ? renderOverdue(ctx) : nothing}
        </p>
        ${updating ? this.renderLoading(t('tracker.updating')) : nothing}
      </header>
      ${renderProgress(ctx, kase.status)} ${this.renderActions(ctx, kase)} ${renderCaseSummary(ctx, kase, overdue)}
      ${renderTimeline(ctx, kase.timeline, kase.categoryName)}
      ${this.dialogLoadError
        ? html`<div class="status error" role="alert"><p class="status-text">${this.errorText(this.dialogLoadError)}</p></div>`
        : nothing}
      ${this.dialog?.render(ctx, kase, this.departments) ?? nothing}
    </article>`;
  }

  private renderActions(ctx: ViewContext, kase: GridCase) {
    const { t } = ctx;
    // A backend that holds cases elsewhere (Open311) lists what it can do; offer nothing else.
    const capabilities = this.adapterApi.cases.capabilities;
    const actions = allowedActions(this.session, kase).filter((a) => !capabilities?.actions || capabilities.actions.includes(a));
    const elsewhere = capabilities?.actions?.length === 0;
    return html`<section class="actions-section" part="actions" aria-labelledby="actions-title">
      ${heading(ctx, 1, t('actions.title'), { id: 'actions-title' })}
      ${actions.length
        ? html`<div class="actions">
            ${repeat(
              actions,
              (action) => action,
              (action) => html`<button
                type="button"
                class=${BACKWARD.has(action) ? 'button secondary' : 'button'}
                part="action-button"
                data-action=${action}
                aria-haspopup="dialog"
                @click=${(e: Event) => void this.openDialog(action, kase, e.currentTarget as HTMLElement)}
              >
                ${t(CASE_ACTION_KEYS[action])}
              </button>`,
            )}
          </div>`
        : html`<p class="read-only" part="read-only">
            ${elsewhere ? t('case.handledElsewhere', { system: capabilities?.system ?? '' }) : t(this.readOnlyReason(kase))}
          </p>`}
    </section>`;
  }

  /** Why nothing is offered, in words the person can act on. */
  private readOnlyReason(kase: GridCase): TrackerMessageKey {
    if (!this.session || this.session.userId === null) return 'readOnly.signIn';
    if (kase.status === 'closed') return kase.rating != null ? 'readOnly.closedRated' : 'readOnly.closed';
    if (kase.mine) return 'readOnly.waiting';
    return 'readOnly.noPermission';
  }
}
