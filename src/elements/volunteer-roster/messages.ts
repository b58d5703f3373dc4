// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { Availability, Skill, TeamKind, VolunteerSort } from '../../domain/volunteers.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { VolunteerText } from './roster-context.js';
import type { BundleKeys, MessageParams } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';

/** zh-CN is the reference catalogue; `en` must have the same keys (checked by the compiler). */
export const rosterMessages = lazyMessages({
  'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./messages.en.js').then((m) => m.en),
});

/** The keys of `<volunteer-roster>`'s own catalogue. */
export type RosterMessageKey = BundleKeys<typeof rosterMessages>;

/** A key the roster's parts may look up: its own or a shared one. */
export type RosterKey = RosterMessageKey | SharedMessageKey;

/** The roster's translate function, as its parts get it. */
export type RosterT = (key: RosterKey, params?: MessageParams) => string;

declare module '../../i18n/registry.js' {
  interface MessageKeyRegistry {
    'volunteer-roster': RosterMessageKey;
  }
}

export const TEAM_KIND_KEYS: Readonly<Record<TeamKind, RosterMessageKey>> = {
  'policy-outreach': 'vr.kind.policy-outreach',
  'public-welfare': 'vr.kind.public-welfare',
  mediation: 'vr.kind.mediation',
  environment: 'vr.kind.environment',
  'elderly-visits': 'vr.kind.elderly-visits',
  'child-care': 'vr.kind.child-care',
  'safety-patrol': 'vr.kind.safety-patrol',
  culture: 'vr.kind.culture',
};

export const SKILL_KEYS: Readonly<Record<Skill, RosterMessageKey>> = {
  'first-aid': 'vr.skill.first-aid',
  legal: 'vr.skill.legal',
  medical: 'vr.skill.medical',
  counselling: 'vr.skill.counselling',
  teaching: 'vr.skill.teaching',
  it: 'vr.skill.it',
  repair: 'vr.skill.repair',
  driving: 'vr.skill.driving',
  'sign-language': 'vr.skill.sign-language',
  cooking: 'vr.skill.cooking',
  photography: 'vr.skill.photography',
  dialect: 'vr.skill.dialect',
};

export const AVAILABILITY_KEYS: Readonly<Record<Availability, RosterMessageKey>> = {
  'weekday-daytime': 'vr.avail.weekday-daytime',
  'weekday-evening': 'vr.avail.weekday-evening',
  weekend: 'vr.avail.weekend',
};

export const SORT_KEYS: Readonly<Record<VolunteerSort, RosterMessageKey>> = {
  name: 'vr.sort.name',
  'hours-desc': 'vr.sort.hours-desc',
  'hours-asc': 'vr.sort.hours-asc',
  'joined-desc': 'vr.sort.joined-desc',
};

/** Column headings, shared by the grid, the details and the CSV. */
export const COLUMN_KEYS: Readonly<Record<keyof VolunteerText, RosterMessageKey>> = {
  name: 'vr.col.name',
  teams: 'vr.col.teams',
  skills: 'vr.col.skills',
  availability: 'vr.col.availability',
  area: 'vr.col.area',
  hours: 'vr.col.hours',
  hoursTotal: 'vr.col.hoursTotal',
  party: 'vr.col.party',
  phone: 'vr.col.phone',
  idNumber: 'vr.col.idNumber',
  joined: 'vr.col.joined',
};
