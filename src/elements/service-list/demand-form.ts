import { html, nothing } from 'lit';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { LIMITS } from '../../domain/common.js';
import { fieldErrorsFrom } from '../../domain/field-errors.js';
import { AUDIENCES, DemandInput, type Audience, type RequestReceipt } from '../../domain/services.js';
import { areaCascadeSelects, checkboxGroup, levelPatch, selectField, textareaField, textField, type FormController } from '../../forms/index.js';
import { emit } from '../shared/events.js';
import { AUDIENCE_KEYS } from './messages.js';
import type { TermTree } from './taxonomy-facet.js';
import { areaText, phoneField, ServiceForm, type ServiceFormFields, type ServiceFormFrame, type ServiceFormHost } from './service-form.js';
import type { ViewContext } from './view.js';

const FRAME: ServiceFormFrame = { prefix: 'dm', part: 'demand-form', intro: 'sl.demand.intro', submit: 'sl.demand.post', done: 'sl.demand.posted', doneText: 'sl.demand.doneText' };

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
const FIELDS: ServiceFormFields = [
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
export class DemandForm extends ServiceForm<DemandDraft> {
  protected readonly frame = FRAME;
  private readonly areas: AreaCascadeController;

  constructor(
    protected override readonly host: DemandFormHost,
    key: string,
  ) {
    super(host, key, initial, FIELDS, (v, idempotencyKey) => fieldErrorsFrom(DemandInput, this.input(v, idempotencyKey)));
    this.areas = new AreaCascadeController(host.host, { areas: () => host.api().areas, locale: () => host.locale });
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

  protected send(v: DemandDraft, idempotencyKey: string, locale: string): Promise<RequestReceipt> {
    return this.host.api().services.postDemand(this.input(v, idempotencyKey), { locale });
  }

  protected done(receipt: RequestReceipt): void {
    emit<DemandPostedDetail>(this.host.host, 'gr-demand-posted', { referenceNumber: receipt.referenceNumber });
  }

  private renderArea() {
    if (this.host.fixedArea() !== null) return nothing;
    const { t } = this.host;
    const f = this.form;
    return areaCascadeSelects(t, this.areas, {
      ...areaText(this.host, t('sl.demand.category.none')),
      levels: [{ ...f.field('areaId'), label: t('sl.district') }, { id: 'dm-street', label: t('sl.street') }],
      values: [f.values.districtId, f.values.streetId],
      unchosen: 'hidden',
      onChoose: (i, id) => f.update(levelPatch(['districtId', 'streetId'], i, id)),
    });
  }

  private renderCategory() {
    const { t } = this.host;
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
    return this.renderForm(this.host.t('sl.demand.title'), onBack);
  }

  protected renderFields(view: ViewContext, f: FormController<DemandDraft, RequestReceipt>) {
    const { t } = view;
    const v = f.values;
    const set = (patch: Partial<DemandDraft>) => f.update(patch);
    return html`${textField(t, { ...f.field('name'), label: t('sl.demand.name'), value: v.name, counter: { max: 60 }, onInput: (name) => set({ name }) })}
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
        ${phoneField(view, f, v.phone, (phone) => set({ phone }))}`;
  }
}
