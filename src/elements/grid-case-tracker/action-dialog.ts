import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { escalationLevelOf, nextEscalationLevel, nextState } from '../../domain/case-machine.js';
import type { CaseAction, CaseActionRequest, CaseState, Department, GridCase } from '../../domain/cases.js';
import { hasErrors, type FieldErrors } from '../../domain/field-errors.js';
import { newIdempotencyKey } from '../../domain/ids.js';
import { CASE_STATE_KEYS, ESCALATION_LEVEL_KEYS } from '../shared/case-label-keys.js';
import { focusErrorSummary, renderErrorSummary } from '../shared/error-summary.js';
import { buildRequest, emptyValues, pick, renderActionFields, summaryErrors, validateAction, type ActionValues } from './action-forms.js';
import { DIALOG_CONFIRM_KEYS, DIALOG_TITLE_KEYS } from './messages.js';
import type { ViewContext } from './view-context.js';

/** What the dialog needs from the element that shows it. */
export interface ActionDialogHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Sends the action to the backend; resolves with the updated case. */
  sendAction(request: CaseActionRequest): Promise<GridCase>;
  /** After a success: show the updated case, announce it, fire the event. Resolves once rendered. */
  actionDone(kase: GridCase, action: CaseAction): Promise<void>;
  /** Loads the case again (after a conflict). */
  refresh(): void;
  /** Makes sure the departments to dispatch to are loaded (they are fetched only when needed). */
  loadDepartments(): Promise<void>;
  /** Where focus goes when the button that opened the dialog is gone (its action is done). */
  focusFallback(): void;
}

/** One attempt at one action: what was typed, and the idempotency key its sends share. */
interface Attempt {
  action: CaseAction;
  /** The state the action leads to, fixed when the dialog opened. */
  leadsTo: CaseState | null;
  values: ActionValues;
  errors: FieldErrors;
  key: string;
  /** The key went to the backend: an edit after that is a new attempt with a new key; a retry is not. */
  sent: boolean;
  sending: boolean;
  error?: AdapterError;
  /** The error came from loading the departments: retry loads them again. */
  preparing?: boolean;
  trigger: HTMLElement | null;
}

/**
 * The confirm step of a case action: a native modal `<dialog>` (labelled by its title,
 * focus moved in, Escape cancels, focus returned to the button that opened it), the
 * action's fields with GOV.UK inline errors, and errors from the backend with retry
 * (the same idempotency key) or, on a conflict, a reload.
 */
export class ActionDialogController implements ReactiveController {
  attempt?: Attempt;

  constructor(private readonly host: ActionDialogHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get root(): ShadowRoot | null {
    return this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot : null;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.action-dialog');
  }

  /** Opens the dialog for `action`, remembering the button that asked for it. */
  async open(action: CaseAction, kase: GridCase, trigger: HTMLElement | null): Promise<void> {
    const attempt: Attempt = (this.attempt = {
      action,
      leadsTo: nextState(kase.status, action),
      values: emptyValues(),
      errors: {},
      key: newIdempotencyKey('act'),
      sent: false,
      sending: false,
      trigger,
    });
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    // Closed, replaced or removed from the page while rendering.
    if (!dialog?.isConnected || this.attempt !== attempt) return;
    if (!dialog.open) dialog.showModal();
    if (action === 'dispatch') await this.prepare();
    if (this.attempt === attempt) dialog.querySelector<HTMLElement>('select, input, textarea, button[type="submit"]')?.focus();
  }

  /** Loads what the form needs before it can be filled in; a failure shows in the dialog with retry. */
  private async prepare(): Promise<void> {
    const a = this.attempt;
    if (!a) return;
    a.preparing = true;
    a.error = undefined;
    try {
      await this.host.loadDepartments();
      a.preparing = false;
    } catch (e) {
      a.error = toAdapterError(e);
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Drops the attempt without sending (the case is reloading or the adapter changed). */
  reset(): void {
    if (!this.attempt) return;
    this.attempt = undefined;
    this.dialog?.close();
    this.host.requestUpdate();
  }

  private change(patch: Partial<ActionValues>): void {
    const a = this.attempt;
    if (!a || a.sending) return;
    a.values = { ...a.values, ...patch };
    if (a.sent) {
      a.key = newIdempotencyKey('act');
      a.sent = false;
    }
    this.host.requestUpdate();
  }

  private async submit(): Promise<void> {
    const a = this.attempt;
    if (!a || a.sending) return;
    const errors = validateAction(a.action, a.values);
    if (hasErrors(errors)) {
      a.errors = errors;
      a.error = undefined;
      this.host.requestUpdate();
      await this.host.updateComplete;
      focusErrorSummary(this.root);
      return;
    }
    await this.send();
  }

  private async send(): Promise<void> {
    const a = this.attempt;
    if (!a || a.sending) return;
    Object.assign(a, { sending: true, sent: true, errors: {}, error: undefined });
    this.host.requestUpdate();
    try {
      const kase = await this.host.sendAction(buildRequest(a.action, a.values, a.key));
      if (this.attempt !== a) return;
      await this.host.actionDone(kase, a.action);
      this.finish();
    } catch (e) {
      if (this.attempt !== a) return;
      const error = toAdapterError(e);
      a.sending = false;
      a.error = error;
      a.errors = error.code === 'validation' ? pick(error.fieldErrors) : {};
      this.host.requestUpdate();
      await this.host.updateComplete;
      if (hasErrors(a.errors)) focusErrorSummary(this.root);
      else this.host.renderRoot.querySelector<HTMLElement>('.dialog-error')?.focus();
    }
  }

  private retry(): Promise<void> {
    return this.attempt?.preparing ? this.prepare() : this.send();
  }

  /**
   * Closes the dialog and gives focus back. Done here rather than in the `close` event,
   * which some browsers fire only on the next animation frame (never, in a hidden tab).
   */
  private finish(): void {
    const a = this.attempt;
    if (!a) return;
    this.attempt = undefined;
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (a.trigger?.isConnected) a.trigger.focus();
      else this.host.focusFallback();
    });
  }

  /** Escape. A write in flight cannot be taken back, so the dialog stays until it answers. */
  private readonly onCancel = (event: Event) => {
    event.preventDefault();
    if (!this.attempt?.sending) this.finish();
  };

  /** Closed some other way (e.g. the browser skipped `cancel`): clean up the same way. */
  private readonly onClose = () => this.finish();

  private cancel(): void {
    if (!this.attempt?.sending) this.finish();
  }

  private reload(): void {
    this.finish();
    this.host.refresh();
  }

  render(ctx: ViewContext, kase: GridCase, departments: readonly Department[], errorText: (e: AdapterError) => string) {
    const a = this.attempt;
    if (!a) return nothing;
    const { t } = ctx;
    const fieldErrors = summaryErrors(ctx, a.action, a.errors);
    const showBox = a.error && !(a.error.code === 'validation' && fieldErrors.length > 0);
    return html`<dialog
      class="action-dialog"
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-effect"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.submit())}>
        <h2 id="dialog-title" class="dialog-title">${t(DIALOG_TITLE_KEYS[a.action])}</h2>
        <p class="dialog-case">${t('dialog.caseLine', { number: kase.publicNumber, category: kase.categoryName })}</p>
        <p id="dialog-effect">${this.effect(ctx, a, kase)}</p>
        ${renderErrorSummary(t('dialog.errorSummary'), fieldErrors, this.root)}
        ${renderActionFields(ctx, { action: a.action, values: a.values, errors: a.errors, departments, onChange: (p) => this.change(p) })}
        ${showBox ? this.renderError(ctx, a.error!, errorText) : nothing}
        <div class="actions">
          <button type="submit" class="button" part="confirm-button" aria-disabled=${a.sending ? 'true' : 'false'}>
            ${a.sending ? t('dialog.sending') : t(DIALOG_CONFIRM_KEYS[a.action])}
          </button>
          <button type="button" class="button secondary" part="cancel-button" @click=${() => this.cancel()}>${t('common.cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** What confirming does: the state it leads to, or, for the actions that keep the state, what they do. */
  private effect(ctx: ViewContext, a: Attempt, kase: GridCase): string {
    const { t } = ctx;
    if (a.action === 'urge') return t('dialog.effect.urge');
    if (a.action === 'escalate') {
      const level = nextEscalationLevel(escalationLevelOf(kase));
      return t('dialog.effect.escalate', { level: level ? t(ESCALATION_LEVEL_KEYS[level]) : '' });
    }
    return a.action === 'rate' || !a.leadsTo ? t('dialog.effectRate') : t('dialog.effect', { state: t(CASE_STATE_KEYS[a.leadsTo]) });
  }

  private renderError(ctx: ViewContext, error: AdapterError, errorText: (e: AdapterError) => string) {
    const { t } = ctx;
    const conflict = error.code === 'conflict';
    return html`<div class="status error dialog-error" role="alert" tabindex="-1" part="dialog-error">
      <p class="status-title">${t('dialog.failed')}</p>
      <p class="status-text">${conflict ? t('dialog.conflict') : errorText(error)}</p>
      ${conflict
        ? html`<button type="button" class="button secondary" @click=${() => this.reload()}>${t('dialog.reload')}</button>`
        : error.code === 'validation'
          ? nothing
          : html`<button type="button" class="button secondary" @click=${() => void this.retry()}>${t('common.retry')}</button>`}
    </div>`;
  }
}
