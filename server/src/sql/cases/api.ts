import type { CasesApi } from '../../../../src/adapters/contract.js';
import { AdapterError } from '../../../../src/adapters/errors.js';
import { blobMeta, storedPhotos } from '../../../../src/adapters/memory/apis/data-url.js';
import type { WithStats } from '../../../../src/adapters/memory/memory-adapter.js';
import { caseEvent } from '../../../../src/domain/case-events.js';
import { followOutcome } from '../../../../src/domain/case-follow.js';
import { caseScope, defaultCaseSort } from '../../../../src/domain/case-scope.js';
import { validateCaseSubmission } from '../../../../src/domain/case-validation.js';
import { CaseQuery } from '../../../../src/domain/cases.js';
import { fieldErrorsFrom } from '../../../../src/domain/field-errors.js';
import { newCase } from '../../../../src/domain/new-case.js';
import { SIMILAR_CASES_LIMIT, similarCasesScope } from '../../../../src/domain/similar-cases.js';
import { StatsQuery, statsQueryErrors } from '../../../../src/domain/stats.js';
import type { SqlContext } from '../context.js';
import type { SqlRunner } from '../db.js';
import { idempotent } from '../idempotent.js';
import { actionErrors, applyAction } from './actions.js';
import { areaExists, areaRanks, findArea, rootAreaId } from './areas.js';
import { findCategory, listCategories, listDepartments } from './catalogue.js';
import { requirePermission, throwIfInvalid, throwIfNotFollowable } from './errors.js';
import { and, NOTHING, queryWhere, scopeWhere, withinAreaWhere } from './filters.js';
import { listPage } from './list.js';
import { namesOf } from './names-cache.js';
import { caseStats } from './stats.js';
import { nextCaseNumbers } from './numbers.js';
import { eventValues, insertEvents, insertRecords, rollupFacts, searchText } from './records.js';
import { addTerms, textPlan } from './terms.js';
import { rollupChange } from './rollup.js';
import { isMine, summaries, toGridCase, type CaseRow } from './view.js';

/** A list's area holding more than this share of all cases is probed per row by its pages instead of read whole. */
const PROBE_AREA_SHARE = 1 / 20;

async function areaCaseCount(db: SqlRunner, areaId: string): Promise<number> {
  return Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM case_areas WHERE area_id = ?', [areaId]))?.n ?? 0);
}

/** By id or by public number; undefined when unknown. */
async function findRow(db: SqlRunner, idOrNumber: string): Promise<CaseRow | undefined> {
  if (typeof idOrNumber !== 'string') return undefined;
  return (await db.get<CaseRow>('SELECT * FROM cases WHERE public_number = ?', [idOrNumber])) ?? (await db.get<CaseRow>('SELECT * FROM cases WHERE id = ?', [idOrNumber]));
}

/**
 * The cases group on SQL: every method a query or one transaction, with the memory adapter's rules
 * (validation, the state machine, permissions, scopes, idempotency) from src/domain.
 */
export function createSqlCasesApi(ctx: SqlContext): WithStats<CasesApi> {
  const { db, session } = ctx;

  const find = async (idOrNumber: string): Promise<CaseRow> => {
    const row = await findRow(db, idOrNumber);
    if (!row) throw new AdapterError('not_found', `No case ${idOrNumber}`);
    return row;
  };
  const view = async (row: CaseRow, locale?: string) => toGridCase(db, row, session, await namesOf(db), locale);

  return {
    async categories(options = {}) {
      return listCategories(db, options.locale);
    },

    async departments(options = {}) {
      return listDepartments(db, options.locale);
    },

    async similar({ categoryCode, areaId }, options = {}) {
      const area = typeof areaId === 'string' ? await findArea(db, areaId) : null;
      if (!area) throw new AdapterError('not_found', `No area ${areaId}`);
      const scope = similarCasesScope(area.path, areaId);
      const within = withinAreaWhere(scope, await rootAreaId(db));
      const rows = await db.all<CaseRow>(
        `SELECT c.* FROM cases c WHERE c.category_code = ? AND c.status <> 'closed' AND ${within.sql} ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
        [String(categoryCode), ...within.params, SIMILAR_CASES_LIMIT],
      );
      return summaries(db, rows, await namesOf(db), options.locale);
    },

    async submit(submission, options = {}) {
      requirePermission(session, 'case:report');
      const category = typeof submission.categoryCode === 'string' ? await findCategory(db, submission.categoryCode) : null;
      // The area as this backend knows it: unknown is invalid, a whole district is too broad.
      const areaId = submission.location?.areaId;
      const area = typeof areaId === 'string' ? await findArea(db, areaId) : undefined;
      throwIfInvalid(validateCaseSubmission(submission, category, area), 'The report has errors');
      const { photos = [], ...fields } = submission;
      const stored = await storedPhotos(photos);
      const body = { ...fields, photos: photos.map(blobMeta) };
      const english = (await findCategory(db, category!.code, 'en'))!.name;
      const created = await idempotent(
        ctx,
        'cases.submit',
        fields.idempotencyKey,
        body,
        async (tx) => {
          const now = ctx.now();
          const record = newCase({ ...(await nextCaseNumbers(tx, now)), now, fields, category: category!, areaPath: area!.path, photos: stored, session });
          await insertRecords(tx, [record], () => english);
          await rollupChange(tx, null, rollupFacts(record));
          await addTerms(tx, record.id, searchText(record, english));
          return { id: record.id, publicNumber: record.publicNumber };
        },
        // The case this key already created: the reporter may have edited the report after a lost answer.
        (first) => first,
      );
      // The reporter's own case, even for an anonymous visitor who has no identity to remember.
      return { ...(await view(await find(created.id), options.locale)), mine: true };
    },

    async get(idOrNumber, options = {}) {
      return view(await find(idOrNumber), options.locale);
    },

    async list(query, options = {}) {
      throwIfInvalid(fieldErrorsFrom(CaseQuery, query), 'Invalid case query');
      const scope = caseScope(session);
      const root = await rootAreaId(db);
      const ranks = await areaRanks(db, 'areaIds' in scope ? scope.areaIds : []);
      const scoped = scopeWhere(scope, session, ranks, root);
      const now = ctx.now();
      const text = query.text?.trim().toLowerCase();
      const plan = text ? await textPlan(db, text) : null;
      const textWhere = plan === null ? null : plan.kind === 'none' ? NOTHING : plan;
      const filters = queryWhere(query, session, now, root, textWhere);
      const counted = and([scoped, ...filters]);
      // A page of a big area walks the sort index and tests each row; a small one is read whole and sorted.
      const inArea = query.areaId !== undefined && query.areaId !== root ? await areaCaseCount(db, query.areaId) : null;
      const big = inArea !== null && inArea > PROBE_AREA_SHARE * Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM cases'))?.n ?? 0);
      const filter = big ? and([scoped, ...queryWhere(query, session, now, root, textWhere, true)]) : counted;
      // Everything in an area, or everything with a text that is itself a term, unfiltered: its count is known.
      const only = scoped.sql === '1 = 1' && filters.length === 1;
      const textOnly = only && plan && plan.kind !== 'none' ? (plan.count ?? (plan.kind === 'scan' ? await plan.countMatches() : null)) : null;
      const known = only && inArea !== null ? inArea : textOnly;
      const page = await listPage(db, filter, known ?? counted, query.sort ?? defaultCaseSort(session), options);
      return { items: await summaries(db, page.rows, await namesOf(db), options.locale), nextCursor: page.nextCursor, total: page.total };
    },

    async stats(query, options = {}) {
      const now = ctx.now();
      const errors = statsQueryErrors(query, now);
      if (!errors.areaId && query?.areaId && !(await areaExists(db, query.areaId))) errors.areaId = { code: 'invalid_option' };
      throwIfInvalid(errors, 'Invalid stats query');
      return caseStats(db, StatsQuery.parse(query), { now, rootId: await rootAreaId(db), names: await namesOf(db), locale: options.locale });
    },

    async act(caseId, request, options = {}) {
      if (session.userId === null) throw new AdapterError('unauthorized', 'Sign in to act on a case');
      const { id } = await find(caseId);
      const { photos = [], ...fields } = request;
      throwIfInvalid(await actionErrors(db, fields, photos), 'The action has errors');
      const stored = await storedPhotos(photos);
      const body = { ...fields, photos: photos.map(blobMeta) };
      await idempotent(ctx, `cases.act:${id}`, fields.idempotencyKey, body, async (tx) => {
        await applyAction(tx, id, fields, stored, session, ctx.now());
        return id;
      });
      return view(await find(id), options.locale);
    },

    async follow(caseId, options = {}) {
      const user = session.userId;
      if (user === null) throw new AdapterError('unauthorized', 'Sign in to follow a case');
      requirePermission(session, 'case:report');
      const { id } = await find(caseId);
      await db.transaction(async (tx) => {
        const row = (await tx.get<CaseRow>(`SELECT * FROM cases WHERE id = ?${tx.dialect.forUpdate ? ` ${tx.dialect.forUpdate}` : ''}`, [id]))!;
        const outcome = followOutcome(row.status, await isMine(tx, row, session));
        throwIfNotFollowable(outcome, { publicNumber: row.public_number });
        if (outcome === 'unchanged') return;
        // The key guards against a second follow committed meanwhile.
        const added = await tx.run('INSERT INTO case_followers (case_id, user_id) VALUES (?, ?) ON CONFLICT (case_id, user_id) DO NOTHING', [id, user]);
        if (added.changes === 0) return;
        const seq = row.event_count + 1;
        await tx.run('UPDATE cases SET followers = followers + 1, event_count = event_count + 1 WHERE id = ?', [id]);
        await insertEvents(tx, [eventValues(id, seq, caseEvent(id, seq, 'follow', row.status, row.status, session, ctx.now()))]);
      });
      return { ...(await view(await find(id), options.locale)), mine: true };
    },
  };
}
