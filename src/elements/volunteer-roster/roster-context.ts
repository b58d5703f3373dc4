import type { Team, Volunteer } from '../../domain/volunteers.js';
import { failureBox, FormController, type AreaChooserText, type FormOptions, type FormView } from '../../forms/index.js';
import type { WidgetHost } from '../shared/widget-host.js';
import { AVAILABILITY_KEYS, SKILL_KEYS, type RosterMessageKey } from './messages.js';
import type { RosterApi } from './volunteer-roster.js';

/**
 * What the roster's parts (grid, forms, export) need from the element, so they stay small
 * and do not reach into its protected members: the widget host and the teams.
 */
export interface RosterContext extends WidgetHost<RosterMessageKey, RosterApi> {
  teams(): readonly Team[];
}

/** A field of a roster form: request path, control id, label. */
export type RosterField = readonly [path: string, id: string, label: RosterMessageKey];

/** A roster form on the form layer: its fields' words and the widget's locale come from the context. */
export function rosterForm<T extends object, R>(
  ctx: RosterContext,
  fields: readonly RosterField[],
  options: Omit<FormOptions<T>, 'fields' | 'locale'>,
): FormController<T, R> {
  return new FormController<T, R>(ctx.host, {
    ...options,
    fields: () => fields.map(([path, id, label]) => ({ path, id, label: ctx.t(label) })),
    locale: () => ctx.locale,
  });
}

/** Why the last send failed; everything typed is kept, and sending again is the same request. */
export function rosterFormFailure(ctx: RosterContext, form: FormView) {
  return form.failure ? failureBox({ text: ctx.errorText(form.failure) }) : '';
}

/** The shared words of the roster's area selects, with the first option's text. */
export function rosterAreaText(ctx: RosterContext, placeholder: string): AreaChooserText {
  return { placeholder, loading: ctx.t('common.loading'), errorText: (e) => ctx.errorText(e), retryLabel: ctx.t('common.retry') };
}

/** The words a person sees for each column of a volunteer; the grid, the details and the CSV share them. */
export interface VolunteerText {
  name: string;
  teams: string;
  skills: string;
  availability: string;
  area: string;
  hours: string;
  hoursTotal: string;
  party: string;
  phone: string;
  idNumber: string;
  joined: string;
}

const namesCache = new WeakMap<readonly Team[], Map<string, string>>();
function teamNames(teams: readonly Team[]): Map<string, string> {
  let names = namesCache.get(teams);
  if (!names) namesCache.set(teams, (names = new Map(teams.map((team) => [team.id, team.name]))));
  return names;
}

/** Display text for one volunteer (masked values stay masked: they are what the backend sent). */
export function volunteerText(ctx: RosterContext, v: Volunteer): VolunteerText {
  const t = ctx.t.bind(ctx);
  const list = (values: string[]) => (values.length ? values.join('、') : t('vr.none'));
  const teamName = teamNames(ctx.teams());
  return {
    name: v.name,
    teams: list(v.teamIds.map((id) => teamName.get(id) ?? id)),
    skills: list(v.skills.map((s) => t(SKILL_KEYS[s]))),
    availability: list(v.availability.map((a) => t(AVAILABILITY_KEYS[a]))),
    area: v.areaName,
    hours: String(v.hoursThisYear),
    hoursTotal: String(v.hoursTotal),
    party: v.partyMember ? t('vr.yes') : t('vr.no'),
    phone: v.phone,
    idNumber: v.idNumber,
    joined: v.joinedAt,
  };
}
