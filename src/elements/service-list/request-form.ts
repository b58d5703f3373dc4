import { html } from 'lit';
import { LIMITS } from '../../domain/common.js';
import { fieldErrorsFrom } from '../../domain/field-errors.js';
import { ServiceRequestInput, type ListItem, type RequestReceipt } from '../../domain/services.js';
import { textareaField, textField, type FormController } from '../../forms/index.js';
import { emit } from '../shared/events.js';
import { phoneField, ServiceForm, type ServiceFormFields, type ServiceFormFrame, type ServiceFormHost } from './service-form.js';
import type { ViewContext } from './view.js';

const FRAME: ServiceFormFrame = { prefix: 'rq', part: 'request-form', intro: 'sl.request.intro', submit: 'common.submit', done: 'sl.request.done', doneText: 'sl.request.doneText' };

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
const FIELDS: ServiceFormFields = [
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
export class RequestForm extends ServiceForm<RequestDraft> {
  protected readonly frame = FRAME;

  constructor(host: ServiceFormHost, key: string) {
    const initial = () => ({ itemId: '', name: '', phone: '', preferredTime: '', notes: '' });
    super(host, key, initial, FIELDS, (v, idempotencyKey) => fieldErrorsFrom(ServiceRequestInput, toInput(v, idempotencyKey)));
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

  protected send(v: RequestDraft, idempotencyKey: string, locale: string): Promise<RequestReceipt> {
    return this.host.api().services.request(toInput(v, idempotencyKey), { locale });
  }

  protected done(receipt: RequestReceipt): void {
    emit<ServiceRequestedDetail>(this.host.host, 'gr-service-requested', { itemId: receipt.itemId, referenceNumber: receipt.referenceNumber });
  }

  render(item: ListItem | undefined, onBack: () => void) {
    return this.renderForm(this.host.t('sl.request.title', { name: item?.name ?? '' }), onBack);
  }

  protected renderFields(view: ViewContext, f: FormController<RequestDraft, RequestReceipt>) {
    const { t } = view;
    const v = f.values;
    const set = (patch: Partial<RequestDraft>) => f.update(patch);
    return html`${textField(t, { ...f.field('name'), label: t('sl.form.name'), value: v.name, autocomplete: 'name', onInput: (name) => set({ name }) })}
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
        })}`;
  }
}
