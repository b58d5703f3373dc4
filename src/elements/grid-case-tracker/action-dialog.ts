import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { escalationLevelOf, nextEscalationLevel, nextState } from '../../domain/case-machine.js';
import type { CaseAction, CaseActionRequest, CaseState, Department, GridCase } from '../../domain/cases.js';
import { failureBox, submitButton, type FormController } from '../../forms/index.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import { CASE_STATE_KEYS, ESCALATION_LEVEL_KEYS } from '../shared/case-label-keys.js';
import { actionForm, buildRequest, renderActionFields, type ActionValues } from './action-forms.js';
import { DIALOG_CONFIRM_KEYS, DIALOG_TITLE_KEYS } from './messages.js';
import type { ViewContext } from './view-context.js';

/** What the dialog needs from the element that shows it. */
/** The words the dialog's forms need beyond the tracker's: the field errors, fetched with the dialog. */
export const dialogWords = validationMessages;

export interface ActionDialogHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
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

/** One attempt at one action; what was typed and its idempotency key are the form's. */
interface Attempt {
  action: CaseAction;
  /** The state the action leads to, fixed when the dialog opened. */
  leadsTo: CaseState | null;
  /** Loading the departments failed: shown in the dialog, and retry loads them again. */
  prepareError?: AdapterError;
  trigger: HTMLElement | null;
}

/**
 * The confirm step of a case action: a native modal `<dialog>` (labelled by its title,
 * focus moved in, Escape cancels, focus returned to the button that opened it), the
 * action's fields with GOV.UK inline errors, and errors from the backend with retry
 * (the same idempotency key) or, on a conflict, a reload. What is typed is a FormController:
 * one key per attempt, kept by a retry, renewed by an edit after a send.
 */
export class ActionDialogController implements ReactiveController {
  attempt?: Attempt;
  private view?: ViewContext;
  private readonly form: FormController<ActionValues, GridCase>;

  constructor(private readonly host: ActionDialogHost) {
    this.form = actionForm<GridCase>(host, () => this.inProgress(), { keyPrefix: 'act', focus: { failure: '.dialog-error' } });
    host.addController(this);
  }

  hostConnected(): void {}

  /** The action being confirmed, as its form sees it. */
  private inProgress() {
    return this.attempt && this.view ? { action: this.attempt.action, view: this.view } : undefined;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.action-dialog');
  }

  /** Opens the dialog for `action`, remembering the button that asked for it. */
  async open(action: CaseAction, kase: GridCase, trigger: HTMLElement | null): Promise<void> {
    const attempt: Attempt = (this.attempt = { action, leadsTo: nextState(kase.status, action), trigger });
    this.form.clear();
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
    a.prepareError = undefined;
    try {
      await this.host.loadDepartments();
    } catch (e) {
      a.prepareError = toAdapterError(e);
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Drops the attempt without sending (the case is reloading or the adapter changed). */
  reset(): void {
    if (!this.attempt) return;
    this.attempt = undefined;
    this.form.reset();
    this.dialog?.close();
    this.host.requestUpdate();
  }

  private change(patch: Partial<ActionValues>): void {
    if (!this.attempt || this.form.submitting) return;
    this.form.update(patch);
  }

  /** Sends the attempt; after a success the case is shown updated, then the dialog closes. */
  private async submit(check = true): Promise<void> {
    const a = this.attempt;
    if (!a) return;
    const send = async (values: ActionValues, key: string) => {
      const kase = await this.host.sendAction(buildRequest(a.action, values, key));
      if (this.attempt === a) await this.host.actionDone(kase, a.action);
      return kase;
    };
    const result = await (check ? this.form.submit(send) : this.form.send(send));
    if (result.status === 'sent' && this.attempt === a) this.finish();
  }

  private retry(): Promise<void> {
    return this.attempt?.prepareError ? this.prepare() : this.submit(false);
  }

  /**
   * Closes the dialog and gives focus back. Done here rather than in the `close` event,
   * which some browsers fire only on the next animation frame (never, in a hidden tab).
   */
  private finish(): void {
    const a = this.attempt;
    if (!a) return;
    this.attempt = undefined;
    this.form.reset();
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
    if (!this.form.submitting) this.finish();
  };

  /**
   * Closed some other way (e.g. the browser skipped `cancel`): clean up the same way. The
   * event comes a task or a frame late, so it may belong to a dialog already closed and
   * replaced by the next action's: that one must stay open.
   */
  private readonly onClose = (event: Event) => {
    const closedDialog = event.currentTarget as HTMLDialogElement;
    if (closedDialog !== this.dialog || closedDialog.open) return;
    this.finish();
  };

  private cancel(): void {
    if (!this.form.submitting) this.finish();
  }

  private reload(): void {
    this.finish();
    this.host.refresh();
  }

  render(ctx: ViewContext, kase: GridCase, departments: readonly Department[]) {
    const a = this.attempt;
    if (!a) return nothing;
    this.view = ctx;
    const { t } = ctx;
    const f = this.form;
    const error = a.prepareError ?? f.failure;
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
        ${f.renderSummary(t('dialog.errorSummary'))}
        ${renderActionFields(ctx, { action: a.action, values: f.values, form: f, departments, onChange: (p) => this.change(p) })}
        ${error ? this.renderError(ctx, error) : nothing}
        <div class="actions">
          ${submitButton({ part: 'confirm-button', busy: f.submitting, busyLabel: t('dialog.sending'), label: t(DIALOG_CONFIRM_KEYS[a.action]) })}
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

  private renderError(ctx: ViewContext, error: AdapterError) {
    const { t, errorText } = ctx;
    const conflict = error.code === 'conflict';
    return failureBox({
      class: 'dialog-error',
      part: 'dialog-error',
      title: t('dialog.failed'),
      text: conflict ? t('dialog.conflict') : errorText(error),
      actions: conflict
        ? html`<button type="button" class="button secondary" @click=${() => this.reload()}>${t('dialog.reload')}</button>`
        : error.code === 'validation'
          ? nothing
          : html`<button type="button" class="button secondary" @click=${() => void this.retry()}>${t('common.retry')}</button>`,
    });
  }
}
