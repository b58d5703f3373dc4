import type { CaseState, EscalationLevel, TimelineEvent, Urgency } from '../../domain/cases.js';
import type { Role } from '../../domain/session.js';
import type { zhCN } from './case-labels.zh-CN.js';

/** The keys of the closed loop's words, shared by the case form and the tracker. */
export type CaseLabelKey = keyof typeof zhCN & string;

/** The name of each state of the closed loop. */
export const CASE_STATE_KEYS: Readonly<Record<CaseState, CaseLabelKey>> = {
  reported: 'case.state.reported',
  accepted: 'case.state.accepted',
  dispatched: 'case.state.dispatched',
  handled: 'case.state.handled',
  verified: 'case.state.verified',
  closed: 'case.state.closed',
  returned: 'case.state.returned',
  reopened: 'case.state.reopened',
};

export const URGENCY_KEYS: Readonly<Record<Urgency, CaseLabelKey>> = {
  low: 'case.urgency.low',
  normal: 'case.urgency.normal',
  high: 'case.urgency.high',
  emergency: 'case.urgency.emergency',
};

/** The name of each action, and of the resident's own steps, as the tracker's buttons and timeline say it. */
export const CASE_ACTION_KEYS: Readonly<Record<TimelineEvent['action'], CaseLabelKey>> = {
  report: 'case.action.report',
  follow: 'case.action.follow',
  accept: 'case.action.accept',
  dispatch: 'case.action.dispatch',
  resolve: 'case.action.resolve',
  verify: 'case.action.verify',
  close: 'case.action.close',
  return: 'case.action.return',
  reopen: 'case.action.reopen',
  rate: 'case.action.rate',
  urge: 'case.action.urge',
  escalate: 'case.action.escalate',
};

/** Who did a step of the timeline. */
export const CASE_ROLE_KEYS: Readonly<Record<Role, CaseLabelKey>> = {
  anonymous: 'case.role.anonymous',
  resident: 'case.role.resident',
  'grid-worker': 'case.role.grid-worker',
  'community-staff': 'case.role.community-staff',
  'department-staff': 'case.role.department-staff',
  'grid-centre': 'case.role.grid-centre',
  admin: 'case.role.admin',
};

/** The grid centre levels a case is supervised at (urge and escalate). */
export const ESCALATION_LEVEL_KEYS: Readonly<Record<EscalationLevel, CaseLabelKey>> = {
  community: 'case.level.community',
  street: 'case.level.street',
  district: 'case.level.district',
};
