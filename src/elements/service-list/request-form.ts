import { html } from 'lit';
import { LIMITS } from '../../domain/common.js';
import { fieldErrorsFrom } from '../../domain/field-errors.js';
import { ServiceRequestInput, type ListItem, type RequestReceipt } from '../../domain/services.js';
import { FormController, textareaField, textField, type FormField } from '../../forms/index.js';
import { emit } from '../shared/events.js';
import type { ServiceListMessageKey } from './messages.js';
import { phoneField, renderConfirmation, renderServiceForm, type ServiceFormHost } from './view.js';

/** What the request form keeps in its draft; `itemId` says which item it is for. */
export interface RequestDraft {
  itemId: string;
  name: string;
  phone: string;
  preferredTime: string;
  notes: string;
}

/** Detail of `gr-service-requested`. */
export interface ServiceRequestedDetail {
  itemId: string;
  referenceNumber: string;
}

/** The fields in form order: path, control id, label. */
const FIELDS: ReadonlyArray<readonly [path: keyof RequestDraft, id: string, label: ServiceListMessageKey]> = [
  ['name', 'rq-name', 'sl.form.name'],
  ['phone', 'rq-phone', 'sl.form.phone'],
  ['preferredTime', 'rq-time', 'sl.form.preferredTime'],
  ['notes', 'rq-notes', 'sl.form.notes'],
];

const toInput = (v: RequestDraft, idempotencyKey: string): ServiceRequestInput => ({
  itemId: v.itemId,
  name: v.name,
  phone: v.phone.trim(),
  preferredTime: v.preferredTime,
  notes: v.notes,
  idempotencyKey,
});

/**
 * Request a service or a resource: who, phone, preferred time, notes. The draft survives a reload
 * and carries one idempotency key, so "send again" after a failure is the same request.
 */
export class RequestForm {
  readonly form: FormController<RequestDraft, RequestReceipt>;

  constructor(
    private readonly host: ServiceFormHost,
    key: string,
  ) {
    const fields = (): FormField[] => FIELDS.map(([path, id, label]) => ({ path, id, label: host.viewContext().t(label) }));
    this.form = new FormController<RequestDraft, RequestReceipt>(host, {
      initial: () => ({ itemId: '', name: '', phone: '', preferredTime: '', notes: '' }),
      draft: { key },
      fields,
      locale: () => host.viewContext().locale,
      // A backend's error on another path links to the first field.
      fallback: (path) => ({ ...fields()[0]!, path }),
      validate: (v) => fieldErrorsFrom(ServiceRequestInput, toInput(v, this.form.idempotencyKey)),
      focus: { success: '.confirmation', failure: '.submit-failure' },
    });
  }

  /**
   * Points the draft at an item. A draft for another item starts afresh with a new key (so it
   * can never replay the other request), keeping who and the phone number.
   */
  openFor(itemId: string): void {
    const { itemId: was, name, phone } = this.form.values;
    if (was !== itemId) {
      if (was) this.form.clear({ name, phone });
      this.form.update({ itemId });
      this.form.draft?.flush();
    }
    this.resetOutcome();
  }

  /** Forgets errors and the last outcome (the draft stays). */
  resetOutcome(): void {
    this.form.reset();
  }

  private async submit(): Promise<void> {
    const { locale } = this.host.viewContext();
    const result = await this.form.submit((v, key) => this.host.servicesApi().request(toInput(v, key), { locale }));
    if (result.status !== 'sent') return;
    emit<ServiceRequestedDetail>(this.host, 'gr-service-requested', { itemId: result.value.itemId, referenceNumber: result.value.referenceNumber });
    this.host.submitted(result.value);
  }

  render(item: ListItem | undefined, onBack: () => void) {
    const view = this.host.viewContext();
    const { t } = view;
    const f = this.form;
    if (f.receipt) {
      return renderConfirmation(t('sl.request.done'), t('sl.request.doneText', { reference: f.receipt.referenceNumber }), onBack, t('sl.form.back'));
    }
    const v = f.values;
    const set = (patch: Partial<RequestDraft>) => f.update(patch);
    return renderServiceForm(this.host, f, {
      prefix: 'rq',
      part: 'request-form',
      title: t('sl.request.title', { name: item?.name ?? '' }),
      intro: t('sl.request.intro'),
      submitLabel: t('common.submit'),
      onSubmit: () => void this.submit(),
      onBack,
      fields: html`${textField(t, { ...f.field('name'), label: t('sl.form.name'), value: v.name, autocomplete: 'name', onInput: (name) => set({ name }) })}
        ${phoneField(view, f, v.phone, (phone) => set({ phone }))}
        ${textField(t, {
          ...f.field('preferredTime'),
          label: t('sl.form.preferredTime'),
          hint: t('sl.form.preferredTime.hint'),
          value: v.preferredTime,
          onInput: (preferredTime) => set({ preferredTime }),
        })}
        ${textareaField(t, {
          ...f.field('notes'),
          label: t('sl.form.notes'),
          value: v.notes,
          optional: true,
          counter: { max: LIMITS.note },
          onInput: (notes) => set({ notes }),
        })}`,
    });
  }
}
