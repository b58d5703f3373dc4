import { html, nothing } from 'lit';
import { LIMITS } from '../../domain/common.js';
import { fieldErrorsFrom, type FieldErrors } from '../../domain/field-errors.js';
import { AUDIENCES, DemandInput, type Audience, type RequestReceipt } from '../../domain/services.js';
import { describedBy, renderFieldError } from '../shared/error-summary.js';
import { emit } from '../shared/events.js';
import type { AreaOptions } from './area-options.js';
import { DraftForm, renderConfirmation, renderField, type FormHost } from './form-base.js';
import { AUDIENCE_KEYS, type ServiceListMessageKey } from './messages.js';
import type { TermTree } from './taxonomy-facet.js';

/** What the demand form keeps in its draft; `open` reopens the form after a reload. */
export interface DemandDraft {
  open: boolean;
  name: string;
  description: string;
  districtId: string;
  streetId: string;
  termId: string;
  audiences: Audience[];
  contactName: string;
  phone: string;
}

/** Detail of `gr-demand-posted`. */
export interface DemandPostedDetail {
  referenceNumber: string;
}

export interface DemandFormHost extends FormHost {
  /** The area a demand is posted to when there is no area choice (the `area` attribute, or the session's). */
  fixedArea(): string | null;
  readonly areaOptions: AreaOptions;
  termTree(): TermTree | undefined;
}

const LABELS: Record<string, ServiceListMessageKey> = {
  name: 'sl.demand.name',
  description: 'sl.demand.description',
  areaId: 'sl.demand.area',
  termIds: 'sl.demand.category',
  audiences: 'sl.demand.audiences',
  contactName: 'sl.demand.contactName',
  phone: 'sl.form.phone',
};

/** Post a demand: title, description, area, category, audience, contact. */
export class DemandForm extends DraftForm<DemandDraft> {
  protected readonly fields = [
    ['name', 'dm-name'],
    ['description', 'dm-description'],
    ['areaId', 'dm-district'],
    ['termIds', 'dm-category'],
    ['audiences', `dm-audience-${AUDIENCES[0]}`],
    ['contactName', 'dm-contact'],
    ['phone', 'dm-phone'],
  ] as const;

  constructor(
    protected override readonly host: DemandFormHost,
    key: string,
  ) {
    super(host, key, () => ({
      open: false,
      name: '',
      description: '',
      districtId: '',
      streetId: '',
      termId: '',
      audiences: [],
      contactName: '',
      phone: '',
    }));
  }

  private input(): DemandInput {
    const v = this.draft.value;
    return {
      name: v.name,
      description: v.description,
      areaId: this.host.fixedArea() ?? (v.streetId || v.districtId),
      termIds: v.termId ? [v.termId] : [],
      audiences: [...v.audiences],
      contactName: v.contactName,
      phone: v.phone.trim(),
      idempotencyKey: this.draft.idempotencyKey,
    };
  }

  protected label(path: string): string {
    return this.host.viewContext().t(LABELS[path] ?? 'sl.demand.name');
  }

  protected check(): FieldErrors {
    return fieldErrorsFrom(DemandInput, this.input());
  }

  protected send(signal?: AbortSignal): Promise<RequestReceipt> {
    return this.host.servicesApi().postDemand(this.input(), { signal, locale: this.host.viewContext().locale });
  }

  protected done(receipt: RequestReceipt): void {
    emit<DemandPostedDetail>(this.host, 'gr-demand-posted', { referenceNumber: receipt.referenceNumber });
  }

  private renderArea() {
    const view = this.host.viewContext();
    const { t } = view;
    if (this.host.fixedArea() !== null) return nothing;
    const v = this.draft.value;
    const error = this.message('areaId');
    const districts = this.host.areaOptions.districts();
    const streets = this.host.areaOptions.streets(v.districtId);
    const select = (id: string, label: string, list: typeof districts, value: string, onChange: (id: string) => void, err?: string) =>
      html`<div class="field ${err ? 'has-error' : ''}">
        <label class="label" for=${id}>${label}</label>
        ${renderFieldError(`${id}-error`, err, t('a11y.errorPrefix'))}
        <select
          class="select"
          id=${id}
          aria-invalid=${err ? 'true' : 'false'}
          aria-describedby=${describedBy(err && `${id}-error`)}
          @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${value === ''}>${list ? t('sl.demand.category.none') : t('sl.area.loading')}</option>
          ${(list ?? []).map((a) => html`<option value=${a.id} ?selected=${a.id === value}>${a.name}</option>`)}
        </select>
      </div>`;
    return html`${select('dm-district', t('sl.district'), districts, v.districtId, (districtId) => this.draft.update({ districtId, streetId: '' }), error)}
    ${v.districtId ? select('dm-street', t('sl.street'), streets, v.streetId, (streetId) => this.draft.update({ streetId })) : nothing}`;
  }

  private renderCategory() {
    const { t } = this.host.viewContext();
    const tree = this.host.termTree();
    const error = this.message('termIds');
    const v = this.draft.value;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label class="label" for="dm-category">${t('sl.demand.category')} <span class="muted">${t('field.optional')}</span></label>
      ${renderFieldError('dm-category-error', error, t('a11y.errorPrefix'))}
      <select
        class="select"
        id="dm-category"
        aria-describedby=${describedBy(error && 'dm-category-error')}
        @change=${(e: Event) => this.draft.update({ termId: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${v.termId === ''}>${t('sl.demand.category.none')}</option>
        ${(tree?.roots ?? []).map(
          (root) => html`<optgroup label=${root.name}>
            ${(tree!.children.get(root.id) ?? []).map((kid) => html`<option value=${kid.id} ?selected=${v.termId === kid.id}>${kid.name}</option>`)}
          </optgroup>`,
        )}
      </select>
    </div>`;
  }

  private renderAudiences() {
    const { t } = this.host.viewContext();
    const chosen = new Set(this.draft.value.audiences);
    const toggle = (a: Audience, on: boolean) =>
      this.draft.update({ audiences: AUDIENCES.filter((x) => (x === a ? on : chosen.has(x))) });
    return html`<fieldset class="field">
      <legend>${t('sl.demand.audiences')} <span class="muted">${t('field.optional')}</span></legend>
      ${AUDIENCES.map(
        (a) => html`<label class="choice" for=${`dm-audience-${a}`}>
          <input
            type="checkbox"
            id=${`dm-audience-${a}`}
            .checked=${chosen.has(a)}
            @change=${(e: Event) => toggle(a, (e.target as HTMLInputElement).checked)}
          />
          <span>${t(AUDIENCE_KEYS[a])}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  render(onBack: () => void) {
    const view = this.host.viewContext();
    const { t } = view;
    const v = this.draft.value;
    if (this.receipt) {
      return renderConfirmation(t('sl.demand.posted'), t('sl.demand.doneText', { reference: this.receipt.referenceNumber }), onBack, t('sl.form.back'));
    }
    const set = (patch: Partial<DemandDraft>) => this.draft.update(patch);
    return html`<form class="form" novalidate @submit=${this.onSubmit} part="demand-form" aria-labelledby="dm-title">
      <h3 id="dm-title" tabindex="-1" class="form-title">${t('sl.demand.title')}</h3>
      <p class="hint">${t('sl.demand.intro')}</p>
      ${this.draft.restored ? html`<p class="status-text muted">${t('sl.form.restored')}</p>` : nothing} ${this.renderSummary()}
      ${this.renderFailure()}
      ${renderField({ id: 'dm-name', label: t('sl.demand.name'), value: v.name, error: this.message('name'), max: 60, onInput: (name) => set({ name }) }, view)}
      ${renderField(
        {
          id: 'dm-description',
          label: t('sl.demand.description'),
          hint: t('sl.demand.description.hint'),
          value: v.description,
          error: this.message('description'),
          multiline: true,
          max: LIMITS.description,
          onInput: (description) => set({ description }),
        },
        view,
      )}
      ${this.renderArea()} ${this.renderCategory()} ${this.renderAudiences()}
      ${renderField(
        {
          id: 'dm-contact',
          label: t('sl.demand.contactName'),
          hint: t('sl.demand.contactName.hint'),
          value: v.contactName,
          error: this.message('contactName'),
          autocomplete: 'name',
          onInput: (contactName) => set({ contactName }),
        },
        view,
      )}
      ${renderField(
        {
          id: 'dm-phone',
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
      <div class="actions">
        ${this.renderSubmit(t('sl.demand.post'))}
        <button type="button" class="button secondary" @click=${onBack}>${t('sl.form.back')}</button>
      </div>
    </form>`;
  }
}
