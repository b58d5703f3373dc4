import { html, nothing } from 'lit';
import { LIMITS } from '../../domain/common.js';
import { fieldErrorsFrom, type FieldErrors } from '../../domain/field-errors.js';
import { ServiceRequestInput, type ListItem, type RequestReceipt } from '../../domain/services.js';
import { emit } from '../shared/events.js';
import { DraftForm, renderConfirmation, renderField, type FormHost } from './form-base.js';
import type { ServiceListMessageKey } from './messages.js';

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

const LABELS: Record<string, ServiceListMessageKey> = {
  name: 'sl.form.name',
  phone: 'sl.form.phone',
  preferredTime: 'sl.form.preferredTime',
  notes: 'sl.form.notes',
};

/** Request a service or a resource: who, phone, preferred time, notes. */
export class RequestForm extends DraftForm<RequestDraft> {
  protected readonly fields = [
    ['name', 'rq-name'],
    ['phone', 'rq-phone'],
    ['preferredTime', 'rq-time'],
    ['notes', 'rq-notes'],
  ] as const;

  constructor(host: FormHost, key: string) {
    super(host, key, () => ({ itemId: '', name: '', phone: '', preferredTime: '', notes: '' }));
  }

  /**
   * Points the draft at an item. A draft for another item starts afresh with a new key (so it
   * can never replay the other request), keeping who and the phone number.
   */
  openFor(itemId: string): void {
    const value = this.draft.value;
    if (value.itemId !== itemId) {
      if (value.itemId) {
        const { name, phone } = value;
        this.draft.clear();
        this.draft.update({ name, phone });
      }
      this.draft.update({ itemId });
      this.draft.flush();
    }
    this.resetOutcome();
  }

  private input(): ServiceRequestInput {
    const v = this.draft.value;
    return {
      itemId: v.itemId,
      name: v.name,
      phone: v.phone.trim(),
      preferredTime: v.preferredTime,
      notes: v.notes,
      idempotencyKey: this.draft.idempotencyKey,
    };
  }

  protected label(path: string): string {
    return this.host.viewContext().t(LABELS[path] ?? 'sl.form.name');
  }

  protected check(): FieldErrors {
    return fieldErrorsFrom(ServiceRequestInput, this.input());
  }

  protected send(signal?: AbortSignal): Promise<RequestReceipt> {
    return this.host.servicesApi().request(this.input(), { signal, locale: this.host.viewContext().locale });
  }

  protected done(receipt: RequestReceipt): void {
    emit<ServiceRequestedDetail>(this.host, 'gr-service-requested', {
      itemId: receipt.itemId,
      referenceNumber: receipt.referenceNumber,
    });
  }

  render(item: ListItem | undefined, onBack: () => void) {
    const view = this.host.viewContext();
    const { t } = view;
    const v = this.draft.value;
    const name = item?.name ?? '';
    if (this.receipt) {
      return renderConfirmation(
        t('sl.request.done'),
        t('sl.request.doneText', { reference: this.receipt.referenceNumber }),
        onBack,
        t('sl.form.back'),
      );
    }
    const set = (patch: Partial<RequestDraft>) => this.draft.update(patch);
    return html`<form class="form" novalidate @submit=${this.onSubmit} part="request-form" aria-labelledby="rq-title">
      <h3 id="rq-title" tabindex="-1" class="form-title">${t('sl.request.title', { name })}</h3>
      <p class="hint">${t('sl.request.intro')}</p>
      ${this.draft.restored ? html`<p class="status-text muted">${t('sl.form.restored')}</p>` : nothing} ${this.renderSummary()}
      ${this.renderFailure()}
      ${renderField(
        { id: 'rq-name', label: t('sl.form.name'), value: v.name, error: this.message('name'), autocomplete: 'name', onInput: (name) => set({ name }) },
        view,
      )}
      ${renderField(
        {
          id: 'rq-phone',
          label: t('sl.form.phone'),
          hint: t('sl.form.phone.hint'),
          value: v.phone,
          error: this.message('phone'),
          type: 'tel',
          autocomplete: 'tel',
          inputmode: 'numeric',
          onInput: (phone) => set({ phone }),
        },
        view,
      )}
      ${renderField(
        {
          id: 'rq-time',
          label: t('sl.form.preferredTime'),
          hint: t('sl.form.preferredTime.hint'),
          value: v.preferredTime,
          error: this.message('preferredTime'),
          onInput: (preferredTime) => set({ preferredTime }),
        },
        view,
      )}
      ${renderField(
        {
          id: 'rq-notes',
          label: t('sl.form.notes'),
          value: v.notes,
          error: this.message('notes'),
          multiline: true,
          optional: true,
          max: LIMITS.note,
          onInput: (notes) => set({ notes }),
        },
        view,
      )}
      <div class="actions">
        ${this.renderSubmit(t('common.submit'))}
        <button type="button" class="button secondary" @click=${onBack}>${t('sl.form.back')}</button>
      </div>
    </form>`;
  }
}
