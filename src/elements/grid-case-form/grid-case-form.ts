import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Adapter } from '../../adapters/contract.js';
import { toAdapterError } from '../../adapters/errors.js';
import { sessionResponses } from '../../adapters/response-schemas/session.js';
import { areasResponses } from '../../adapters/response-schemas/areas.js';
import { casesResponses } from '../../adapters/response-schemas/cases.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { validateCaseSubmission } from '../../domain/case-validation.js';
import type { CaseCategory, CaseSummary, GridCase } from '../../domain/cases.js';
import type { FieldErrors } from '../../domain/field-errors.js';
import { hasPermission, type Session } from '../../domain/session.js';
import { LIMITS, PHOTO_TYPES } from '../../domain/common.js';
import { failureBox, fieldShell, fileField, focusField, FormController, submitButton } from '../../forms/index.js';
import type { Locale } from '../../i18n/locales.js';
import { formStyles } from '../../styles/forms.js';
import { maskPhone } from '../../domain/masking.js';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.js';
import { CASE_STATE_KEYS, URGENCY_KEYS } from '../shared/case-label-keys.js';
import { emit } from '../shared/events.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { adapterNeeds, type ValidatedAdapter } from '../shared/widget-host.js';
import { toChosen } from './area-picker.js';
import { caseField, caseFields } from './case-fields.js';
import { chosenArea, fieldId, initialDraft, toSubmission, type CaseDraft } from './draft-shape.js';
import type { FormContext } from './form-context.js';
import { chunks, LazyPart } from './lazy-part.js';
import type { AlreadyReceived, LaterKit } from './later-parts.js';
import { caseFormMessages, type CaseFormKey, type CaseFormMessageKey } from './messages.js';
import { PhotoList } from './photo-picker.js';
import { clearPhotos, loadPhotos, savePhotos } from './photo-store.js';
import {
  afterSimilarSearch,
  backFrom,
  changeTo,
  continueFrom,
  errorsOff,
  errorsOn,
  progress,
  summaryLinkTo,
  type Step,
  type StepFacts,
  type StepState,
} from './step-model.js';
import { categoryStep } from './steps/category-step.js';
import { detailsStep } from './steps/details-step.js';
import { locationStep, type GeoStatus } from './steps/location-step.js';
import { questionsStep } from './steps/questions-step.js';
import { caseFormStyles } from './styles.js';

/** The later parts' chunk (later-parts.ts). */
type LaterParts = Awaited<ReturnType<typeof chunks.later>>;

/** The form needs all three: who reports (`session`), where (`areas`), and the categories and cases (`cases`). */
const NEEDS = adapterNeeds({ session: sessionResponses, areas: areasResponses, cases: casesResponses });

/** The schema-checked adapter of `<grid-case-form>`. */
export type CaseFormApi = ValidatedAdapter<typeof NEEDS>;

/** Detail of `gr-case-submitted`: the case that was created, or the existing one the person now follows. */
export interface CaseSubmittedDetail {
  caseId: string;
  publicNumber: string;
  /** True when the person followed a similar open case instead of reporting a new one. */
  followed: boolean;
}

interface Loaded {
  session: Session;
  categories: CaseCategory[];
}

/** Personal data: kept for the browser session only unless the portal sets `remember-contact`. */
const CONTACT_FIELDS = ['name', 'phone'] as const satisfies ReadonlyArray<keyof CaseDraft>;

const DEFAULT_DRAFT_MAX_AGE_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * A guided report of a problem in one's grid: category and its questions, the place (a
 * keyboard-usable area picker down to the building), a description with photos, urgency and
 * contact, then check answers and send. Similar open cases nearby are offered first
 * ("this is my problem too"). What is typed is kept as a draft across reloads and failed
 * sends; a retried send never creates a second case (one idempotency key per draft). When a send was
 * received but its answer lost, and the person then changed the report, the backend's `conflict` names the
 * case already created: the form shows its number and offers to keep it or send the changes as a new report.
 *
 * Draft photos are kept in IndexedDB under the draft key; where that is not possible, the
 * form says how many photos must be added again.
 *
 * On shared computers (community service centres): the name and phone are kept for the browser
 * session only (`sessionStorage`) unless the portal sets `remember-contact`; a draft not saved for
 * `draft-max-age-days` (7 by default, by the city clock) is deleted, photos included; "Discard this
 * draft" deletes it after a confirmation; and a sent report leaves nothing in localStorage,
 * sessionStorage or IndexedDB.
 *
 * @tagname grid-case-form
 * @summary Report a problem in a grid, step by step, with check answers and a durable draft.
 *
 * @attr {string} category - Preselects a category code (e.g. `streetlight`) on a new draft.
 * @attr {string} area - Preselects an area id (e.g. `d01-s01-c01-g1`) on a new draft.
 * @attr {string} draft-key - Namespaces the saved draft, so two forms on one page do not share it. Default `default`.
 * @attr {string} tracker-href - Link to follow the case after sending; `{number}` becomes the public case number (e.g. `#track?case={number}`).
 * @attr {number} draft-max-age-days - A saved draft not changed for this many days is deleted (photos and contact too) instead of restored. Default `7`; a value that is not a positive number means 7.
 * @attr {boolean} remember-contact - Keep the reporter's name and phone with the draft on the device. By default they are kept for the browser session only, for shared computers.
 *
 * @prop {string | undefined} category - See the `category` attribute.
 * @prop {string | undefined} area - See the `area` attribute.
 * @prop {string} draftKey - See the `draft-key` attribute.
 * @prop {string | undefined} trackerHref - See the `tracker-href` attribute.
 * @prop {number} draftMaxAgeDays - See the `draft-max-age-days` attribute.
 * @prop {boolean} rememberContact - See the `remember-contact` attribute.
 *
 * @fires {CustomEvent<CaseSubmittedDetail>} gr-case-submitted - A case was created (`followed: false`) or an existing one followed (`followed: true`); detail `{ caseId, publicNumber, followed }`. Bubbles and is composed.
 *
 * @csspart form - The form of the current step.
 * @csspart step-heading - The heading of the current step.
 * @csspart error-summary - The GOV.UK error summary box.
 * @csspart submit-button - The "Send report" button.
 * @csspart submit-error - The box shown when sending failed, with its retry button.
 * @csspart already-received - The box shown when an earlier send of this draft was received (its answer lost) and
 *   the report changed since: the case number, a tracker link (with `tracker-href`), "keep it" and "send my changes as a new report".
 * @csspart success - The confirmation panel with the case number.
 * @csspart tracker-link - The link to follow the case (with `tracker-href`).
 * @csspart discard-button - The "Discard this draft" button.
 * @csspart discard-confirm - The confirmation shown before a draft is discarded.
 * @csspart no-permission - The box shown when the session may not report.
 */
export class GridCaseForm extends GrassrootsElement<CaseFormMessageKey, typeof NEEDS> {
  static override styles = [...GrassrootsElement.styles, formStyles, caseFormStyles];
  /** Its own words and the field-error words of its forms. */
  static override messages = [caseFormMessages, validationMessages];
  static override adapterNeeds = NEEDS;

  @property() category?: string;
  @property() area?: string;
  @property({ attribute: 'draft-key' }) draftKey = 'default';
  @property({ attribute: 'tracker-href' }) trackerHref?: string;
  @property({ attribute: 'draft-max-age-days', type: Number }) draftMaxAgeDays = DEFAULT_DRAFT_MAX_AGE_DAYS;
  @property({ attribute: 'remember-contact', type: Boolean }) rememberContact = false;

  @state() private categoryQuery = '';
  @state() private result: CaseSubmittedDetail | null = null;
  @state() private similar: CaseSummary[] = [];
  @state() private checkingSimilar = false;
  @state() private following: string | null = null;
  @state() private followError: string | null = null;
  @state() private geo: GeoStatus = 'idle';
  @state() private lostPhotos = 0;
  @state() private confirmingDiscard = false;

  /**
   * The report: its draft (one per `draft-key`, with its idempotency key), errors of every step, sending and
   * the last failure. The first send's key is kept through edits, so a send whose answer was lost, then edited,
   * is answered `conflict`: the form says which case exists instead of creating a second one.
   */
  private readonly form = new FormController<CaseDraft, GridCase>(this, {
    initial: initialDraft,
    fields: () => caseFields(this.t.bind(this), this.currentCategory),
    locale: () => this.effectiveLocale,
    fallback: (path) => caseField(this.t.bind(this), this.currentCategory, path),
    validate: () => this.validateAll(),
    focus: { failure: (e) => (e.code === 'conflict' ? '#already-received' : '#submit-error') },
  });
  private draftStorageKey = '';
  private readonly photos = new PhotoList();
  private readonly load = new AdapterCallController<Loaded>(this, { onComplete: (v) => this.loaded(v) });
  /** The later parts (later-parts.ts): a chunk of their own, fetched with their words when a person first nears one. */
  private readonly later = new LazyPart(this, () => chunks.later());
  private laterKit?: LaterKit;
  private readonly areas = new AreaCascadeController(this, {
    areas: () => this.validatedAdapter()?.areas,
    locale: () => this.effectiveLocale,
  });
  /** What to focus after the next render: an element id, or `heading`. */
  private focusTarget: string | null = null;
  private loadedLocale?: Locale;
  private preselected = false;

  private get value(): CaseDraft {
    return this.form.values;
  }

  private get currentCategory(): CaseCategory | null {
    return this.load.value?.categories.find((c) => c.code === this.value.categoryCode) ?? null;
  }

  /** The draft's key already created a case, and the report changed since (a lost answer, then an edit). */
  private get alreadyReceived(): AlreadyReceived | null {
    const failure = this.form.failure;
    if (failure?.code !== 'conflict') return null;
    const { id, publicNumber } = failure.existing ?? {};
    return {
      ...(typeof id === 'string' && id ? { caseId: id } : {}),
      ...(typeof publicNumber === 'string' && publicNumber ? { publicNumber } : {}),
    };
  }

  override connectedCallback(): void {
    this.ensureDraft();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.photos.release();
  }

  /** One draft per `draft-key`; a changed key saves the old draft and opens the other. */
  private ensureDraft(): void {
    const key = `grid-case-form:${this.draftKey || 'default'}`;
    if (this.form.draft && key === this.draftStorageKey) return;
    this.draftStorageKey = key;
    this.form.useDraft({ key, sessionKeys: this.contactStorage(), maxAgeMs: this.draftMaxAgeMs(), controller: DraftController });
    const draft = this.form.draft!;
    // Photos of an expired, sent or lost draft must not stay on the device.
    if (!draft.restored) void clearPhotos(key);
    this.confirmingDiscard = false;
    this.photos.clear();
    this.lostPhotos = 0;
    this.preselected = false;
    const expected = draft.value.photoCount;
    if (expected > 0) {
      void loadPhotos(key).then((files) => {
        if (key !== this.draftStorageKey || !this.form.draft?.restored) return;
        this.photos.set(files);
        this.lostPhotos = Math.max(0, expected - this.photos.files.length);
        this.patch({ photoCount: this.photos.files.length });
      });
    }
  }

  private draftMaxAgeMs(): number {
    const days = Number(this.draftMaxAgeDays);
    return (Number.isFinite(days) && days > 0 ? days : DEFAULT_DRAFT_MAX_AGE_DAYS) * DAY_MS;
  }

  private contactStorage(): ReadonlyArray<keyof CaseDraft> {
    return this.rememberContact ? [] : CONTACT_FIELDS;
  }

  /** The restored draft turned out too old: what the form held of it goes too (photos in IndexedDB included). */
  private draftExpired(): void {
    this.photos.clear();
    this.lostPhotos = 0;
    this.form.setErrors({});
    this.similar = [];
    this.confirmingDiscard = false;
    void clearPhotos(this.draftStorageKey);
    this.preselected = false;
    const categories = this.load.value?.categories;
    if (categories) {
      this.preselected = true;
      void this.preselect(categories);
    }
  }

  private patch(patch: Partial<CaseDraft>, save = true): void {
    this.form.update(patch, { save });
  }

  protected override adapterChanged(adapter: Adapter | undefined): void {
    this.similar = [];
    if (adapter && this.isConfigured) this.startLoad();
  }

  private startLoad(): void {
    const locale = this.effectiveLocale;
    this.loadedLocale = locale;
    void this.load.run(async (signal) => {
      const [session, categories] = await Promise.all([
        this.adapterApi.session.current({ signal }),
        this.adapterApi.cases.categories({ signal, locale }),
      ]);
      return { session, categories };
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('draftKey') && this.form.draft) this.ensureDraft();
    if (changed.has('rememberContact')) this.form.draft?.setSessionKeys(this.contactStorage());
    // A limit set after the form was created still applies to the draft it restored.
    if (changed.has('draftMaxAgeDays') && this.form.draft?.setMaxAge(this.draftMaxAgeMs())) this.draftExpired();
    super.willUpdate(changed);
    // Category names and questions come localised from the backend.
    if (this.isConfigured && this.loadedLocale !== undefined && this.loadedLocale !== this.effectiveLocale) this.startLoad();
  }

  private loaded({ categories }: Loaded): void {
    const draft = this.value;
    if (draft.categoryCode && !categories.some((c) => c.code === draft.categoryCode)) this.patch({ categoryCode: '' });
    if (!this.preselected) {
      this.preselected = true;
      if (!this.form.draft?.restored) void this.preselect(categories);
    }
    // A draft restored on the similar step asks again: the list may have changed since.
    if (draft.step === 'similar' && this.similar.length === 0) void this.afterLocation();
  }

  private async preselect(categories: readonly CaseCategory[]): Promise<void> {
    // Preselections are the page's, not the person's: saved only with what they then enter.
    if (this.category && categories.some((c) => c.code === this.category)) this.patch({ categoryCode: this.category }, false);
    if (!this.area) return;
    try {
      const path = await this.adapterApi.areas.path(this.area);
      // The picker starts below the root (the city).
      this.patch({ areaPath: path.slice(1).map(toChosen) }, false);
    } catch {
      // An unknown area id is the page's mistake: the person simply picks the place.
      console.warn(`[grassroots-gov-widgets] <grid-case-form> area="${this.area}" is not a known area; ignoring it.`);
    }
  }

  // ---- steps (the moves are the pure step model's) --------------------------------------------

  private get stepState(): StepState {
    return { step: this.value.step, returnToCheck: this.value.returnToCheck };
  }

  private get stepFacts(): StepFacts {
    return { questions: this.currentCategory?.questions.length ?? null, similarFound: this.similar.length > 0 };
  }

  private goTo(to: StepState, focus = 'heading'): void {
    // The later parts (the photo field, "use my location", …) are fetched once a person is past the first steps,
    // so they are usually here before one shows.
    if (to.step !== 'category' && to.step !== 'questions') void this.later.load(this.effectiveMessageLocale);
    this.patch({ ...to });
    this.form.dismissFailure();
    this.focusTarget = focus;
  }

  /** All problems of the draft: the domain's rules, the place checked with the domain's location rule, and a contact choice. */
  private validateAll(): FieldErrors {
    const draft = this.value;
    const submission = toSubmission(draft, this.currentCategory, this.photos.files, this.form.idempotencyKey);
    const errors = validateCaseSubmission(submission, this.currentCategory, chosenArea(draft));
    if (draft.anonymous === null) errors.anonymous = { code: 'required' };
    return errors;
  }

  private async next(): Promise<void> {
    const state = this.stepState;
    const move = continueFrom(state, this.stepFacts);
    if (move.kind === 'submit') return this.submit();
    if (this.checkingSimilar) return;
    const errors = errorsOn(this.validateAll(), state.step);
    // Errors shown on other steps (from the backend) stay until those steps are checked again.
    if (Object.keys(errors).length) return this.form.showErrors({ ...errorsOff(this.form.errors, state.step), ...errors });
    this.form.setErrors(errorsOff(this.form.errors, state.step));
    if (move.kind === 'find-similar') return this.afterLocation();
    this.goTo(move.to);
  }

  /**
   * After the place: similar open cases of the same kind nearby, if the backend knows any. Not asked of a backend
   * that cannot follow a case (`cases.capabilities.follow === false`): following one is what that step offers.
   */
  private async afterLocation(): Promise<void> {
    const draft = this.value;
    const areaId = chosenArea(draft)?.id;
    let found: CaseSummary[] = [];
    if (areaId && draft.categoryCode && this.adapterApi.cases.capabilities?.follow !== false) {
      this.checkingSimilar = true;
      // The similar step's chunk comes while the search runs, for when it finds some.
      void this.later.load(this.effectiveMessageLocale);
      try {
        found = await this.adapterApi.cases.similar({ categoryCode: draft.categoryCode, areaId }, { locale: this.effectiveLocale });
      } catch {
        // Not finding similar cases must never stop a report.
      } finally {
        this.checkingSimilar = false;
      }
    }
    this.similar = found;
    this.followError = null;
    this.goTo(afterSimilarSearch(this.stepState, found.length > 0));
  }

  private back(): void {
    const previous = backFrom(this.stepState, this.stepFacts);
    if (previous) this.goTo(previous);
  }

  /** "Change" on check answers: that step, focused on that field, then back to check answers. */
  private change(path: string): void {
    this.goTo(changeTo(path), fieldId(path));
  }

  // ---- submit, follow, success ---------------------------------------------------------------

  private async submit(): Promise<void> {
    const result = await this.form.submit((draft, key) =>
      this.adapterApi.cases.submit(toSubmission(draft, this.currentCategory, this.photos.files, key), { locale: this.effectiveLocale }),
    );
    if (result.status === 'sent') this.finish({ caseId: result.value.id, publicNumber: result.value.publicNumber, followed: false });
  }

  /** "Keep the report already received": the case the draft's key created is this person's report. */
  private keepReceived(): void {
    const received = this.alreadyReceived;
    if (!received?.caseId || !received.publicNumber) return;
    this.finish({ caseId: received.caseId, publicNumber: received.publicNumber, followed: false });
  }

  /** "Send my changes as a new report": a fresh idempotency key, so the edited report is a case of its own. */
  private sendAsNew(): void {
    this.form.renewKey();
    this.form.dismissFailure();
    void this.submit();
  }

  private async follow(summary: CaseSummary): Promise<void> {
    if (this.following) return;
    this.following = summary.id;
    this.followError = null;
    try {
      const followed = await this.adapterApi.cases.follow(summary.id, { locale: this.effectiveLocale });
      this.finish({ caseId: followed.id, publicNumber: followed.publicNumber, followed: true });
    } catch (e) {
      this.followError = this.errorText(toAdapterError(e));
    } finally {
      this.following = null;
    }
  }

  private finish(info: CaseSubmittedDetail): void {
    this.result = info;
    void this.later.load(this.effectiveMessageLocale);
    this.forgetDraft();
    this.focusTarget = 'heading';
    emit<CaseSubmittedDetail>(this, 'gr-case-submitted', { ...info });
  }

  /** Everything of the draft leaves the device: values, errors, photos (IndexedDB too); a new draft gets a new key. */
  private forgetDraft(): void {
    this.form.clear();
    this.similar = [];
    this.photos.clear();
    this.lostPhotos = 0;
    void clearPhotos(this.draftStorageKey);
  }

  /** "Discard this draft", confirmed: everything of it leaves the device, photos in IndexedDB included. */
  private async discard(done: string): Promise<void> {
    const key = this.draftStorageKey;
    this.startAgain();
    await clearPhotos(key);
    this.announce(done);
  }

  private askDiscard(ask: boolean): void {
    // The confirmation's chunk comes with the first "Discard this draft".
    if (ask) void this.later.load(this.effectiveMessageLocale);
    this.confirmingDiscard = ask;
    this.focusTarget = ask ? 'discard-confirm' : 'discard-button';
  }

  private startAgain(): void {
    this.confirmingDiscard = false;
    this.result = null;
    this.categoryQuery = '';
    this.geo = 'idle';
    this.forgetDraft();
    this.focusTarget = 'heading';
    const categories = this.load.value?.categories;
    if (categories) void this.preselect(categories);
  }

  // ---- photos and location -------------------------------------------------------------------

  private addPhotos(files: File[]): void {
    const errors = this.photos.add(files);
    const others = Object.fromEntries(Object.entries(this.form.errors).filter(([p]) => p !== 'photos'));
    this.form.setErrors(errors.photos ? { ...others, photos: errors.photos } : others);
    if (errors.photos) this.announce(this.form.message('photos') ?? '');
    this.photosChanged();
  }

  private removePhoto(index: number, done: string): void {
    this.photos.remove(index);
    this.announce(done);
    this.focusTarget = fieldId('photos');
    this.photosChanged();
  }

  private photosChanged(): void {
    this.lostPhotos = 0;
    this.patch({ photoCount: this.photos.files.length });
    void savePhotos(this.draftStorageKey, this.photos.files);
  }

  private async locate(): Promise<void> {
    this.geo = 'locating';
    // Its code comes with the later parts (fetched as the location step opens); without them, no place is found.
    const tag = this.effectiveMessageLocale;
    await this.later.load(tag);
    const part = this.later.ready(tag);
    const result = part ? await part.module.locate() : { problem: 'unavailable' as const };
    if ('point' in result) {
      this.geo = 'idle';
      this.patch({ point: result.point });
    } else {
      this.geo = result.problem;
    }
  }

  /** What the location button's status line says while locating or after it failed (its words are the later parts'). */
  private geoText(): string {
    if (this.geo === 'idle') return '';
    const { error } = this.later;
    const words = this.later.ready(this.effectiveMessageLocale)?.words;
    if (words) return words(`geo.${this.geo}`);
    return error ? this.errorText(error) : this.t('common.loading');
  }

  private context(): FormContext {
    const current = () => this.value;
    return this.widgetHost({
      // A getter: handlers read the draft as it is when they run, not as it was at render.
      get draft() {
        return current();
      },
      category: this.currentCategory,
      update: (patch: Partial<CaseDraft>) => this.patch(patch),
      errorFor: (path: string) => this.form.message(path),
    });
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override renderContent() {
    return html`<div class="form">${this.renderState()}</div>${this.liveRegion.render()}`;
  }

  private renderState() {
    const loaded = this.load.value;
    if (!loaded) {
      if (this.load.status === 'error') return this.renderError(this.load.error!, () => void this.load.retry());
      return this.renderLoading();
    }
    if (!hasPermission(loaded.session, 'case:report')) {
      return html`<div class="status warning" role="status" part="no-permission">
        <p class="status-title">${this.t('noPermission.title')}</p>
        <p class="status-text">${this.t('noPermission.text')}</p>
      </div>`;
    }
    if (this.result) return this.renderSuccess(this.result);
    return this.renderStep(this.context(), loaded);
  }

  private renderStep(ctx: FormContext, loaded: Loaded) {
    const step = this.value.step;
    const { n, total } = progress(this.stepState, this.stepFacts);
    return html`
      ${this.form.restored && step !== 'category'
        ? html`<div class="status restored" role="status">
            <p class="status-text">${this.t('draft.restored')}</p>
          </div>`
        : nothing}
      ${step !== 'category'
        ? html`<button type="button" class="button link back" @click=${() => this.back()}>‹ ${this.t('form.back')}</button>`
        : nothing}
      <div @click=${{ handleEvent: (e: Event) => this.onSummaryClick(e), capture: true }}>${this.form.renderSummary(this.t('form.errorSummary'))}</div>
      <form part="form" novalidate aria-labelledby="step-heading" @submit=${(e: Event) => {
        e.preventDefault();
        void this.next();
      }}>
        <span class="caption">${this.t('form.title')} · ${this.t('form.progress', { n, total })}</span>
        <h2 class="step-heading" id="step-heading" part="step-heading" tabindex="-1">${this.t(`step.${step}`)}</h2>
        ${this.renderStepBody(ctx, step, loaded)}
        ${this.renderActions(step)}
      </form>
      ${this.renderDiscard()}
    `;
  }

  /** Something the person entered is kept (or a photo): then there is a draft to discard. */
  private get hasDraft(): boolean {
    return this.photos.files.length > 0 || this.form.draft?.kept === true;
  }

  /** "Discard this draft", then a confirmation (Escape or "No" keeps it). */
  private renderDiscard() {
    if (this.form.submitting || !this.hasDraft) return nothing;
    if (!this.confirmingDiscard) {
      return html`<div class="discard">
        <button type="button" class="button link" id="discard-button" part="discard-button" @click=${() => this.askDiscard(true)}>
          ${this.t('discard.button')}
        </button>
      </div>`;
    }
    return this.renderLater((kit, parts) =>
      parts.discardConfirm(kit, { discard: (done) => void this.discard(done), keep: () => this.askDiscard(false) }),
    );
  }

  private renderStepBody(ctx: FormContext, step: Step, loaded: Loaded) {
    switch (step) {
      case 'category':
        return categoryStep(ctx, loaded.categories, this.categoryQuery, (q) => (this.categoryQuery = q));
      case 'questions':
        return questionsStep(ctx);
      case 'location':
        return locationStep(ctx, this.areas, this.geo, this.geoText(), () => void this.locate());
      case 'similar':
        return this.renderLater((kit, parts) =>
          parts.similarStep(kit, {
            cases: this.similar,
            canFollow: loaded.session.userId !== null,
            following: this.following,
            error: this.followError,
            follow: (c) => void this.follow(c),
          }),
        );
      case 'details':
        return detailsStep(
          ctx,
          this.renderLater((kit, parts) =>
            parts.photoField(kit, {
              id: fieldId('photos'),
              label: this.t('label.photos'),
              error: this.form.message('photos'),
              list: this.photos,
              lost: this.lostPhotos,
              add: (files) => this.addPhotos(files),
              remove: (i, done) => this.removePhoto(i, done),
            }),
          ),
        );
      case 'check':
        return html`${this.renderLater((kit, parts) =>
            parts.checkAnswers(kit, ctx, this.photos.files.map((f) => f.name), (path) => this.change(path)),
          )}
          <p>${this.t('check.declaration')}</p>`;
    }
  }

  /** The end: the public number at once; what happens next from the later chunk; the tracker link and "report another". */
  private renderSuccess(info: CaseSubmittedDetail) {
    const href = this.trackerLink(info.publicNumber);
    return html`<div class="panel" part="success">
        <h2 class="panel-title" id="step-heading" tabindex="-1">${this.t(info.followed ? 'success.followedTitle' : 'success.title')}</h2>
        <p class="panel-body">${this.t('success.number')}<br /><strong class="public-number">${info.publicNumber}</strong></p>
      </div>
      ${this.renderLater((kit, parts) => parts.successStep(kit, info.followed))}
      <div class="actions">
        ${href ? html`<a class="button" part="tracker-link" href=${href}>${this.t('success.track')}</a>` : nothing}
        <button type="button" class="button secondary" @click=${() => this.startAgain()}>${this.t('success.another')}</button>
      </div>`;
  }

  /** The `tracker-href` link for a case number, if the portal set one. */
  private trackerLink(number: string | undefined): string | undefined {
    return number && this.trackerHref ? this.trackerHref.replaceAll('{number}', encodeURIComponent(number)) : undefined;
  }

  /**
   * A later part from its chunk, with its words: a loading state until it is here, or why it could not be fetched
   * with "try again" (which puts focus back on the step's heading).
   */
  private renderLater(render: (kit: LaterKit, parts: LaterParts) => unknown) {
    const tag = this.effectiveMessageLocale;
    const part = this.later.ready(tag);
    if (part) {
      const locale = () => this.effectiveLocale;
      this.laterKit ??= {
        html,
        nothing,
        // Its own words first (the part's translator of the moment), then the form's.
        t: (key, params) => {
          const words = this.later.ready(this.effectiveMessageLocale)?.words;
          return words?.has(key) ? words(key, params) : this.t(key as CaseFormKey, params);
        },
        get locale() {
          return locale();
        },
        date: (value) => formatDate(value, locale()),
        dateTime: (value) => formatDateTime(value, locale()),
        number: (value, options) => formatNumber(value, locale(), options),
        state: (status) => this.t(CASE_STATE_KEYS[status]),
        urgency: (urgency) => this.t(URGENCY_KEYS[urgency]),
        fieldId,
        maskPhone,
        fieldShell,
        fileField,
        limits: LIMITS,
        photoTypes: PHOTO_TYPES,
      };
      return render(this.laterKit, part.module);
    }
    const { error } = this.later;
    if (!error) return this.renderLoading();
    return this.renderError(error, () => {
      this.focusTarget = 'heading';
      this.later.retry(tag);
    });
  }

  private renderActions(step: Step) {
    const { submitting, failure } = this.form;
    const received = this.alreadyReceived;
    if (step === 'check' && received && !submitting) {
      return this.renderLater((kit, parts) =>
        parts.receivedBox(kit, received, {
          href: this.trackerLink(received.publicNumber),
          keep: () => this.keepReceived(),
          sendAsNew: () => this.sendAsNew(),
        }),
      );
    }
    if (step === 'check') {
      // Its words come with the later parts (fetched before check answers opens).
      return html`${failure
          ? this.renderLater(({ t }) =>
              failureBox({
                id: 'submit-error',
                class: 'submit-error',
                part: 'submit-error',
                title: t('submit.failedTitle'),
                text: this.errorText(failure),
                note: t('submit.kept'),
              }),
            )
          : nothing}
        <div class="actions">
          ${submitButton({
            id: 'f-submit',
            part: 'submit-button',
            block: 'disabled',
            busy: submitting,
            busyLabel: this.t('check.submitting'),
            label: this.t(failure ? 'submit.retry' : 'check.submit'),
          })}
        </div>`;
    }
    return html`<div class="actions">
      ${submitButton({
        block: 'disabled',
        busy: this.checkingSimilar,
        busyLabel: this.t('form.checking'),
        label: step === 'similar' ? this.t('similar.continue') : this.t('form.continue'),
      })}
    </div>`;
  }

  /** A summary link to a field on another step: go there first, then focus it. */
  private onSummaryClick(e: Event): void {
    const link = (e.target as Element).closest?.('a');
    const id = link?.getAttribute('href')?.slice(1);
    if (!id) return;
    const path = Object.keys(this.form.errors).find((p) => fieldId(p) === id);
    const to = path === undefined ? null : summaryLinkTo(this.stepState, path);
    if (to) this.goTo(to, id);
  }

  /** Also waits for the later parts' chunk being fetched, and the render that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.later.pending; pending; pending = this.later.pending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusTarget;
    if (!target) return;
    const root = this.shadowRoot;
    const own = ['heading', 'discard-confirm', 'discard-button'].includes(target);
    const el = root?.getElementById(target === 'heading' ? 'step-heading' : target);
    // A target in a later part still on its way (the discard confirmation, the photo field) is focused when it comes.
    if (!el && this.later.pending) return;
    this.focusTarget = null;
    if (own) {
      el?.focus();
      el?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    focusField(root, target);
  }
}
