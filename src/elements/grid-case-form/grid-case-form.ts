import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Adapter } from '../../adapters/contract.js';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { sessionResponses } from '../../adapters/response-schemas/session.js';
import { areasResponses } from '../../adapters/response-schemas/areas.js';
import { casesResponses } from '../../adapters/response-schemas/cases.js';
import { validatingGroups } from '../../adapters/validating-core.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { LiveAnnouncer } from '../../controllers/live-announcer.js';
import { validateCaseSubmission } from '../../domain/case-validation.js';
import type { CaseCategory, CaseSummary } from '../../domain/cases.js';
import type { FieldError, FieldErrors } from '../../domain/field-errors.js';
import { hasPermission, type Session } from '../../domain/session.js';
import { validationMessage } from '../../i18n/validation.js';
import type { Locale } from '../../i18n/locales.js';
import { formStyles } from '../../styles/forms.js';
import { focusErrorSummary, focusField, renderErrorSummary } from '../shared/error-summary.js';
import { emit } from '../shared/events.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { AreaOptions, toChosen } from './area-picker.js';
import { checkAnswers } from './check-answers.js';
import { fieldId, initialDraft, placeIsPrecise, stepOf, STEPS, toSubmission, type CaseDraft, type Step } from './draft-shape.js';
import type { FormContext } from './form-context.js';
import { locate } from './geolocation.js';
import { caseFormMessages, STEP_KEYS, type CaseFormMessageKey } from './messages.js';
import { PhotoList } from './photo-picker.js';
import { clearPhotos, loadPhotos, savePhotos } from './photo-store.js';
import { categoryStep } from './steps/category-step.js';
import { detailsStep } from './steps/details-step.js';
import { locationStep, type GeoStatus } from './steps/location-step.js';
import { questionsStep } from './steps/questions-step.js';
import { similarStep } from './steps/similar-step.js';
import { successStep, type SuccessInfo } from './steps/success-step.js';
import { caseFormStyles } from './styles.js';

/** The adapter groups this widget uses, checked against their schemas. */
const RESPONSES = { session: sessionResponses, areas: areasResponses, cases: casesResponses };

/** Detail of `gr-case-submitted`: the case that was created, or the existing one the person now follows. */
export interface CaseSubmittedDetail {
  caseId: string;
  publicNumber: string;
  /** True when the person followed a similar open case instead of reporting a new one. */
  followed: boolean;
}

/** What a `conflict` on send says: the case the draft's idempotency key already created, when the backend names it. */
interface AlreadyReceived {
  caseId?: string;
  publicNumber?: string;
}

interface Loaded {
  session: Session;
  categories: CaseCategory[];
}

/** Error paths whose "required"/"invalid option" message is the form's own wording ("Select …"). */
const OWN_MESSAGES: ReadonlyMap<string, CaseFormMessageKey> = new Map([
  ['categoryCode', 'fieldError.categoryCode'],
  ['location.areaId', 'fieldError.location.areaId'],
  ['urgency', 'fieldError.urgency'],
  ['anonymous', 'fieldError.anonymous'],
]);

/** Personal data: kept for the browser session only unless the portal sets `remember-contact`. */
const CONTACT_FIELDS = ['name', 'phone'] as const satisfies ReadonlyArray<keyof CaseDraft>;

const DEFAULT_DRAFT_MAX_AGE_DAYS = 7;
const DAY_MS = 86_400_000;

/** Fields in the order they appear within their step. */
const FIELD_ORDER = ['location.areaId', 'location.address', 'location.point', 'description', 'photos', 'urgency', 'anonymous', 'name', 'phone'];

const LABEL_KEYS: Readonly<Record<string, CaseFormMessageKey>> = {
  categoryCode: 'label.category',
  'location.areaId': 'check.place',
  'location.address': 'label.address',
  'location.point': 'label.point',
  description: 'label.description',
  photos: 'label.photos',
  urgency: 'label.urgency',
  anonymous: 'label.anonymous',
  name: 'label.name',
  phone: 'label.phone',
};

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
export class GridCaseForm extends GrassrootsElement<CaseFormMessageKey> {
  static override styles = [...GrassrootsElement.styles, formStyles, caseFormStyles];
  static override messages = caseFormMessages;
  static override adapterGroups = ['session', 'areas', 'cases'] as const;

  @property() category?: string;
  @property() area?: string;
  @property({ attribute: 'draft-key' }) draftKey = 'default';
  @property({ attribute: 'tracker-href' }) trackerHref?: string;
  @property({ attribute: 'draft-max-age-days', type: Number }) draftMaxAgeDays = DEFAULT_DRAFT_MAX_AGE_DAYS;
  @property({ attribute: 'remember-contact', type: Boolean }) rememberContact = false;

  @state() private categoryQuery = '';
  @state() private errors: FieldErrors = {};
  @state() private submitting = false;
  @state() private submitError: AdapterError | null = null;
  /** The draft's key already created a case, and the report changed since (a lost answer, then an edit). */
  @state() private alreadyReceived: AlreadyReceived | null = null;
  @state() private result: SuccessInfo | null = null;
  @state() private similar: CaseSummary[] = [];
  @state() private checkingSimilar = false;
  @state() private following: string | null = null;
  @state() private followError: string | null = null;
  @state() private geo: GeoStatus = 'idle';
  @state() private lostPhotos = 0;
  @state() private confirmingDiscard = false;

  private draft?: DraftController<CaseDraft>;
  private draftStorageKey = '';
  private readonly photos = new PhotoList();
  private readonly announcer = new LiveAnnouncer(this);
  private readonly load = new AdapterCallController<Loaded>(this, { onComplete: (v) => this.loaded(v) });
  private readonly areas = new AreaOptions(
    () => this.api.areas!,
    () => this.requestUpdate(),
  );
  /** What to focus after the next render: an element id, `summary` or `heading`. */
  private focusTarget: string | null = null;
  private loadedLocale?: Locale;
  private preselected = false;

  private get api(): Adapter {
    return validatingGroups(this.effectiveAdapter!, RESPONSES);
  }

  private get value(): CaseDraft {
    return this.draft?.value ?? initialDraft();
  }

  private get currentCategory(): CaseCategory | null {
    return this.load.value?.categories.find((c) => c.code === this.value.categoryCode) ?? null;
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
    if (this.draft && key === this.draftStorageKey) return;
    if (this.draft) {
      this.draft.flush();
      this.removeController(this.draft);
    }
    this.draftStorageKey = key;
    this.draft = new DraftController<CaseDraft>(this, {
      key,
      initial: initialDraft,
      sessionKeys: this.contactStorage(),
      maxAgeMs: this.draftMaxAgeMs(),
    });
    // Photos of an expired, sent or lost draft must not stay on the device.
    if (!this.draft.restored) void clearPhotos(key);
    this.confirmingDiscard = false;
    this.photos.clear();
    this.lostPhotos = 0;
    this.errors = {};
    this.preselected = false;
    const expected = this.draft.value.photoCount;
    if (expected > 0) {
      void loadPhotos(key).then((files) => {
        if (key !== this.draftStorageKey || !this.draft?.restored) return;
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
    this.errors = {};
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
    this.draft?.update(patch, { save });
  }

  protected override adapterChanged(adapter: Adapter | undefined): void {
    this.areas.reset();
    this.similar = [];
    if (adapter && this.isConfigured) this.startLoad();
  }

  private startLoad(): void {
    const locale = this.effectiveLocale;
    this.loadedLocale = locale;
    void this.load.run(async (signal) => {
      const [session, categories] = await Promise.all([
        this.api.session!.current({ signal }),
        this.api.cases!.categories({ signal, locale }),
      ]);
      return { session, categories };
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('draftKey') && this.draft) this.ensureDraft();
    if (changed.has('rememberContact')) this.draft?.setSessionKeys(this.contactStorage());
    // A limit set after the form was created still applies to the draft it restored.
    if (changed.has('draftMaxAgeDays') && this.draft?.setMaxAge(this.draftMaxAgeMs())) this.draftExpired();
    super.willUpdate(changed);
    // Category names and questions come localised from the backend.
    if (this.isConfigured && this.loadedLocale !== undefined && this.loadedLocale !== this.effectiveLocale) this.startLoad();
    if (this.isConfigured && this.value.step === 'location' && !this.result) {
      this.areas.ensureRoot();
      for (const a of this.value.areaPath) if (a.childCount > 0) this.areas.ensure(a.id);
    }
  }

  private loaded({ categories }: Loaded): void {
    const draft = this.value;
    if (draft.categoryCode && !categories.some((c) => c.code === draft.categoryCode)) this.patch({ categoryCode: '' });
    if (!this.preselected) {
      this.preselected = true;
      if (!this.draft?.restored) void this.preselect(categories);
    }
    // A draft restored on the similar step asks again: the list may have changed since.
    if (draft.step === 'similar' && this.similar.length === 0) void this.afterLocation();
  }

  private async preselect(categories: readonly CaseCategory[]): Promise<void> {
    // Preselections are the page's, not the person's: saved only with what they then enter.
    if (this.category && categories.some((c) => c.code === this.category)) this.patch({ categoryCode: this.category }, false);
    if (!this.area) return;
    try {
      const path = await this.api.areas!.path(this.area);
      // The picker starts below the root (the city).
      this.patch({ areaPath: path.slice(1).map(toChosen) }, false);
    } catch {
      // An unknown area id is the page's mistake: the person simply picks the place.
      console.warn(`[grassroots-gov-widgets] <grid-case-form> area="${this.area}" is not a known area; ignoring it.`);
    }
  }

  // ---- steps -------------------------------------------------------------------------------

  private visibleSteps(): Step[] {
    const hasQuestions = (this.currentCategory?.questions.length ?? 1) > 0;
    return STEPS.filter((s) => (s !== 'questions' || hasQuestions) && (s !== 'similar' || this.similar.length > 0 || this.value.step === 'similar'));
  }

  private goTo(step: Step, patch: Partial<CaseDraft> = {}, focus = 'heading'): void {
    this.patch({ ...patch, step });
    this.submitError = null;
    this.alreadyReceived = null;
    this.focusTarget = focus;
  }

  /** All problems of the draft: the domain's rules plus the form's own (place down to the grid, a contact choice). */
  private validateAll(): FieldErrors {
    const draft = this.value;
    const submission = toSubmission(draft, this.currentCategory, this.photos.files, this.draft!.idempotencyKey);
    const errors = validateCaseSubmission(submission, this.currentCategory);
    if (!placeIsPrecise(draft)) errors['location.areaId'] = { code: 'required' };
    if (draft.anonymous === null) errors.anonymous = { code: 'required' };
    return errors;
  }

  private validateStep(step: Step): FieldErrors {
    return Object.fromEntries(Object.entries(this.validateAll()).filter(([path]) => stepOf(path) === step));
  }

  /** Shows errors in the summary (focused) and inline; keeps other steps' backend errors. */
  private showErrors(errors: FieldErrors, replaceAll = false): void {
    const step = this.value.step;
    const kept = replaceAll ? {} : Object.fromEntries(Object.entries(this.errors).filter(([p]) => stepOf(p) !== step));
    this.errors = { ...kept, ...errors };
    this.focusTarget = 'summary';
  }

  private clearStepErrors(step: Step): void {
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([p]) => stepOf(p) !== step));
  }

  private async next(): Promise<void> {
    const draft = this.value;
    const step = draft.step;
    if (step === 'check') return this.submit();
    if (this.checkingSimilar) return;
    const errors = this.validateStep(step);
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.clearStepErrors(step);
    const hasQuestions = (this.currentCategory?.questions.length ?? 0) > 0;
    switch (step) {
      case 'category':
        return this.goTo(hasQuestions ? 'questions' : 'location');
      case 'questions':
        return draft.returnToCheck ? this.goTo('check', { returnToCheck: false }) : this.goTo('location');
      case 'location':
        return this.afterLocation();
      case 'similar':
      case 'details':
        return draft.returnToCheck ? this.goTo('check', { returnToCheck: false }) : this.goTo(step === 'similar' ? 'details' : 'check');
    }
  }

  /** After the place: similar open cases of the same kind nearby, if the backend knows any. */
  private async afterLocation(): Promise<void> {
    const draft = this.value;
    const areaId = draft.areaPath[draft.areaPath.length - 1]?.id;
    let found: CaseSummary[] = [];
    if (areaId && draft.categoryCode) {
      this.checkingSimilar = true;
      try {
        found = await this.api.cases!.similar({ categoryCode: draft.categoryCode, areaId }, { locale: this.effectiveLocale });
      } catch {
        // Not finding similar cases must never stop a report.
      } finally {
        this.checkingSimilar = false;
      }
    }
    this.similar = found;
    this.followError = null;
    if (found.length) return this.goTo('similar');
    if (draft.returnToCheck) return this.goTo('check', { returnToCheck: false });
    this.goTo('details');
  }

  private back(): void {
    const step = this.value.step;
    if (this.value.returnToCheck) return this.goTo('check', { returnToCheck: false });
    const steps = this.visibleSteps().filter((s) => s !== 'similar' || this.similar.length > 0);
    const previous = steps[steps.indexOf(step) - 1];
    if (previous) this.goTo(previous);
  }

  /** "Change" on check answers: that step, focused on that field, then back to check answers. */
  private change(path: string): void {
    this.goTo(stepOf(path), { returnToCheck: true }, fieldId(path));
  }

  // ---- submit, follow, success ---------------------------------------------------------------

  private async submit(): Promise<void> {
    if (this.submitting || !this.draft) return;
    const errors = this.validateAll();
    if (Object.keys(errors).length) return this.showErrors(errors, true);
    this.submitting = true;
    this.submitError = null;
    this.alreadyReceived = null;
    this.draft.flush();
    const submission = toSubmission(this.value, this.currentCategory, this.photos.files, this.draft.idempotencyKey);
    try {
      const created = await this.api.cases!.submit(submission, { locale: this.effectiveLocale });
      this.finish({ caseId: created.id, publicNumber: created.publicNumber, followed: false });
    } catch (e) {
      const error = toAdapterError(e);
      if (error.code === 'validation' && error.fieldErrors && Object.keys(error.fieldErrors).length) {
        this.showErrors(error.fieldErrors, true);
      } else if (error.code === 'conflict') {
        // Only a reused key conflicts on send: an earlier send was received (its answer lost), and the report
        // has changed since. Retrying can never succeed; say which case exists and offer to send this as new.
        const { id, publicNumber } = error.existing ?? {};
        this.alreadyReceived = {
          ...(typeof id === 'string' && id ? { caseId: id } : {}),
          ...(typeof publicNumber === 'string' && publicNumber ? { publicNumber } : {}),
        };
        this.focusTarget = 'already-received';
      } else {
        this.submitError = error;
        this.focusTarget = 'submit-error';
      }
    } finally {
      this.submitting = false;
    }
  }

  /** "Keep the report already received": the case the draft's key created is this person's report. */
  private keepReceived(): void {
    const received = this.alreadyReceived;
    if (!received?.caseId || !received.publicNumber) return;
    this.finish({ caseId: received.caseId, publicNumber: received.publicNumber, followed: false });
  }

  /** "Send my changes as a new report": a fresh idempotency key, so the edited report is a case of its own. */
  private sendAsNew(): void {
    if (!this.draft) return;
    this.draft.renewKey();
    this.alreadyReceived = null;
    void this.submit();
  }

  private async follow(summary: CaseSummary): Promise<void> {
    if (this.following) return;
    this.following = summary.id;
    this.followError = null;
    try {
      const followed = await this.api.cases!.follow(summary.id, { locale: this.effectiveLocale });
      this.finish({ caseId: followed.id, publicNumber: followed.publicNumber, followed: true });
    } catch (e) {
      this.followError = this.errorText(toAdapterError(e));
    } finally {
      this.following = null;
    }
  }

  private finish(info: SuccessInfo): void {
    this.result = info;
    this.alreadyReceived = null;
    this.errors = {};
    this.similar = [];
    this.photos.clear();
    this.lostPhotos = 0;
    void clearPhotos(this.draftStorageKey);
    this.draft?.clear();
    this.focusTarget = 'heading';
    emit<CaseSubmittedDetail>(this, 'gr-case-submitted', { ...info });
  }

  /** "Discard this draft", confirmed: everything of it leaves the device, photos in IndexedDB included. */
  private async discard(): Promise<void> {
    const key = this.draftStorageKey;
    this.startAgain();
    await clearPhotos(key);
    this.announcer.announce(this.t('discard.done'));
  }

  private askDiscard(ask: boolean): void {
    this.confirmingDiscard = ask;
    this.focusTarget = ask ? 'discard-confirm' : 'discard-button';
  }

  private startAgain(): void {
    this.confirmingDiscard = false;
    this.result = null;
    this.errors = {};
    this.similar = [];
    this.categoryQuery = '';
    this.geo = 'idle';
    this.submitError = null;
    this.alreadyReceived = null;
    this.photos.clear();
    this.lostPhotos = 0;
    void clearPhotos(this.draftStorageKey);
    this.draft?.clear();
    this.focusTarget = 'heading';
    const categories = this.load.value?.categories;
    if (categories) void this.preselect(categories);
  }

  // ---- photos and location -------------------------------------------------------------------

  private addPhotos(files: File[]): void {
    const errors = this.photos.add(files);
    const others = Object.fromEntries(Object.entries(this.errors).filter(([p]) => p !== 'photos'));
    this.errors = errors.photos ? { ...others, photos: errors.photos } : others;
    if (errors.photos) this.announcer.announce(this.messageFor('photos', errors.photos));
    this.photosChanged();
  }

  private removePhoto(index: number): void {
    this.photos.remove(index);
    this.announcer.announce(this.t('photos.removed'));
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
    const result = await locate();
    if ('point' in result) {
      this.geo = 'idle';
      this.patch({ point: result.point });
    } else {
      this.geo = result.problem;
    }
  }

  // ---- messages ------------------------------------------------------------------------------

  private labelFor(path: string): string {
    if (path.startsWith('answers.')) {
      const code = path.slice('answers.'.length);
      return this.currentCategory?.questions.find((q) => q.code === code)?.label ?? code;
    }
    return LABEL_KEYS[path] ? this.t(LABEL_KEYS[path]!) : path;
  }

  private messageFor(path: string, error: FieldError): string {
    const chooseCode = error.code === 'required' || error.code === 'invalid_option';
    const own = OWN_MESSAGES.get(path);
    if (chooseCode && own) return this.t(own);
    if (chooseCode && path.startsWith('answers.')) {
      const q = this.currentCategory?.questions.find((x) => `answers.${x.code}` === path);
      if (q && ['single', 'multi', 'boolean'].includes(q.datatype)) return this.t('fieldError.choice', { label: q.label });
    }
    return validationMessage(error, this.labelFor(path), this.effectiveLocale);
  }

  /** Where a field comes in the whole form, so the summary lists errors in page order. */
  private pageOrder(path: string): number {
    const questions = this.currentCategory?.questions ?? [];
    const q = questions.findIndex((x) => `answers.${x.code}` === path);
    const own = FIELD_ORDER.indexOf(path);
    return STEPS.indexOf(stepOf(path)) * 100 + (q >= 0 ? q : own >= 0 ? own : 99);
  }

  private context(): FormContext {
    const current = () => this.value;
    return {
      t: (key, params) => this.t(key, params),
      locale: this.effectiveLocale,
      // A getter: handlers read the draft as it is when they run, not as it was at render.
      get draft() {
        return current();
      },
      category: this.currentCategory,
      update: (patch) => this.patch(patch),
      errorFor: (path) => (this.errors[path] ? this.messageFor(path, this.errors[path]!) : undefined),
    };
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override renderContent() {
    return html`<div class="form">${this.renderState()}</div>${this.announcer.render()}`;
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
    const ctx = this.context();
    if (this.result) return successStep(ctx, this.result, this.trackerHref, () => this.startAgain());
    return this.renderStep(ctx, loaded);
  }

  private renderStep(ctx: FormContext, loaded: Loaded) {
    const step = this.value.step;
    const steps = this.visibleSteps();
    const n = Math.max(0, steps.indexOf(step)) + 1;
    const summary = Object.entries(this.errors)
      .sort(([a], [b]) => this.pageOrder(a) - this.pageOrder(b))
      .map(([path, error]) => ({ fieldId: fieldId(path), message: this.messageFor(path, error) }));
    return html`
      ${this.draft?.restored && step !== 'category'
        ? html`<div class="status restored" role="status">
            <p class="status-text">${this.t('draft.restored')}</p>
          </div>`
        : nothing}
      ${step !== 'category'
        ? html`<button type="button" class="button link back" @click=${() => this.back()}>‹ ${this.t('form.back')}</button>`
        : nothing}
      <div @click=${{ handleEvent: (e: Event) => this.onSummaryClick(e), capture: true }}>
        ${renderErrorSummary(this.t('form.errorSummary'), summary, this.shadowRoot)}
      </div>
      <form part="form" novalidate aria-labelledby="step-heading" @submit=${(e: Event) => {
        e.preventDefault();
        void this.next();
      }}>
        <span class="caption">${this.t('form.title')} · ${this.t('form.progress', { n, total: steps.length })}</span>
        <h2 class="step-heading" id="step-heading" part="step-heading" tabindex="-1">${this.t(STEP_KEYS[step])}</h2>
        ${this.renderStepBody(ctx, step, loaded)}
        ${this.renderActions(step)}
      </form>
      ${this.renderDiscard()}
    `;
  }

  /** Something the person entered is kept (or a photo): then there is a draft to discard. */
  private get hasDraft(): boolean {
    return this.photos.files.length > 0 || this.draft?.kept === true;
  }

  /** "Discard this draft", then a confirmation (Escape or "No" keeps it). */
  private renderDiscard() {
    if (this.submitting || !this.hasDraft) return nothing;
    if (!this.confirmingDiscard) {
      return html`<div class="discard">
        <button type="button" class="button link" id="discard-button" part="discard-button" @click=${() => this.askDiscard(true)}>
          ${this.t('discard.button')}
        </button>
      </div>`;
    }
    return html`<div
      class="status warning discard"
      role="group"
      aria-labelledby="discard-question"
      aria-describedby="discard-text"
      tabindex="-1"
      id="discard-confirm"
      part="discard-confirm"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.askDiscard(false);
      }}
    >
      <p class="status-title" id="discard-question">${this.t('discard.question')}</p>
      <p class="status-text" id="discard-text">${this.t('discard.text')}</p>
      <div class="actions">
        <button type="button" class="button" @click=${() => void this.discard()}>${this.t('discard.yes')}</button>
        <button type="button" class="button secondary" @click=${() => this.askDiscard(false)}>${this.t('discard.no')}</button>
      </div>
    </div>`;
  }

  private renderStepBody(ctx: FormContext, step: Step, loaded: Loaded) {
    switch (step) {
      case 'category':
        return categoryStep(ctx, loaded.categories, this.categoryQuery, (q) => (this.categoryQuery = q));
      case 'questions':
        return questionsStep(ctx);
      case 'location':
        return locationStep(ctx, this.areas, this.geo, () => void this.locate(), (e) => this.errorText(e));
      case 'similar':
        return similarStep(ctx, {
          cases: this.similar,
          canFollow: loaded.session.userId !== null,
          following: this.following,
          error: this.followError,
          follow: (c) => void this.follow(c),
        });
      case 'details':
        return detailsStep(ctx, {
          list: this.photos,
          lost: this.lostPhotos,
          add: (files) => this.addPhotos(files),
          remove: (i) => this.removePhoto(i),
        });
      case 'check':
        return html`${checkAnswers(ctx, this.photos.files.map((f) => f.name), (path) => this.change(path))}
          <p>${this.t('check.declaration')}</p>`;
    }
  }

  /** The case the draft's key already created, with a way to follow it, keep it, or send the changes as new. */
  private renderAlreadyReceived(received: AlreadyReceived) {
    const number = received.publicNumber;
    const href = number && this.trackerHref ? this.trackerHref.replaceAll('{number}', encodeURIComponent(number)) : undefined;
    return html`<div class="status success already-received" role="alert" tabindex="-1" id="already-received" part="already-received">
      <p class="status-title">${number ? this.t('received.title', { number }) : this.t('received.titleNoNumber')}</p>
      <p class="status-text">${this.t('received.text')}</p>
      ${href ? html`<p class="status-text"><a part="tracker-link" href=${href}>${this.t('success.track')}</a></p>` : nothing}
      <div class="actions">
        ${received.caseId && number
          ? html`<button type="button" class="button" @click=${() => this.keepReceived()}>${this.t('received.keep')}</button>`
          : nothing}
        <button type="button" class="button secondary" @click=${() => this.sendAsNew()}>${this.t('received.sendAsNew')}</button>
      </div>
    </div>`;
  }

  private renderActions(step: Step) {
    if (step === 'check' && this.alreadyReceived && !this.submitting) return this.renderAlreadyReceived(this.alreadyReceived);
    if (step === 'check') {
      return html`${this.submitError
          ? html`<div class="status error submit-error" role="alert" tabindex="-1" id="submit-error" part="submit-error">
              <p class="status-title">${this.t('submit.failedTitle')}</p>
              <p class="status-text">${this.errorText(this.submitError)}</p>
              <p class="status-text">${this.t('submit.kept')}</p>
            </div>`
          : nothing}
        <div class="actions">
          <button type="submit" class="button" id="f-submit" part="submit-button" ?disabled=${this.submitting}>
            ${this.submitting ? html`<span class="spinner" aria-hidden="true"></span> ${this.t('check.submitting')}` : this.t(this.submitError ? 'submit.retry' : 'check.submit')}
          </button>
        </div>`;
    }
    const label = step === 'similar' ? this.t('similar.continue') : this.t('form.continue');
    return html`<div class="actions">
      <button type="submit" class="button" ?disabled=${this.checkingSimilar}>
        ${this.checkingSimilar ? html`<span class="spinner" aria-hidden="true"></span> ${this.t('form.checking')}` : label}
      </button>
    </div>`;
  }

  /** A summary link to a field on another step: go there first, then focus it. */
  private onSummaryClick(e: Event): void {
    const link = (e.target as Element).closest?.('a');
    const id = link?.getAttribute('href')?.slice(1);
    if (!id) return;
    const path = Object.keys(this.errors).find((p) => fieldId(p) === id);
    if (!path) return;
    const step = stepOf(path);
    if (step === this.value.step) return;
    this.goTo(step, { returnToCheck: this.value.step === 'check' || this.value.returnToCheck }, id);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = null;
    const root = this.shadowRoot;
    if (target === 'summary') return focusErrorSummary(root);
    if (['heading', 'submit-error', 'already-received', 'discard-confirm', 'discard-button'].includes(target)) {
      const el = root?.getElementById(target === 'heading' ? 'step-heading' : target);
      el?.focus();
      el?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    focusField(root, target);
  }
}
