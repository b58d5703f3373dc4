import { html, nothing, type ReactiveController } from 'lit';
import type { AdapterError } from '../../adapters/errors.js';
import { toAdapterError } from '../../adapters/errors.js';
import { DraftController } from '../../controllers/draft-controller.js';
import type { Area } from '../../domain/areas.js';
import { fieldErrorsFrom, hasErrors, type FieldErrors } from '../../domain/field-errors.js';
import { AVAILABILITY, JoinRequest, SKILLS, type Availability, type JoinReceipt, type Skill } from '../../domain/volunteers.js';
import { emit } from '../shared/events.js';
import { renderErrorSummary, showErrorSummary } from '../shared/error-summary.js';
import { renderChecks, renderInput, renderSelect, summaryErrors, type FieldSpec } from './form-bits.js';
import { AVAILABILITY_KEYS, SKILL_KEYS } from './messages.js';
import type { RosterContext } from './roster-context.js';

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
const FIELDS: FieldSpec[] = [
  { path: 'name', id: 'join-name', label: 'vr.f.name' },
  { path: 'phone', id: 'join-phone', label: 'vr.f.phone' },
  { path: 'idNumber', id: 'join-id', label: 'vr.f.idNumber' },
  { path: 'teamId', id: 'join-team', label: 'vr.f.team' },
  { path: 'communityId', id: 'join-community', label: 'vr.f.community' },
  { path: 'skills', id: 'join-skills', label: 'vr.f.skills' },
  { path: 'availability', id: 'join-availability', label: 'vr.f.availability' },
  { path: 'partyMember', id: 'join-party-yes', label: 'vr.f.partyMember' },
];
const field = (path: string) => FIELDS.find((f) => f.path === path)!;

/**
 * Join a team / report in to one's community. The draft survives a reload (DraftController)
 * and carries one idempotency key, so a retried submit never registers a person twice.
 * Validation is the domain's `JoinRequest` schema, on the client and again on the server.
 */
export class JoinForm implements ReactiveController {
  private readonly draft: DraftController<JoinDraft>;
  private errors: FieldErrors = {};
  private failure?: AdapterError;
  private submitting = false;
  private receipt?: JoinReceipt;
  private areaLists: Record<'districts' | 'streets' | 'communities', Area[]> = { districts: [], streets: [], communities: [] };

  constructor(private readonly ctx: RosterContext) {
    ctx.host.addController(this);
    this.draft = new DraftController<JoinDraft>(ctx.host, { key: 'volunteer-roster:join', initial });
  }

  hostConnected(): void {}

  /** Loads the district list, and the streets and communities of a restored draft. */
  async open(): Promise<void> {
    const areas = this.ctx.api().areas;
    if (!areas) return;
    try {
      const [root] = await areas.roots();
      if (root) this.areaLists.districts = (await areas.children(root.id, { limit: 200 })).items;
      const d = this.draft.value;
      if (d.district) this.areaLists.streets = (await areas.children(d.district, { limit: 200 })).items;
      if (d.street) this.areaLists.communities = (await areas.children(d.street, { limit: 200 })).items;
    } catch (e) {
      this.failure = toAdapterError(e);
    }
    this.ctx.host.requestUpdate();
  }

  private async pickArea(level: 'district' | 'street', id: string) {
    const patch: Partial<JoinDraft> =
      level === 'district' ? { district: id, street: '', communityId: '' } : { street: id, communityId: '' };
    this.draft.update(patch);
    const list = level === 'district' ? 'streets' : 'communities';
    if (level === 'district') this.areaLists.communities = [];
    this.failure = undefined;
    try {
      this.areaLists[list] = id ? (await this.ctx.api().areas!.children(id, { limit: 200 })).items : [];
    } catch (e) {
      // Shown with a retry; never an unhandled rejection on the portal's page.
      this.areaLists[list] = [];
      this.failure = toAdapterError(e);
    }
    this.ctx.host.requestUpdate();
  }

  private request(): Record<string, unknown> {
    const d = this.draft.value;
    return {
      name: d.name,
      phone: d.phone.replace(/[\s-]/g, ''),
      idNumber: d.idNumber.trim() ? d.idNumber.trim() : undefined,
      teamId: d.teamId || undefined,
      communityId: d.communityId,
      skills: d.skills,
      availability: d.availability,
      partyMember: d.partyMember === '' ? undefined : d.partyMember === 'yes',
      idempotencyKey: this.draft.idempotencyKey,
    };
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.submitting) return;
    const request = this.request();
    this.errors = fieldErrorsFrom(JoinRequest, request);
    this.failure = undefined;
    if (hasErrors(this.errors)) return this.showErrors();
    this.submitting = true;
    this.ctx.host.requestUpdate();
    try {
      const receipt = await this.ctx.api().volunteers!.join(request as JoinRequest);
      this.receipt = receipt;
      this.draft.clear();
      emit<VolunteerJoinedDetail>(this.ctx.host, 'gr-volunteer-joined', {
        referenceNumber: receipt.referenceNumber,
        volunteerId: receipt.volunteer.id,
        teamId: (request.teamId as string | undefined) ?? null,
        communityId: receipt.volunteer.areaId,
      });
      this.ctx.announce(this.ctx.t('vr.joinedRef', { ref: receipt.referenceNumber }));
      await this.ctx.host.updateComplete;
      this.ctx.host.shadowRoot?.querySelector<HTMLElement>('#join-done')?.focus();
    } catch (e) {
      const error = toAdapterError(e);
      if (error.code === 'validation' && error.fieldErrors) {
        this.errors = error.fieldErrors;
        await this.showErrors();
      } else {
        // The draft and its idempotency key are kept, so "Try again" is the same request.
        this.failure = error;
      }
    } finally {
      this.submitting = false;
      this.ctx.host.requestUpdate();
    }
  }

  private showErrors() {
    return showErrorSummary(this.ctx.host);
  }

  /** Starts a new, empty report-in after a confirmation. */
  reset(): void {
    this.receipt = undefined;
    this.errors = {};
    this.failure = undefined;
    this.ctx.host.requestUpdate();
  }

  render(back: () => void) {
    const { t } = this.ctx;
    if (this.receipt) {
      return html`<div class="status success confirmation" part="join-confirmation">
        <h3 id="join-done" tabindex="-1" class="status-title">${t('vr.joined')}</h3>
        <p class="status-text reference">${t('vr.joinedRef', { ref: this.receipt.referenceNumber })}</p>
        <p class="status-text">${t('vr.joinedNext')}</p>
        <div class="actions">
          <button type="button" class="button" @click=${back}>${t('vr.backToList')}</button>
          <button type="button" class="button secondary" @click=${() => this.reset()}>${t('vr.joinAnother')}</button>
        </div>
      </div>`;
    }
    const d = this.draft.value;
    const e = this.errors;
    const set = (patch: Partial<JoinDraft>) => this.draft.update(patch);
    const pick = (list: Area[]) => [{ value: '', label: t('vr.f.communityPick') }, ...list.map((a) => ({ value: a.id, label: a.name }))];
    const partyError = e.partyMember;
    return html`<form class="form" part="join-form" novalidate @submit=${(e: Event) => this.submit(e)}>
      <h3 id="join-heading" tabindex="-1">${t('vr.joinTitle')}</h3>
      <p class="hint">${t('vr.joinIntro')}</p>
      ${this.draft.restored ? html`<p class="status">${t('vr.draftRestored')}</p>` : nothing}
      ${renderErrorSummary(t('vr.errorSummary'), summaryErrors(this.ctx, FIELDS, e), this.ctx.host.shadowRoot)}
      ${this.failure ? html`<div class="status error" role="alert"><p class="status-text">${this.ctx.errorText(this.failure)}</p></div>` : nothing}
      ${renderInput(this.ctx, field('name'), e, d.name, (name) => set({ name }), { autocomplete: 'name' })}
      ${renderInput(this.ctx, field('phone'), e, d.phone, (phone) => set({ phone }), {
        type: 'tel',
        inputmode: 'numeric',
        autocomplete: 'tel',
        hint: t('vr.f.phoneHint'),
      })}
      ${renderInput(this.ctx, field('idNumber'), e, d.idNumber, (idNumber) => set({ idNumber }), { optional: true })}
      ${renderSelect(
        this.ctx,
        field('teamId'),
        e,
        d.teamId,
        [{ value: '', label: t('vr.f.teamNone') }, ...this.ctx.teams().map((team) => ({ value: team.id, label: team.name }))],
        (teamId) => set({ teamId }),
        { optional: true },
      )}
      <fieldset class="field community">
        <legend>${t('vr.f.community')}</legend>
        <span class="hint">${t('vr.f.communityHint')}</span>
        ${renderSelect(this.ctx, { path: '-', id: 'join-district', label: 'vr.district' }, {}, d.district, pick(this.areaLists.districts), (id) => void this.pickArea('district', id))}
        ${renderSelect(this.ctx, { path: '-', id: 'join-street', label: 'vr.street' }, {}, d.street, pick(this.areaLists.streets), (id) => void this.pickArea('street', id), {
          disabled: !d.district,
        })}
        ${renderSelect(this.ctx, field('communityId'), e, d.communityId, pick(this.areaLists.communities), (communityId) => set({ communityId }), {
          disabled: !d.street,
          labelText: t('vr.f.community'),
        })}
      </fieldset>
      ${renderChecks(this.ctx, field('skills'), e, SKILLS, SKILL_KEYS, d.skills, (skills) => set({ skills }))}
      ${renderChecks(this.ctx, field('availability'), e, AVAILABILITY, AVAILABILITY_KEYS, d.availability, (availability) => set({ availability }), t('vr.f.availabilityHint'))}
      <div class="field ${partyError ? 'has-error' : ''}">
        <fieldset aria-describedby=${partyError ? 'join-party-error' : nothing}>
          <legend>${t('vr.f.partyMember')}</legend>
          ${partyError
            ? html`<span class="field-error" id="join-party-error"
                ><span class="visually-hidden">${t('a11y.errorPrefix')}</span>${summaryErrors(this.ctx, [field('partyMember')], e)[0]?.message}</span
              >`
            : nothing}
          ${(['yes', 'no'] as const).map(
            (value) => html`<label class="choice"
              ><input
                type="radio"
                name="join-party"
                id=${`join-party-${value}`}
                .checked=${d.partyMember === value}
                @change=${() => set({ partyMember: value })}
              />${t(value === 'yes' ? 'vr.yes' : 'vr.no')}</label
            >`,
          )}
        </fieldset>
      </div>
      <div class="actions">
        <button type="submit" class="button" ?disabled=${this.submitting}>${this.submitting ? t('vr.submitting') : t('vr.submitJoin')}</button>
        <button type="button" class="button secondary" @click=${back}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }
}
