import { html, nothing } from 'lit';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { fieldErrorsFrom } from '../../domain/field-errors.js';
import { AVAILABILITY, JoinRequest, SKILLS, type Availability, type JoinReceipt, type Skill } from '../../domain/volunteers.js';
import { areaCascadeSelects, checkboxGroup, radioGroup, selectField, submitButton, textField, levelPatch, type FormController } from '../../forms/index.js';
import { emit } from '../shared/events.js';
import { AVAILABILITY_KEYS, SKILL_KEYS, type RosterMessageKey } from './messages.js';
import { rosterAreaText, rosterForm, rosterFormFailure, type RosterContext, type RosterField } from './roster-context.js';

/** `detail` of `gr-volunteer-joined`. */
export interface VolunteerJoinedDetail {
  referenceNumber: string;
  volunteerId: string;
  teamId: string | null;
  communityId: string;
}

interface JoinDraft {
  name: string;
  phone: string;
  idNumber: string;
  teamId: string;
  district: string;
  street: string;
  communityId: string;
  skills: Skill[];
  availability: Availability[];
  partyMember: '' | 'yes' | 'no';
}

const initial = (): JoinDraft => ({
  name: '',
  phone: '',
  idNumber: '',
  teamId: '',
  district: '',
  street: '',
  communityId: '',
  skills: [],
  availability: [],
  partyMember: '',
});

/** Field order = the order of the error summary. */
const FIELDS: readonly RosterField[] = [
  ['name', 'join-name', 'vr.f.name'],
  ['phone', 'join-phone', 'vr.f.phone'],
  ['idNumber', 'join-id', 'vr.f.idNumber'],
  ['teamId', 'join-team', 'vr.f.team'],
  ['communityId', 'join-community', 'vr.f.community'],
  ['skills', 'join-skills', 'vr.f.skills'],
  ['availability', 'join-availability', 'vr.f.availability'],
  ['partyMember', 'join-party-yes', 'vr.f.partyMember'],
];

function toRequest(d: JoinDraft, idempotencyKey: string): Record<string, unknown> {
  return {
    name: d.name,
    phone: d.phone.replace(/[\s-]/g, ''),
    idNumber: d.idNumber.trim() ? d.idNumber.trim() : undefined,
    teamId: d.teamId || undefined,
    communityId: d.communityId,
    skills: d.skills,
    availability: d.availability,
    partyMember: d.partyMember === '' ? undefined : d.partyMember === 'yes',
    idempotencyKey,
  };
}

/**
 * Join a team / report in to one's community. The draft survives a reload and carries one
 * idempotency key, so a retried submit never registers a person twice. Validation is the
 * domain's `JoinRequest` schema, on the client and again on the server. The community is
 * chosen district → street → community through the area cascade.
 */
export class JoinForm {
  private readonly form: FormController<JoinDraft, JoinReceipt>;
  private readonly areas: AreaCascadeController;

  constructor(private readonly ctx: RosterContext) {
    this.form = rosterForm<JoinDraft, JoinReceipt>(ctx, FIELDS, {
      initial,
      draft: { key: 'volunteer-roster:join', controller: DraftController },
      validate: (d) => fieldErrorsFrom(JoinRequest, toRequest(d, this.form.idempotencyKey)),
      focus: { success: '#join-done' },
    });
    this.areas = new AreaCascadeController(ctx.host, { areas: () => ctx.api().areas, locale: () => ctx.locale });
  }

  private async submit(event: Event) {
    event.preventDefault();
    let teamId: string | null = null;
    const result = await this.form.submit((d, key) => {
      teamId = d.teamId || null;
      return this.ctx.api().volunteers.join(toRequest(d, key) as JoinRequest);
    });
    if (result.status !== 'sent') return;
    const receipt = result.value;
    emit<VolunteerJoinedDetail>(this.ctx.host, 'gr-volunteer-joined', {
      referenceNumber: receipt.referenceNumber,
      volunteerId: receipt.volunteer.id,
      teamId,
      communityId: receipt.volunteer.areaId,
    });
    this.ctx.announce(this.ctx.t('vr.joinedRef', { ref: receipt.referenceNumber }));
  }

  /** Starts a new, empty report-in after a confirmation. */
  reset(): void {
    this.form.reset();
  }

  private renderCommunity() {
    const { t } = this.ctx;
    const f = this.form;
    const d = f.values;
    return html`<fieldset class="field community">
      <legend>${t('vr.f.community')}</legend>
      <span class="hint">${t('vr.f.communityHint')}</span>
      ${areaCascadeSelects(t, this.areas, {
        ...rosterAreaText(this.ctx, t('vr.f.communityPick')),
        levels: [
          { id: 'join-district', label: t('vr.district') },
          { id: 'join-street', label: t('vr.street') },
          { ...f.field('communityId'), label: t('vr.f.community') },
        ],
        values: [d.district, d.street, d.communityId],
        unchosen: 'disabled',
        onChoose: (i, id) => f.update(levelPatch(['district', 'street', 'communityId'], i, id)),
      })}
    </fieldset>`;
  }

  /** Skills or availability: checkboxes side by side, in the order the domain lists them. */
  private renderChecks<K extends 'skills' | 'availability'>(path: K, all: readonly JoinDraft[K][number][], keys: Readonly<Record<JoinDraft[K][number], RosterMessageKey>>, hint?: string) {
    const { t } = this.ctx;
    return checkboxGroup(t, {
      ...this.form.field(path),
      label: t(path === 'skills' ? 'vr.f.skills' : 'vr.f.availability'),
      hint,
      inline: true,
      values: this.form.values[path],
      options: all.map((value) => ({ value, label: t(keys[value]) })),
      onChange: (values) => this.form.update({ [path]: values } as Partial<JoinDraft>),
    });
  }

  render(back: () => void) {
    const { t } = this.ctx;
    const f = this.form;
    if (f.receipt) {
      return html`<div class="status success confirmation" part="join-confirmation">
        <h3 id="join-done" tabindex="-1" class="status-title">${t('vr.joined')}</h3>
        <p class="status-text reference">${t('vr.joinedRef', { ref: f.receipt.referenceNumber })}</p>
        <p class="status-text">${t('vr.joinedNext')}</p>
        <div class="actions">
          <button type="button" class="button" @click=${back}>${t('vr.backToList')}</button>
          <button type="button" class="button secondary" @click=${() => this.reset()}>${t('vr.joinAnother')}</button>
        </div>
      </div>`;
    }
    const d = f.values;
    const set = (patch: Partial<JoinDraft>) => f.update(patch);
    return html`<form class="form" part="join-form" novalidate @submit=${(e: Event) => this.submit(e)}>
      <h3 id="join-heading" tabindex="-1">${t('vr.joinTitle')}</h3>
      <p class="hint">${t('vr.joinIntro')}</p>
      ${f.restored ? html`<p class="status">${t('vr.draftRestored')}</p>` : nothing} ${f.renderSummary(t('vr.errorSummary'))}
      ${rosterFormFailure(this.ctx, f)}
      ${textField(t, { ...f.field('name'), label: t('vr.f.name'), value: d.name, autocomplete: 'name', onInput: (name) => set({ name }) })}
      ${textField(t, {
        ...f.field('phone'),
        label: t('vr.f.phone'),
        hint: t('vr.f.phoneHint'),
        value: d.phone,
        type: 'tel',
        inputmode: 'numeric',
        autocomplete: 'tel',
        onInput: (phone) => set({ phone }),
      })}
      ${textField(t, { ...f.field('idNumber'), label: t('vr.f.idNumber'), optional: true, value: d.idNumber, onInput: (idNumber) => set({ idNumber }) })}
      ${selectField(t, {
        ...f.field('teamId'),
        label: t('vr.f.team'),
        optional: true,
        value: d.teamId,
        options: [{ value: '', label: t('vr.f.teamNone') }, ...this.ctx.teams().map((team) => ({ value: team.id, label: team.name }))],
        onChange: (teamId) => set({ teamId }),
      })}
      ${this.renderCommunity()}
      ${this.renderChecks('skills', SKILLS, SKILL_KEYS)}
      ${this.renderChecks('availability', AVAILABILITY, AVAILABILITY_KEYS, t('vr.f.availabilityHint'))}
      ${radioGroup(t, {
        ...f.field('partyMember'),
        id: 'join-party',
        label: t('vr.f.partyMember'),
        inline: true,
        value: d.partyMember || null,
        options: [
          { value: 'yes', label: t('vr.yes'), id: 'join-party-yes' },
          { value: 'no', label: t('vr.no'), id: 'join-party-no' },
        ],
        onChange: (value) => set({ partyMember: value as JoinDraft['partyMember'] }),
      })}
      <div class="actions">
        ${submitButton({ label: t('vr.submitJoin'), busyLabel: t('vr.submitting'), busy: f.submitting, block: 'disabled' })}
        <button type="button" class="button secondary" @click=${back}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }
}
