import type { CaseSummary, Department, GridCase } from '../../../domain/cases.js';
import { maskName, maskPhone } from '../../../domain/masking.js';
import { hasPermission, type Session } from '../../../domain/session.js';
import { categorySeed, departmentSeed } from '../world/case-categories.js';
import type { CaseRecord } from '../world/cases.js';
import { localize } from '../world/text.js';
import { caseFacts } from './case-facts.js';

/** Reported it or follows it. Anonymous visitors have no identity, so nothing is theirs. */
export function isMine(record: CaseRecord, session: Session): boolean {
  const user = session.userId;
  return user !== null && (record.reporterId === user || record.followerIds.includes(user));
}

function localDepartment(dept: Department, locale?: string): Department {
  const seed = departmentSeed(dept.id);
  return { id: dept.id, name: seed ? localize(seed.name, locale) : dept.name };
}

function categoryName(record: CaseRecord, locale?: string): string {
  const seed = categorySeed(record.categoryCode);
  return seed ? localize(seed.name, locale) : record.categoryName;
}

/** What lists and "similar cases" show: no reporter, answers or timeline; what queues and statistics read. */
export function toSummary(record: CaseRecord, locale?: string): CaseSummary {
  const facts = caseFacts(record);
  return {
    id: record.id,
    publicNumber: record.publicNumber,
    categoryCode: record.categoryCode,
    categoryName: categoryName(record, locale),
    status: record.status,
    urgency: record.urgency,
    description: record.description,
    location: structuredClone(record.location),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    dueAt: record.dueAt,
    followers: record.followers,
    department: record.department ? localDepartment(record.department, locale) : null,
    escalationLevel: facts.escalationLevel,
    urges: facts.urges.map((u) => ({ ...u })),
    settledAt: facts.settledAt,
    closedAt: record.closedAt,
    rating: record.rating,
  };
}

/**
 * The full case as this session may see it: the phone is masked unless the session may see
 * all cases (staff); the name too, unless it is staff or the reporter themselves.
 */
export function toGridCase(record: CaseRecord, session: Session, locale?: string): GridCase {
  const { reporterId, followerIds: _followers, ...rest } = structuredClone(record);
  const staff = hasPermission(session, 'case:view-all');
  const own = session.userId !== null && reporterId === session.userId;
  const reporter = rest.reporter;
  if (reporter.phone && !staff) reporter.phone = maskPhone(reporter.phone);
  if (reporter.name && !staff && !own) reporter.name = maskName(reporter.name);
  const facts = caseFacts(record);
  return {
    ...rest,
    escalationLevel: facts.escalationLevel,
    urges: facts.urges.map((u) => ({ ...u })),
    settledAt: facts.settledAt,
    categoryName: categoryName(record, locale),
    department: rest.department ? localDepartment(rest.department, locale) : null,
    timeline: rest.timeline.map((event) =>
      event.department ? { ...event, department: localDepartment(event.department, locale) } : event,
    ),
    reporter,
    mine: isMine(record, session),
  };
}
