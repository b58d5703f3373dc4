import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ServicesApi } from '../../adapters/contract.js';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { hasErrors, type FieldErrors } from '../../domain/field-errors.js';
import type { RequestReceipt } from '../../domain/services.js';
import { validationMessage } from '../../i18n/validation.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { describedBy, renderErrorSummary, renderFieldError, showErrorSummary } from '../shared/error-summary.js';
import type { ViewContext } from './view.js';

/** What a form needs from `<service-list>`. */
export interface FormHost extends ReactiveControllerHost, EventTarget {
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
  /** The services group, through `validatingGroups()`. */
  servicesApi(): ServicesApi;
  viewContext(): ViewContext;
  errorMessage(error: AdapterError): string;
  /** Says the submit went through (announces it). */
  submitted(receipt: RequestReceipt): void;
}

/**
 * A short form with a saved draft and one idempotency key per draft: validation with the
 * domain's rules and a GOV.UK error summary, a failed submit that keeps everything and can be
 * sent again with the same key, and a confirmation with the reference number.
 */
export abstract class DraftForm<T extends object> implements ReactiveController {
  readonly draft: DraftController<T>;
  errors: FieldErrors = {};
  receipt: RequestReceipt | null = null;
  failure?: AdapterError;
  submitting = false;

  /** Field paths in form order, each with the id of its control. */
  protected abstract readonly fields: ReadonlyArray<readonly [path: string, controlId: string]>;
  /** The label a path's message names. */
  protected abstract label(path: string): string;
  /** The client-side check: the domain schema of the request. */
  protected abstract check(): FieldErrors;
  protected abstract send(signal?: AbortSignal): Promise<RequestReceipt>;
  /** After success (the event to fire). */
  protected abstract done(receipt: RequestReceipt): void;

  constructor(
    protected readonly host: FormHost,
    key: string,
    initial: () => T,
  ) {
    this.draft = new DraftController<T>(host, { key, initial });
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets errors and the last outcome (the draft stays). */
  resetOutcome(): void {
    this.errors = {};
    this.failure = undefined;
    this.receipt = null;
    this.host.requestUpdate();
  }

  async submit(): Promise<void> {
    if (this.submitting) return;
    this.failure = undefined;
    this.errors = this.check();
    if (hasErrors(this.errors)) return showErrorSummary(this.host);
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const receipt = await this.send();
      this.receipt = receipt;
      this.draft.clear();
      this.done(receipt);
      this.host.submitted(receipt);
      await this.afterRender('.confirmation');
    } catch (e) {
      const error = toAdapterError(e);
      if (error.code === 'validation' && error.fieldErrors && hasErrors(error.fieldErrors)) {
        this.errors = error.fieldErrors;
        this.submitting = false;
        return showErrorSummary(this.host);
      }
      this.failure = error;
      await this.afterRender('.submit-failure');
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  private async afterRender(selector: string): Promise<void> {
    this.submitting = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The message for a path, or undefined. */
  protected message(path: string): string | undefined {
    const error = this.errors[path];
    return error ? validationMessage(error, this.label(path), this.host.viewContext().locale) : undefined;
  }

  /** The error summary, in form order; errors on paths without a control link to the first field. */
  protected renderSummary() {
    const { t } = this.host.viewContext();
    const known = new Map(this.fields);
    const list = [
      ...this.fields.filter(([path]) => this.errors[path]).map(([path, id]) => ({ fieldId: id, message: this.message(path)! })),
      ...Object.keys(this.errors)
        .filter((path) => !known.has(path))
        .map((path) => ({ fieldId: this.fields[0]![1], message: this.message(path)! })),
    ];
    return renderErrorSummary(t('sl.form.errorsTitle'), list, this.host.shadowRoot);
  }

  /** The "it failed, everything is kept, send again" box. */
  protected renderFailure() {
    if (!this.failure) return nothing;
    const { t } = this.host.viewContext();
    return html`<div class="status error submit-failure" role="alert" tabindex="-1" part="submit-error">
      <p class="status-title">${this.host.errorMessage(this.failure)}</p>
      <p class="status-text">${t('sl.form.failed')}</p>
      <button type="button" class="button" @click=${() => this.submit()}>${t('sl.form.retry')}</button>
    </div>`;
  }

  /** The submit button; stays focusable while sending (aria-disabled), so focus is not lost. */
  protected renderSubmit(label: string) {
    const { t } = this.host.viewContext();
    return html`<button type="submit" class="button" aria-disabled=${this.submitting ? 'true' : 'false'}>
      ${this.submitting ? html`<span class="spinner" aria-hidden="true"></span> ${t('sl.form.submitting')}` : label}
    </button>`;
  }

  protected onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };
}

export interface FieldSpec {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  optional?: boolean;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  /** Shows a counter of characters left. */
  max?: number;
}

/** A GOV.UK field: label, hint, error (with a hidden "Error:"), control, counter. */
export function renderField(f: FieldSpec, view: ViewContext) {
  const { t } = view;
  const hintId = f.hint ? `${f.id}-hint` : undefined;
  const errorId = f.error ? `${f.id}-error` : undefined;
  const counterId = f.max ? `${f.id}-counter` : undefined;
  const left = f.max ? f.max - f.value.length : 0;
  const input = (e: Event) => f.onInput((e.target as HTMLInputElement).value);
  return html`<div class="field ${f.error ? 'has-error' : ''}">
    <label class="label" for=${f.id}>${f.label}${f.optional ? html` <span class="muted">${t('field.optional')}</span>` : nothing}</label>
    ${f.hint ? html`<span class="hint" id=${hintId}>${f.hint}</span>` : nothing}
    ${renderFieldError(errorId ?? '', f.error, t('a11y.errorPrefix'))}
    ${f.multiline
      ? html`<textarea
          class="textarea"
          id=${f.id}
          rows="4"
          aria-describedby=${describedBy(hintId, errorId, counterId)}
          aria-invalid=${f.error ? 'true' : 'false'}
          .value=${live(f.value)}
          @input=${input}
        ></textarea>`
      : html`<input
          class="input"
          id=${f.id}
          type=${f.type ?? 'text'}
          autocomplete=${f.autocomplete ?? 'off'}
          inputmode=${f.inputmode ?? 'text'}
          aria-describedby=${describedBy(hintId, errorId, counterId)}
          aria-invalid=${f.error ? 'true' : 'false'}
          .value=${live(f.value)}
          @input=${input}
        />`}
    ${f.max
      ? html`<span class="counter ${left < 0 ? 'over' : ''}" id=${counterId}
          >${left < 0 ? t('form.counter.over', { count: -left }) : t('form.counter.left', { count: left })}</span
        >`
      : nothing}
  </div>`;
}

/** "Request sent, reference FW-…", focused when it appears. */
export function renderConfirmation(title: string, text: string, onBack: () => void, backLabel: string) {
  return html`<div class="status success confirmation" role="status" tabindex="-1" part="confirmation">
    <h3 class="status-title">${title}</h3>
    <p class="status-text">${text}</p>
    <button type="button" class="button secondary" @click=${onBack}>${backLabel}</button>
  </div>`;
}
