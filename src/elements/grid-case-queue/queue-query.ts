import type { CaseQuery, CaseSort, CaseState, Urgency } from '../../domain/cases.js';

/** The queue's tabs: each a backend query, within the session's scope. */
export const QUEUE_PRESETS = ['to-accept', 'in-progress', 'to-verify', 'overdue', 'due-soon', 'returned', 'closed'] as const;
export type QueuePreset = (typeof QUEUE_PRESETS)[number];

/** States whose work is not done yet (the ones a due date still counts for). */
export const OPEN_STATES: readonly CaseState[] = ['reported', 'accepted', 'dispatched', 'returned', 'reopened'];

const HOUR = 3_600_000;

/** The backend query of a preset; `now` is the city clock (for "due within 24 h"). */
export function presetQuery(preset: QueuePreset, now: Date): CaseQuery {
  switch (preset) {
    case 'to-accept':
      return { status: ['reported', 'reopened'] };
    case 'in-progress':
      return { status: ['accepted', 'dispatched'] };
    case 'to-verify':
      return { status: ['handled'] };
    case 'overdue':
      return { overdue: true };
    case 'due-soon':
      return { status: [...OPEN_STATES], overdue: false, dueBefore: new Date(now.getTime() + 24 * HOUR).toISOString() };
    case 'returned':
      return { status: ['returned'] };
    case 'closed':
      return { status: ['closed'] };
  }
}

/** What the filter bar holds; empty strings and lists are "any". Dates as typed (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`). */
export interface QueueFilters {
  text: string;
  status: CaseState[];
  categoryCode: string;
  /** The chosen area path, top down (district, street, community, grid…); the last one filters. */
  areaPath: string[];
  urgency: Urgency[];
  departmentId: string;
  overdue: '' | 'yes' | 'no';
  dueBefore: string;
  reportedFrom: string;
  reportedTo: string;
  sort: CaseSort;
}

export const emptyFilters = (): QueueFilters => ({
  text: '',
  status: [],
  categoryCode: '',
  areaPath: [],
  urgency: [],
  departmentId: '',
  overdue: '',
  dueBefore: '',
  reportedFrom: '',
  reportedTo: '',
  sort: 'due',
});

/** How many filters are set (the sort is not a filter). */
export function activeFilterCount(f: QueueFilters): number {
  return [f.text.trim(), f.status.length, f.categoryCode, f.areaPath.length, f.urgency.length, f.departmentId, f.overdue, f.dueBefore, f.reportedFrom, f.reportedTo].filter(Boolean).length;
}

/** A date or date-time typed in a field, read in the city's time zone (UTC+8), as an ISO instant; undefined when blank or invalid. */
export function cityInstant(value: string, endOfDay = false): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const local = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T${endOfDay ? '24:00' : '00:00'}` : v;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi) - 8 * HOUR;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * The backend query: the preset's, narrowed by the filters. A filter on the same field as the preset
 * narrows it (states: those in both; a due bound: the earlier).
 */
export function queueQuery(preset: QueuePreset, f: QueueFilters, now: Date): CaseQuery {
  const q: CaseQuery = { ...presetQuery(preset, now), sort: f.sort };
  if (f.status.length) q.status = q.status ? q.status.filter((s) => f.status.includes(s)) : [...f.status];
  if (f.text.trim()) q.text = f.text.trim();
  if (f.categoryCode) q.categoryCode = f.categoryCode;
  const area = f.areaPath.at(-1);
  if (area) q.areaId = area;
  if (f.urgency.length) q.urgency = [...f.urgency];
  if (f.departmentId) q.departmentId = f.departmentId;
  if (f.overdue && q.overdue === undefined) q.overdue = f.overdue === 'yes';
  const due = cityInstant(f.dueBefore);
  if (due && (!q.dueBefore || due < q.dueBefore)) q.dueBefore = due;
  const from = cityInstant(f.reportedFrom);
  if (from) q.reportedFrom = from;
  const to = cityInstant(f.reportedTo, true);
  if (to) q.reportedTo = to;
  return q;
}
