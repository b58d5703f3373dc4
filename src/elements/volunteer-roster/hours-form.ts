import { html, nothing, type ReactiveController } from 'lit';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { cityDate } from '../../domain/city-clock.js';
import { hasErrors, type FieldErrors } from '../../domain/field-errors.js';
import { newIdempotencyKey } from '../../domain/ids.js';
import { validateHourLog } from '../../domain/volunteer-validation.js';
import type { HourLog, HourLogInput, Volunteer } from '../../domain/volunteers.js';
import { emit } from '../shared/events.js';
import { renderErrorSummary, showErrorSummary } from '../shared/error-summary.js';
import { renderInput, summaryErrors, type FieldSpec } from './form-bits.js';
import type { RosterContext } from './roster-context.js';

/** `detail` of `gr-hours-logged`. */
export interface HoursLoggedDetail {
  volunteerId: string;
  log: HourLog;
}

const FIELDS: FieldSpec[] = [
  { path: 'date', id: 'hours-date', label: 'vr.f.date' },
  { path: 'hours', id: 'hours-hours', label: 'vr.f.hours' },
  { path: 'activity', id: 'hours-activity', label: 'vr.f.activity' },
];


/**
 * Log service hours for one volunteer (needs `volunteer:log-hours`; the element shows the form
 * only then, and the backend refuses otherwise). One idempotency key per attempt: kept on a
 * failed submit so "try again" cannot log the hours twice, renewed after success.
 */
export class HoursForm implements ReactiveController {
  private value = { date: cityDate(), hours: '', activity: '' };
  private errors: FieldErrors = {};
  private failure?: AdapterError;
  private submitting = false;
  private done = '';
  private key = newIdempotencyKey('hours');

  constructor(private readonly ctx: RosterContext) {
    ctx.host.addController(this);
  }

  hostConnected(): void {}

  /** A fresh form for another volunteer. */
  reset(): void {
    this.value = { date: cityDate(), hours: '', activity: '' };
    this.errors = {};
    this.failure = undefined;
    this.done = '';
    this.key = newIdempotencyKey('hours');
  }

  private async submit(event: Event, volunteer: Volunteer) {
    event.preventDefault();
    if (this.submitting) return;
    const v = this.value;
    const input = {
      volunteerId: volunteer.id,
      date: v.date,
      hours: v.hours.trim() === '' ? undefined : Number(v.hours),
      activity: v.activity,
      idempotencyKey: this.key,
    };
    this.errors = validateHourLog(input, cityDate());
    this.failure = undefined;
    this.done = '';
    if (hasErrors(this.errors)) return this.showErrors();
    this.submitting = true;
    this.ctx.host.requestUpdate();
    try {
      const log = await this.ctx.api().volunteers!.logHours(input as HourLogInput);
      this.done = this.ctx.t('vr.hoursLogged', { name: volunteer.name, hours: log.hours });
      this.value = { date: v.date, hours: '', activity: '' };
      this.key = newIdempotencyKey('hours');
      emit<HoursLoggedDetail>(this.ctx.host, 'gr-hours-logged', { volunteerId: volunteer.id, log });
      this.ctx.announce(this.done);
    } catch (e) {
      const error = toAdapterError(e);
      if (error.code === 'validation' && error.fieldErrors) {
        this.errors = error.fieldErrors;
        await this.showErrors();
      } else this.failure = error;
    } finally {
      this.submitting = false;
      this.ctx.host.requestUpdate();
    }
  }

  private showErrors() {
    return showErrorSummary(this.ctx.host);
  }

  render(volunteer: Volunteer) {
    const { t } = this.ctx;
    const e = this.errors;
    const set = (patch: Partial<typeof this.value>) => {
      this.value = { ...this.value, ...patch };
      this.ctx.host.requestUpdate();
    };
    const [date, hours, activity] = FIELDS as [FieldSpec, FieldSpec, FieldSpec];
    return html`<form class="form hours" part="hours-form" novalidate @submit=${(ev: Event) => this.submit(ev, volunteer)}>
      <h4>${t('vr.logHours')}</h4>
      ${renderErrorSummary(t('vr.errorSummary'), summaryErrors(this.ctx, FIELDS, e), this.ctx.host.shadowRoot)}
      ${this.failure ? html`<div class="status error" role="alert"><p class="status-text">${this.ctx.errorText(this.failure)}</p></div>` : nothing}
      ${this.done ? html`<div class="status success" part="hours-done"><p class="status-text">${this.done}</p></div>` : nothing}
      ${renderInput(this.ctx, date, e, this.value.date, (value) => set({ date: value }), { type: 'date', max: cityDate() })}
      ${renderInput(this.ctx, hours, e, this.value.hours, (value) => set({ hours: value }), {
        inputmode: 'decimal',
        hint: t('vr.f.hoursHint'),
      })}
      ${renderInput(this.ctx, activity, e, this.value.activity, (value) => set({ activity: value }))}
      <div class="actions">
        <button type="submit" class="button" ?disabled=${this.submitting}>${this.submitting ? t('vr.submitting') : t('vr.submitHours')}</button>
      </div>
    </form>`;
  }
}
