import { caseSearchText } from '../../../../src/domain/case-text.js';
import { SETTLED_STATES, supervisionRank } from '../../../../src/domain/case-machine.js';
import { ESCALATION_LEVELS, type EscalationLevel, type TimelineEvent } from '../../../../src/domain/cases.js';
import { caseFacts } from '../../../../src/adapters/memory/apis/case-facts.js';
import type { CaseRecord } from '../../../../src/adapters/memory/world/cases.js';
import type { SqlRunner, SqlValue } from '../db.js';
import { insertRows } from './batch.js';
import type { RollupFacts } from './rollup.js';

/** The columns of `cases`, in insert order. */
const CASE_COLUMNS = [
  'id', 'public_number', 'category_code', 'category_name', 'status', 'settled', 'urgency', 'description', 'area_id', 'location',
  'created_at', 'updated_at', 'due_at', 'followers', 'department_id', 'department_name', 'escalation_rank', 'settled_at',
  'closed_at', 'rating', 'answers', 'reporter_anonymous', 'reporter_name', 'reporter_phone', 'reporter_id', 'search_text',
  'event_count', 'photo_count',
] as const;

const EVENT_COLUMNS = [
  'case_id', 'seq', 'id', 'at', 'action', 'from_state', 'to_state', 'actor_name', 'actor_role', 'note', 'department_id',
  'department_name', 'rating', 'escalation_level', 'photo_ids',
] as const;

const PHOTO_COLUMNS = ['case_id', 'seq', 'id', 'kind', 'name', 'url'] as const;

/** What "public number, category, description or address" search reads, lower-cased once on write. */
export function searchText(record: Pick<CaseRecord, 'publicNumber' | 'categoryName' | 'description' | 'location'>, englishName: string): string {
  return caseSearchText(record, englishName).toLowerCase();
}

/** 0 community, 1 street, 2 district: what `cases.escalation_rank` holds. */
export const escalationRank = (level: EscalationLevel): number => ESCALATION_LEVELS.indexOf(level);

function caseValues(record: CaseRecord, englishName: string): SqlValue[] {
  const facts = caseFacts(record);
  const reporter = record.reporter;
  return [
    record.id, record.publicNumber, record.categoryCode, record.categoryName, record.status, SETTLED_STATES.has(record.status) ? 1 : 0,
    record.urgency, record.description, record.location.areaId, JSON.stringify(record.location), record.createdAt, record.updatedAt,
    record.dueAt, record.followers, record.department?.id ?? null, record.department?.name ?? null, escalationRank(facts.escalationLevel),
    facts.settledAt, record.closedAt, record.rating, JSON.stringify(record.answers), reporter.anonymous ? 1 : 0, reporter.name ?? null,
    reporter.phone ?? null, record.reporterId, searchText(record, englishName), record.timeline.length, record.photos.length,
  ];
}

export function eventValues(caseId: string, seq: number, event: TimelineEvent): SqlValue[] {
  return [
    caseId, seq, event.id, event.at, event.action, event.fromState, event.toState, event.actor.name, event.actor.role,
    event.note ?? null, event.department?.id ?? null, event.department?.name ?? null, event.rating ?? null,
    event.escalationLevel ?? null, event.photos?.length ? JSON.stringify(event.photos.map((p) => p.id)) : null,
  ];
}

export async function insertEvents(tx: SqlRunner, rows: SqlValue[][]): Promise<void> {
  await insertRows(tx, 'case_events', EVENT_COLUMNS, rows);
}

export async function insertPhotos(tx: SqlRunner, rows: SqlValue[][]): Promise<void> {
  await insertRows(tx, 'case_photos', PHOTO_COLUMNS, rows);
}

/** Every area on the path with the rank a grid centre there works at (for "within area" and supervision). */
function areaValues(record: CaseRecord): SqlValue[][] {
  return record.location.areaPath.map((area) => [area.id, record.id, supervisionRank({ areaIds: [area.id] }, { areaPath: [area] })]);
}

/**
 * Whole cases (the seed, a new report) into their tables, in batches: the case rows, every area on
 * their paths, their timelines, photos and followers.
 */
export async function insertRecords(tx: SqlRunner, records: readonly CaseRecord[], englishName: (code: string) => string): Promise<void> {
  await insertRows(tx, 'cases', CASE_COLUMNS, records.map((r) => caseValues(r, englishName(r.categoryCode))));
  await insertRows(tx, 'case_texts', ['case_id', 'search_text'], records.map((r) => [r.id, searchText(r, englishName(r.categoryCode))]));
  await insertRows(tx, 'case_areas', ['area_id', 'case_id', 'area_rank'], records.flatMap(areaValues));
  await insertEvents(tx, records.flatMap((r) => r.timeline.map((e, i) => eventValues(r.id, i + 1, e))));
  await insertPhotos(tx, records.flatMap((r) => r.photos.map((p, i) => [r.id, i + 1, p.id, p.kind, p.name, p.url])));
  await insertRows(tx, 'case_followers', ['case_id', 'user_id'], records.flatMap((r) => r.followerIds.map((u) => [r.id, u])));
}

/** What the statistics' roll-ups read from a whole case (see rollup.ts). */
export function rollupFacts(record: CaseRecord): RollupFacts {
  return {
    id: record.id,
    location: JSON.stringify(record.location),
    category_code: record.categoryCode,
    status: record.status,
    escalation_rank: escalationRank(caseFacts(record).escalationLevel),
    created_at: record.createdAt,
    closed_at: record.closedAt,
    settled_at: caseFacts(record).settledAt,
    due_at: record.dueAt,
    department_id: record.department?.id ?? null,
    rating: record.rating,
  };
}
