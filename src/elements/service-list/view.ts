import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { AreasApi, ServicesApi } from '../../adapters/contract.js';
import type { AdapterError } from '../../adapters/errors.js';
import type { RequestReceipt } from '../../domain/services.js';
import { failureBox, submitButton, textField, type FormView } from '../../forms/index.js';
import type { Locale } from '../../i18n/locales.js';
import type { ServiceListT } from './messages.js';

/** What the card, detail and form templates need from the element. */
export interface ViewContext {
  t: ServiceListT;
  locale: Locale;
  now: Date;
  /** Category names by id, from the taxonomy (empty until it loads). */
  termName: (id: string) => string | undefined;
}

/** What the request and demand forms need from `<service-list>`. */
export interface ServiceFormHost extends ReactiveControllerHost, EventTarget {
  readonly shadowRoot: ShadowRoot | null;
  /** The services group, through `validatingGroups()`. */
  servicesApi(): ServicesApi;
  /** The areas group, when the adapter has one. */
  areasApi(): AreasApi | undefined;
  viewContext(): ViewContext;
  errorMessage(error: AdapterError): string;
  /** Says the submit went through (announces it). */
  submitted(receipt: RequestReceipt): void;
}

/** The frame of a service-list form: what varies between the request and the demand form. */
export interface ServiceFormParts {
  /** Prefix of its ids (`rq`, `dm`): the title is `${prefix}-title`. */
  prefix: string;
  part: string;
  title: string;
  intro: string;
  submitLabel: string;
  fields: unknown;
  onSubmit: () => void;
  onBack: () => void;
}

/**
 * A form with its title, intro, "restored" note, error summary, the "not sent, everything is kept, send
 * again" box (focused after a failure), its fields, and a submit button that stays focusable while sending.
 */
export function renderServiceForm(host: ServiceFormHost, form: FormView, p: ServiceFormParts) {
  const { t } = host.viewContext();
  const failure = form.failure;
  return html`<form class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), p.onSubmit())} part=${p.part} aria-labelledby="${p.prefix}-title">
    <h3 id="${p.prefix}-title" tabindex="-1" class="form-title">${p.title}</h3>
    <p class="hint">${p.intro}</p>
    ${form.restored ? html`<p class="status-text muted">${t('sl.form.restored')}</p>` : nothing} ${form.renderSummary(t('sl.form.errorsTitle'))}
    ${failure
      ? failureBox({
          class: 'submit-failure',
          part: 'submit-error',
          title: host.errorMessage(failure),
          text: t('sl.form.failed'),
          actions: html`<button type="button" class="button" @click=${p.onSubmit}>${t('sl.form.retry')}</button>`,
        })
      : nothing}
    ${p.fields}
    <div class="actions">
      ${submitButton({ label: p.submitLabel, busyLabel: t('sl.form.submitting'), busy: form.submitting })}
      <button type="button" class="button secondary" @click=${p.onBack}>${t('sl.form.back')}</button>
    </div>
  </form>`;
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
