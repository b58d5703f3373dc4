import { html, nothing } from 'lit';
import { cityDate } from '../../domain/city-clock.js';
import { validateHourLog } from '../../domain/volunteer-validation.js';
import type { HourLog, HourLogInput, Volunteer } from '../../domain/volunteers.js';
import { dateTimeField, numberField, submitButton, textField, type FormController } from '../../forms/index.js';
import { emit } from '../shared/events.js';
import { rosterForm, rosterFormFailure, type RosterContext, type RosterField } from './roster-context.js';

/** `detail` of `gr-hours-logged`. */
export interface HoursLoggedDetail {
  volunteerId: string;
  log: HourLog;
}

interface HoursValues {
  date: string;
  hours: string;
  activity: string;
}

const FIELDS: readonly RosterField[] = [
  ['date', 'hours-date', 'vr.f.date'],
  ['hours', 'hours-hours', 'vr.f.hours'],
  ['activity', 'hours-activity', 'vr.f.activity'],
];

function toInput(volunteerId: string, v: HoursValues, idempotencyKey: string) {
  return { volunteerId, date: v.date, hours: v.hours.trim() === '' ? undefined : Number(v.hours), activity: v.activity, idempotencyKey };
}

/**
 * Log service hours for one volunteer (needs `volunteer:log-hours`; the element shows the form
 * only then, and the backend refuses otherwise). One idempotency key per attempt: kept on a
 * failed submit so "try again" cannot log the hours twice, renewed after success or an edit.
 */
export class HoursForm {
  private readonly form: FormController<HoursValues, HourLog>;
  private volunteer?: Volunteer;

  constructor(private readonly ctx: RosterContext) {
    this.form = rosterForm<HoursValues, HourLog>(ctx, FIELDS, {
      initial: () => ({ date: cityDate(), hours: '', activity: '' }),
      keyPrefix: 'hours',
      validate: (v) => validateHourLog(toInput(this.volunteer?.id ?? '', v, this.form.idempotencyKey), cityDate()),
    });
  }

  /** A fresh form for another volunteer. */
  reset(): void {
    this.form.clear();
  }

  private async submit(event: Event, volunteer: Volunteer) {
    event.preventDefault();
    this.volunteer = volunteer;
    const date = this.form.values.date;
    const result = await this.form.submit((v, key) => this.ctx.api().volunteers.logHours(toInput(volunteer.id, v, key) as HourLogInput));
    if (result.status !== 'sent') return;
    // The next log is likely for the same day.
    this.form.update({ date });
    emit<HoursLoggedDetail>(this.ctx.host, 'gr-hours-logged', { volunteerId: volunteer.id, log: result.value });
    this.ctx.announce(this.done(volunteer, result.value));
  }

  private done(volunteer: Volunteer, log: HourLog): string {
    return this.ctx.t('vr.hoursLogged', { name: volunteer.name, hours: log.hours });
  }

  render(volunteer: Volunteer) {
    const { t } = this.ctx;
    const f = this.form;
    const v = f.values;
    const set = (patch: Partial<HoursValues>) => f.update(patch);
    return html`<form class="form hours" part="hours-form" novalidate @submit=${(ev: Event) => this.submit(ev, volunteer)}>
      <h4>${t('vr.logHours')}</h4>
      ${f.renderSummary(t('vr.errorSummary'))} ${rosterFormFailure(this.ctx, f)}
      ${f.receipt
        ? html`<div class="status success" part="hours-done"><p class="status-text">${this.done(volunteer, f.receipt)}</p></div>`
        : nothing}
      ${dateTimeField(t, { ...f.field('date'), type: 'date', label: t('vr.f.date'), value: v.date, max: cityDate(), onInput: (date) => set({ date }) })}
      ${numberField(t, { ...f.field('hours'), label: t('vr.f.hours'), hint: t('vr.f.hoursHint'), value: v.hours, onInput: (hours) => set({ hours }) })}
      ${textField(t, { ...f.field('activity'), label: t('vr.f.activity'), value: v.activity, onInput: (activity) => set({ activity }) })}
      <div class="actions">
        ${submitButton({ label: t('vr.submitHours'), busyLabel: t('vr.submitting'), busy: f.submitting, block: 'disabled' })}
      </div>
    </form>`;
  }
}
