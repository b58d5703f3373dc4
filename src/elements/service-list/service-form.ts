import { html, nothing } from 'lit';
import { DraftController } from '../../controllers/draft-controller.js';
import type { FieldErrors } from '../../domain/field-errors.js';
import type { RequestReceipt } from '../../domain/services.js';
import { failureBox, FormController, submitButton, textField, type AreaChooserText, type FormField, type FormView } from '../../forms/index.js';
import type { ServiceListKey, ServiceListMessageKey } from './messages.js';
import type { ServiceListHost, ViewContext } from './view.js';

/** What the request and demand forms need from `<service-list>`, beside the host. */
export interface ServiceFormHost extends ServiceListHost {
  /** The card and detail view of this render. */
  viewContext(): ViewContext;
  /** Says the submit went through (announces it, reloads a demand list). */
  submitted(receipt: RequestReceipt): void;
}

/** What is fixed about a service-list form's frame. */
export interface ServiceFormFrame {
  /** Prefix of its ids (`rq`, `dm`): the title is `${prefix}-title`. */
  prefix: string;
  part: string;
  intro: ServiceListMessageKey;
  submit: ServiceListKey;
  /** The confirmation's title and text (`{reference}`). */
  done: ServiceListMessageKey;
  doneText: ServiceListMessageKey;
}

/** What changes with each render: the title and what the buttons do. */
export interface ServiceFormActions {
  title: string;
  /** The backend's receipt after a success: the confirmation shows instead of the form. */
  receipt: RequestReceipt | undefined;
  onSubmit: () => void;
  onBack: () => void;
}

/**
 * A form with its title, intro, "restored" note, error summary, the "not sent, everything is kept, send
 * again" box (focused after a failure), its fields, and a submit button that stays focusable while sending.
 */
export function renderServiceForm(host: ServiceFormHost, form: FormView, frame: ServiceFormFrame, p: ServiceFormActions, fields: () => unknown) {
  const { t } = host;
  if (p.receipt) return renderConfirmation(t(frame.done), t(frame.doneText, { reference: p.receipt.referenceNumber }), p.onBack, t('sl.form.back'));
  const failure = form.failure;
  return html`<form class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), p.onSubmit())} part=${frame.part} aria-labelledby="${frame.prefix}-title">
    <h3 id="${frame.prefix}-title" tabindex="-1" class="form-title">${p.title}</h3>
    <p class="hint">${t(frame.intro)}</p>
    ${form.restored ? html`<p class="status-text muted">${t('sl.form.restored')}</p>` : nothing} ${form.renderSummary(t('sl.form.errorsTitle'))}
    ${failure
      ? failureBox({
          class: 'submit-failure',
          part: 'submit-error',
          title: host.errorText(failure),
          text: t('sl.form.failed'),
          actions: html`<button type="button" class="button" @click=${p.onSubmit}>${t('sl.form.retry')}</button>`,
        })
      : nothing}
    ${fields()}
    <div class="actions">
      ${submitButton({ label: t(frame.submit), busyLabel: t('sl.form.submitting'), busy: form.submitting })}
      <button type="button" class="button secondary" @click=${p.onBack}>${t('sl.form.back')}</button>
    </div>
  </form>`;
}

/** The shared words of the area selects, with the first option's text. */
export function areaText(host: ServiceListHost, placeholder: string): AreaChooserText {
  const { t } = host;
  return { placeholder, loading: t('sl.area.loading'), errorText: host.errorText, retryLabel: t('common.retry') };
}

/** The contact phone number, as both forms ask for it. */
export function phoneField(view: ViewContext, form: FormView, value: string, onInput: (phone: string) => void) {
  const { t } = view;
  return textField(t, {
    ...form.field('phone'),
    label: t('sl.form.phone'),
    hint: t('sl.form.phone.hint'),
    value,
    type: 'tel',
    autocomplete: 'tel',
    inputmode: 'numeric',
    onInput,
  });
}

/** "Request sent, reference FW-…", focused when it appears. */
export function renderConfirmation(title: string, text: string, onBack: () => void, backLabel: string) {
  return html`<div class="status success confirmation" role="status" tabindex="-1" part="confirmation">
    <h3 class="status-title">${title}</h3>
    <p class="status-text">${text}</p>
    <button type="button" class="button secondary" @click=${onBack}>${backLabel}</button>
  </div>`;
}

/** A form's fields in order: request path, control id, label. */
export type ServiceFormFields = ReadonlyArray<readonly [path: string, id: string, label: ServiceListMessageKey]>;

/**
 * What the request and the demand form share: a FormController with a draft (one idempotency key per draft,
 * so "send again" is the same request), the list's words, its frame, and what a success does (the event the
 * form fires, the announcement). A backend's error on a path the form does not show links to its first field.
 */
export abstract class ServiceForm<T extends object> {
  readonly form: FormController<T, RequestReceipt>;
  protected abstract readonly frame: ServiceFormFrame;

  constructor(
    protected readonly host: ServiceFormHost,
    key: string,
    initial: () => T,
    fields: ServiceFormFields,
    validate: (values: T, idempotencyKey: string) => FieldErrors,
  ) {
    const list = (): FormField[] => fields.map(([path, id, label]) => ({ path, id, label: host.t(label) }));
    this.form = new FormController<T, RequestReceipt>(host.host, {
      initial,
      draft: { key, controller: DraftController },
      fields: list,
      locale: () => host.locale,
      fallback: (path) => ({ ...list()[0]!, path }),
      validate: (v) => validate(v, this.form.idempotencyKey),
      focus: { success: '.confirmation', failure: '.submit-failure' },
    });
  }

  /** Forgets errors and the last outcome (the draft stays). */
  resetOutcome(): void {
    this.form.reset();
  }

  /** The request for the backend. */
  protected abstract send(values: T, idempotencyKey: string, locale: string): Promise<RequestReceipt>;
  /** After a success: the form's event. */
  protected abstract done(receipt: RequestReceipt): void;
  protected abstract renderFields(view: ViewContext, form: FormController<T, RequestReceipt>): unknown;

  private async submit(): Promise<void> {
    const { locale } = this.host;
    const result = await this.form.submit((v, key) => this.send(v, key, locale));
    if (result.status !== 'sent') return;
    this.done(result.value);
    this.host.submitted(result.value);
  }

  /** The form in its frame, or its confirmation after a success. */
  protected renderForm(title: string, onBack: () => void) {
    const actions = { title, receipt: this.form.receipt, onSubmit: () => void this.submit(), onBack };
    return renderServiceForm(this.host, this.form, this.frame, actions, () => this.renderFields(this.host.viewContext(), this.form));
  }
}
