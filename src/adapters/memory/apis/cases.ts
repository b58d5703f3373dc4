import { applyCaseAction, caseActionErrors } from '../../../domain/case-action.js';
import { actionNoteErrors, checkAction, isOverdue } from '../../../domain/case-machine.js';
import { caseEvent } from '../../../domain/case-events.js';
import { caseSearchText } from '../../../domain/case-text.js';
import { caseScope, compareCases, defaultCaseSort, inCaseScope } from '../../../domain/case-scope.js';
import { validateCaseSubmission } from '../../../domain/case-validation.js';
import { CaseQuery, type CaseActionRequest } from '../../../domain/cases.js';
import { fieldErrorsFrom } from '../../../domain/field-errors.js';
import { followOutcome } from '../../../domain/case-follow.js';
import { CASE_NUMBER_PREFIX, newCase } from '../../../domain/new-case.js';
import type { Session } from '../../../domain/session.js';
import { SIMILAR_CASES_LIMIT, similarCasesScope } from '../../../domain/similar-cases.js';
import { StatsQuery, statsQueryErrors } from '../../../domain/stats.js';
import type { CasesApi } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { MemoryContext } from '../context.js';
import { matchesText, paginate } from '../paging.js';
import { areaPath, isWithinArea } from '../world/areas.js';
import { CATEGORIES, DEPARTMENTS, categorySeed, departmentSeed, localizeCategory, localizeDepartment } from '../world/case-categories.js';
import type { CaseRecord } from '../world/cases.js';
import { referenceNumber } from '../../../domain/reference-numbers.js';
import { caseFacts } from './case-facts.js';
import { computeCaseStats } from './case-stats.js';
import { CaseStore } from './case-store.js';
import { isMine, toGridCase, toSummary } from './case-view.js';
import { blobMeta, storedPhotos } from './data-url.js';
import { requirePermission, throwIfInvalid, throwIfNotFollowable, throwIfRefused } from './refusals.js';

/** Cases: the closed loop, enforced as a real server would (permissions, state machine, idempotency). */
export function createCasesApi(ctx: MemoryContext): CasesApi & Required<Pick<CasesApi, 'stats'>> {
  const store = new CaseStore(ctx);

  const find = (idOrNumber: string): CaseRecord => {
    const record = store.find(idOrNumber);
    if (!record) throw new AdapterError('not_found', `No case ${idOrNumber}`);
    return record;
  };

  return {
    async categories(options = {}) {
      return CATEGORIES.map((c) => localizeCategory(c, options.locale));
    },

    async departments(options = {}) {
      return DEPARTMENTS.map((d) => localizeDepartment(d, options.locale));
    },

    async similar({ categoryCode, areaId }, options = {}) {
      if (!ctx.areas.byId.has(areaId)) throw new AdapterError('not_found', `No area ${areaId}`);
      const scope = similarCasesScope(areaPath(ctx.areas, areaId), areaId);
      return store
        .all()
        .filter((r) => r.categoryCode === categoryCode && r.status !== 'closed' && isWithinArea(r.location.areaId, scope))
        .slice(0, SIMILAR_CASES_LIMIT)
        .map((r) => toSummary(r, options.locale));
    },

    async submit(submission, options = {}) {
      const session = ctx.session();
      requirePermission(session, 'case:report');
      const seed = categorySeed(submission.categoryCode);
      const category = seed ? localizeCategory(seed) : null;
      // The area as this backend knows it: unknown is invalid, a whole district is too broad.
      const areaId = submission.location?.areaId;
      const area = typeof areaId === 'string' ? ctx.areas.byId.get(areaId) ?? null : undefined;
      throwIfInvalid(validateCaseSubmission(submission, category, area), 'The report has errors');
      const { photos = [], ...fields } = submission;
      // Converted before the idempotent step, which must run synchronously.
      const stored = await storedPhotos(photos);
      const body = { ...fields, photos: photos.map(blobMeta) };
      const id = ctx.idempotency.run('cases.submit', fields.idempotencyKey, body, () => {
        const now = ctx.now();
        const path = areaPath(ctx.areas, fields.location.areaId);
        const numbers = { id: store.nextId(), publicNumber: referenceNumber(CASE_NUMBER_PREFIX, now, store.nextSequence(now)) };
        const record = newCase({ ...numbers, now, fields, category: category!, areaPath: path, photos: stored, session });
        store.add(record);
        ctx.changed();
        return record.id;
      }, (first) => {
        // The case this key already created: the reporter may have edited the report after a lost answer.
        const kase = store.find(first);
        return kase ? { id: kase.id, publicNumber: kase.publicNumber } : undefined;
      });
      // The reporter's own case, even for an anonymous visitor who has no identity to remember.
      return { ...toGridCase(find(id), session, options.locale), mine: true };
    },

    async get(idOrNumber, options = {}) {
      return toGridCase(find(idOrNumber), ctx.session(), options.locale);
    },

    async list(query, options = {}) {
      throwIfInvalid(fieldErrorsFrom(CaseQuery, query), 'Invalid case query');
      const session = ctx.session();
      const scope = caseScope(session);
      const now = ctx.now();
      const statuses = query.status?.length ? new Set(query.status) : null;
      const urgencies = query.urgency?.length ? new Set(query.urgency) : null;
      const time = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));
      const [dueBefore, reportedFrom, reportedTo] = [time(query.dueBefore), time(query.reportedFrom), time(query.reportedTo)];
      const matches = store.all().filter((r) => {
        // The plain field tests first: they drop most cases before the scope and the timeline are read.
        if (statuses && !statuses.has(r.status)) return false;
        if (urgencies && !urgencies.has(r.urgency)) return false;
        if (query.categoryCode && r.categoryCode !== query.categoryCode) return false;
        if (query.departmentId && r.department?.id !== query.departmentId) return false;
        const mine = isMine(r, session);
        if (query.mine && !mine) return false;
        if (!inCaseScope(scope, { mine, department: r.department, escalationLevel: caseFacts(r).escalationLevel, location: r.location })) {
          return false;
        }
        if (query.areaId && !isWithinArea(r.location.areaId, query.areaId)) return false;
        if (query.overdue !== undefined && isOverdue(r, now) !== query.overdue) return false;
        if (dueBefore !== undefined && !(Date.parse(r.dueAt) < dueBefore)) return false;
        const created = Date.parse(r.createdAt);
        if (reportedFrom !== undefined && created < reportedFrom) return false;
        if (reportedTo !== undefined && created >= reportedTo) return false;
        return matchesText(searchText(r), query.text);
      });
      matches.sort(compareCases(query.sort ?? defaultCaseSort(session)));
      const page = paginate(matches, options);
      return { ...page, items: page.items.map((r) => toSummary(r, options.locale)) };
    },

    async stats(query, options = {}) {
      const now = ctx.now();
      const errors = statsQueryErrors(query, now);
      if (!errors.areaId && query?.areaId && !ctx.areas.byId.has(query.areaId)) errors.areaId = { code: 'invalid_option' };
      throwIfInvalid(errors, 'Invalid stats query');
      return computeCaseStats(store.all(), StatsQuery.parse(query), { now, rootId: ctx.areas.rootId, locale: options.locale });
    },

    async act(caseId, request, options = {}) {
      const session = ctx.session();
      if (session.userId === null) throw new AdapterError('unauthorized', 'Sign in to act on a case');
      const id = find(caseId).id;
      const { photos = [], ...fields } = request;
      throwIfInvalid(caseActionErrors(fields, photos, typeof fields.departmentId === 'string' && !!departmentSeed(fields.departmentId)), 'The action has errors');
      const stored = await storedPhotos(photos);
      const body = { ...fields, photos: photos.map(blobMeta) };
      ctx.idempotency.run(`cases.act:${id}`, fields.idempotencyKey, body, () => {
        applyAction(id, fields, stored, session);
        ctx.changed();
        return id;
      });
      return toGridCase(find(id), session, options.locale);
    },

    async follow(caseId, options = {}) {
      const session = ctx.session();
      if (session.userId === null) throw new AdapterError('unauthorized', 'Sign in to follow a case');
      requirePermission(session, 'case:report');
      const current = find(caseId);
      const outcome = followOutcome(current.status, isMine(current, session));
      throwIfNotFollowable(outcome, current);
      if (outcome === 'follow') {
        const record = store.mutable(current.id);
        record.followerIds.push(session.userId);
        record.followers += 1;
        record.timeline.push(caseEvent(record.id, record.timeline.length + 1, 'follow', record.status, record.status, session, ctx.now()));
        ctx.changed();
      }
      return { ...toGridCase(find(current.id), session, options.locale), mine: true };
    },
  };

  /** Checks and applies one action; runs inside the idempotent step so a replay skips it. */
  function applyAction(
    id: string,
    fields: Omit<CaseActionRequest, 'photos'>,
    stored: Array<{ url: string; name: string }>,
    session: Session,
  ): void {
    const current = find(id);
    const facts = caseFacts(current);
    const refusal = checkAction(session, { ...current, ...facts, mine: isMine(current, session) }, fields.action);
    throwIfRefused(refusal, fields.action, current);
    // Who may act and from which state first; then what this action needs (a reason to return, …).
    throwIfInvalid(actionNoteErrors(fields.action, fields.note), 'The action has errors');

    const record = store.mutable(id);
    const now = ctx.now();
    const dept = fields.action === 'dispatch' ? departmentSeed(fields.departmentId!)! : undefined;
    const { step, next, results } = applyCaseAction(
      { ...record, escalationLevel: facts.escalationLevel },
      {
        caseId: id,
        eventCount: record.timeline.length,
        photoCount: record.photos.length,
        fields,
        ...(dept ? { department: { id: dept.id, name: dept.name.zh } } : {}),
        slaHours: categorySeed(record.categoryCode)?.slaHours,
        photos: stored,
        session,
        now,
      },
    );
    // The level is the timeline's (caseFacts): the event records it.
    Object.assign(record, { status: next.status, department: next.department, closedAt: next.closedAt, rating: next.rating, dueAt: next.dueAt });
    record.photos.push(...results);
    record.updatedAt = now.toISOString();
    record.timeline.push(step);
  }
}

function searchText(r: CaseRecord): string {
  return caseSearchText(r, categorySeed(r.categoryCode)?.name.en ?? '');
}
