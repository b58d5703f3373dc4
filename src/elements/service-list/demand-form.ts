import { html, nothing } from 'lit';
import type { AdapterError } from '../../adapters/errors.js';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { LIMITS } from '../../domain/common.js';
import { fieldErrorsFrom } from '../../domain/field-errors.js';
import { AUDIENCES, DemandInput, type Audience, type RequestReceipt } from '../../domain/services.js';
import { areaSelect, checkboxGroup, FormController, selectField, textareaField, textField, type FormField } from '../../forms/index.js';
import { emit } from '../shared/events.js';
import { AUDIENCE_KEYS, type ServiceListMessageKey } from './messages.js';
import type { TermTree } from './taxonomy-facet.js';
import { phoneField, renderConfirmation, renderServiceForm, type ServiceFormHost } from './view.js';

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

export interface DemandFormHost extends ServiceFormHost {
  /** The area a demand is posted to when there is no area choice (the `area` attribute, or the session's). */
  fixedArea(): string | null;
  termTree(): TermTree | undefined;
}

/** The fields in form order: request path, control id, label. */
const FIELDS: ReadonlyArray<readonly [path: string, id: string, label: ServiceListMessageKey]> = [
  ['name', 'dm-name', 'sl.demand.name'],
  ['description', 'dm-description', 'sl.demand.description'],
  ['areaId', 'dm-district', 'sl.demand.area'],
  ['termIds', 'dm-category', 'sl.demand.category'],
  ['audiences', `dm-audience-${AUDIENCES[0]}`, 'sl.demand.audiences'],
  ['contactName', 'dm-contact', 'sl.demand.contactName'],
  ['phone', 'dm-phone', 'sl.form.phone'],
];

const initial = (): DemandDraft => ({
  open: false,
  name: '',
  description: '',
  districtId: '',
  streetId: '',
  termId: '',
  audiences: [],
  contactName: '',
  phone: '',
});

/** Post a demand: title, description, area, category, audience, contact. */
export class DemandForm {
  readonly form: FormController<DemandDraft, RequestReceipt>;
  private readonly areas: AreaCascadeController;

  constructor(
    private readonly host: DemandFormHost,
    key: string,
  ) {
    const fields = (): FormField[] => FIELDS.map(([path, id, label]) => ({ path, id, label: host.viewContext().t(label) }));
    this.form = new FormController<DemandDraft, RequestReceipt>(host, {
      initial,
      draft: { key },
      fields,
      locale: () => host.viewContext().locale,
      fallback: (path) => ({ ...fields()[0]!, path }),
      validate: (v) => fieldErrorsFrom(DemandInput, this.input(v, this.form.idempotencyKey)),
      focus: { success: '.confirmation', failure: '.submit-failure' },
    });
    this.areas = new AreaCascadeController(host, { areas: () => host.areasApi(), locale: () => host.viewContext().locale });
  }

  private input(v: DemandDraft, idempotencyKey: string): DemandInput {
    return {
      name: v.name,
      description: v.description,
      areaId: this.host.fixedArea() ?? (v.streetId || v.districtId),
      termIds: v.termId ? [v.termId] : [],
      audiences: [...v.audiences],
      contactName: v.contactName,
      phone: v.phone.trim(),
      idempotencyKey,
    };
  }

  /** Forgets errors and the last outcome (the draft stays). */
  resetOutcome(): void {
    this.form.reset();
  }

  private async submit(): Promise<void> {
    const { locale } = this.host.viewContext();
    const result = await this.form.submit((v, key) => this.host.servicesApi().postDemand(this.input(v, key), { locale }));
    if (result.status !== 'sent') return;
    emit<DemandPostedDetail>(this.host, 'gr-demand-posted', { referenceNumber: result.value.referenceNumber });
    this.host.submitted(result.value);
  }

  private renderArea() {
    if (this.host.fixedArea() !== null) return nothing;
    const { t } = this.host.viewContext();
    const f = this.form;
    const v = f.values;
    const [districts, streets] = this.areas.levels([v.districtId]);
    const level = { placeholder: t('sl.demand.category.none'), loading: t('sl.area.loading'), errorText: (e: AdapterError) => this.host.errorMessage(e), retryLabel: t('common.retry') };
    return html`${areaSelect(t, {
      ...level,
      ...f.field('areaId'),
      label: t('sl.district'),
      list: districts,
      value: v.districtId,
      onChange: (districtId) => {
        f.update({ districtId, streetId: '' });
        this.areas.choose([districtId]);
      },
    })}
    ${v.districtId
      ? areaSelect(t, { ...level, id: 'dm-street', label: t('sl.street'), list: streets, value: v.streetId, onChange: (streetId) => f.update({ streetId }) })
      : nothing}`;
  }

  private renderCategory() {
    const { t } = this.host.viewContext();
    const tree = this.host.termTree();
    const f = this.form;
    return selectField(t, {
      ...f.field('termIds'),
      label: t('sl.demand.category'),
      optional: true,
      value: f.values.termId,
      options: [
        { value: '', label: t('sl.demand.category.none') },
        ...(tree?.roots ?? []).map((root) => ({
          label: root.name,
          options: (tree!.children.get(root.id) ?? []).map((kid) => ({ value: kid.id, label: kid.name })),
        })),
      ],
      onChange: (termId) => f.update({ termId }),
    });
  }

  render(onBack: () => void) {
    const view = this.host.viewContext();
    const { t } = view;
    const f = this.form;
    if (f.receipt) {
      return renderConfirmation(t('sl.demand.posted'), t('sl.demand.doneText', { reference: f.receipt.referenceNumber }), onBack, t('sl.form.back'));
    }
    const v = f.values;
    const set = (patch: Partial<DemandDraft>) => f.update(patch);
    return renderServiceForm(this.host, f, {
      prefix: 'dm',
      part: 'demand-form',
      title: t('sl.demand.title'),
      intro: t('sl.demand.intro'),
      submitLabel: t('sl.demand.post'),
      onSubmit: () => void this.submit(),
      onBack,
      fields: html`${textField(t, { ...f.field('name'), label: t('sl.demand.name'), value: v.name, counter: { max: 60 }, onInput: (name) => set({ name }) })}
        ${textareaField(t, {
          ...f.field('description'),
          label: t('sl.demand.description'),
          hint: t('sl.demand.description.hint'),
          value: v.description,
          counter: { max: LIMITS.description },
          onInput: (description) => set({ description }),
        })}
        ${this.renderArea()} ${this.renderCategory()}
        ${checkboxGroup(t, {
          ...f.field('audiences'),
          id: 'dm-audience',
          label: t('sl.demand.audiences'),
          optional: true,
          values: v.audiences,
          options: AUDIENCES.map((a) => ({ value: a, label: t(AUDIENCE_KEYS[a]), id: `dm-audience-${a}` })),
          onChange: (audiences) => set({ audiences: audiences as Audience[] }),
        })}
        ${textField(t, {
          ...f.field('contactName'),
          label: t('sl.demand.contactName'),
          hint: t('sl.demand.contactName.hint'),
          value: v.contactName,
          autocomplete: 'name',
          onInput: (contactName) => set({ contactName }),
        })}
        ${phoneField(view, f, v.phone, (phone) => set({ phone }))}`,
    });
  }
}
