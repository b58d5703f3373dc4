import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { CaseQuery, CaseSummary } from '../../../src/domain/index.js';

/**
 * What the tests compute by hand, independently of the backend's own code: the list as the backend
 * pages it, and the rules of the order, the overdue mark and the calendar, written out again.
 */

/** Every case of a query, paged through with cursors. */
export async function listAll(adapter: MemoryAdapter, query: CaseQuery = {}, limit = 200): Promise<CaseSummary[]> {
  const items: CaseSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<MemoryAdapter['cases']['list']>> = await adapter.cases.list(query, { cursor, limit });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const SETTLED = ['handled', 'verified', 'closed'];

export function overdueAt(c: CaseSummary, now: Date): boolean {
  return !SETTLED.includes(c.status) && Date.parse(c.dueAt) < now.getTime();
}

const t = (iso: string) => Date.parse(iso);

export function byDue(a: CaseSummary, b: CaseSummary): number {
  const sa = SETTLED.includes(a.status);
  const sb = SETTLED.includes(b.status);
  if (sa !== sb) return sa ? 1 : -1;
  if (!sa) return t(a.dueAt) - t(b.dueAt) || (a.id < b.id ? -1 : 1);
  return t(b.updatedAt) - t(a.updatedAt) || (a.id < b.id ? 1 : -1);
}

export function byNewest(a: CaseSummary, b: CaseSummary): number {
  return t(b.createdAt) - t(a.createdAt) || (a.id < b.id ? 1 : -1);
}

export function byFollowers(a: CaseSummary, b: CaseSummary): number {
  return b.followers - a.followers || byNewest(a, b);
}

export const ids = (cases: readonly { id: string }[]) => cases.map((c) => c.id);

/** `2026-11-27` in the city (UTC+8). */
export function cityDay(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The Monday (city calendar) of the week `ms` falls in. */
export function cityMonday(ms: number): string {
  const day = cityDay(ms);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return new Date(Date.parse(`${day}T00:00:00Z`) - ((weekday + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

export function within(path: CaseSummary['location']['areaPath'], areaId: string): boolean {
  return areaId === 'city' || path.some((a) => a.id === areaId);
}
