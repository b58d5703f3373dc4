import { throwIfInvalid } from '../../../../src/adapters/memory/apis/refusals.js';
import { DEMAND_STATUSES, type DemandStatus } from '../../../../src/domain/services.js';
import { StatsQuery, resolveStatsPeriod, round2, statsQueryErrors, type BranchCount, type ServiceStats } from '../../../../src/domain/stats.js';
import { localize } from '../../../../src/adapters/memory/world/text.js';
import type { SqlContext } from '../context.js';
import { rootAreaId } from './areas.js';

/**
 * `services.stats` as two aggregates: requests for services and resources made in the period within
 * the area, by the branch of the item's first tag; demands posted in the period within the area, by status.
 */
export async function serviceStats(ctx: SqlContext, query: StatsQuery, locale: string | undefined): Promise<ServiceStats> {
  const now = ctx.now();
  const errors = statsQueryErrors(query, now);
  if (!errors.areaId && query?.areaId && !(await ctx.db.get('SELECT id FROM areas WHERE id = ?', [query.areaId]))) {
    errors.areaId = { code: 'invalid_option' };
  }
  throwIfInvalid(errors, 'Invalid stats query');
  const parsed = StatsQuery.parse(query);
  const { from, to } = resolveStatsPeriod(parsed, now);
  const root = await rootAreaId(ctx.db);
  const areaId = parsed.areaId ?? root;
  const period = [from.toISOString(), to.toISOString()];
  // Everything lies within the root: no area to join.
  const within = areaId === root ? '' : 'JOIN service_item_areas w ON w.item_id = i.id AND w.area_id = ?';
  const area = areaId === root ? [] : [areaId];

  const byBranch = await ctx.db.all<{ term_id: string | null; name_zh: string | null; name_en: string | null; n: number }>(
    `SELECT i.branch_id AS term_id, b.name_zh, b.name_en, COUNT(*) AS n
     FROM service_requests r
     JOIN service_items i ON i.id = r.item_id ${within}
     LEFT JOIN service_terms b ON b.id = i.branch_id
     WHERE r.created_at >= ? AND r.created_at < ? AND i.kind IN ('service', 'resource')
     GROUP BY i.branch_id, b.name_zh, b.name_en`,
    [...area, ...period],
  );
  const requestsByBranch: BranchCount[] = byBranch
    .filter((b) => b.term_id !== null)
    .map((b) => ({ termId: b.term_id!, termName: localize({ zh: b.name_zh!, en: b.name_en! }, locale), count: Number(b.n) }))
    .sort((a, b) => b.count - a.count || a.termId.localeCompare(b.termId));

  const byStatus = await ctx.db.all<{ status: DemandStatus; n: number }>(
    `SELECT i.status, COUNT(*) AS n FROM service_items i ${within}
     WHERE i.kind = 'demand' AND i.posted_at >= ? AND i.posted_at < ?
     GROUP BY i.status`,
    [...area, ...period],
  );
  const counts = new Map(byStatus.map((s) => [s.status, Number(s.n)]));
  const posted = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const takenUp = posted - (counts.get('open') ?? 0);
  return {
    areaId,
    from: from.toISOString(),
    to: to.toISOString(),
    requests: byBranch.reduce((sum, b) => sum + Number(b.n), 0),
    requestsByBranch,
    demandsPosted: posted,
    demandsTakenUp: takenUp,
    takeUpRate: posted ? round2(takenUp / posted) : null,
    demandsByStatus: DEMAND_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
  };
}
