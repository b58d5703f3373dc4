import { DEMAND_STATUSES, type Demand, type ListItem, type RequestReceipt } from '../../../domain/services.js';
import { resolveStatsPeriod, round2, type BranchCount, type ServiceStats, type StatsQuery } from '../../../domain/stats.js';
import { isWithinArea } from '../world/areas.js';
import type { Taxonomy } from '../world/taxonomy.js';
import { localize } from '../world/text.js';

export interface ServiceStatsData {
  /** Every request, seeded and made through the adapter. */
  requests: readonly RequestReceipt[];
  /** What can be requested (services and resources), by id. */
  requestable: ReadonlyMap<string, ListItem>;
  demands: readonly Demand[];
  taxonomy: Taxonomy;
}

export interface ServiceStatsEnv {
  now: Date;
  rootId: string;
  locale?: string;
}

/** `services.stats`: the figures `ServiceStats` defines. */
export function computeServiceStats(data: ServiceStatsData, query: StatsQuery, env: ServiceStatsEnv): ServiceStats {
  const { from, to } = resolveStatsPeriod(query, env.now);
  const areaId = query.areaId ?? env.rootId;
  const within = (iso: string) => {
    const at = Date.parse(iso);
    return at >= from.getTime() && at < to.getTime();
  };

  const branches = new Map<string, number>();
  let requests = 0;
  for (const request of data.requests) {
    const item = data.requestable.get(request.itemId);
    if (!item || !within(request.createdAt) || !isWithinArea(item.areaId, areaId)) continue;
    requests++;
    const branch = topTerm(data.taxonomy, item.termIds[0]);
    if (branch) branches.set(branch, (branches.get(branch) ?? 0) + 1);
  }
  const requestsByBranch: BranchCount[] = [...branches]
    .map(([termId, count]) => ({ termId, termName: localize(data.taxonomy.byId.get(termId)!.name, env.locale), count }))
    .sort((a, b) => b.count - a.count || a.termId.localeCompare(b.termId));

  const posted = data.demands.filter((d) => within(d.postedAt) && isWithinArea(d.areaId, areaId));
  const takenUp = posted.filter((d) => d.status !== 'open').length;
  return {
    areaId,
    from: from.toISOString(),
    to: to.toISOString(),
    requests,
    requestsByBranch,
    demandsPosted: posted.length,
    demandsTakenUp: takenUp,
    takeUpRate: posted.length ? round2(takenUp / posted.length) : null,
    demandsByStatus: DEMAND_STATUSES.map((status) => ({ status, count: posted.filter((d) => d.status === status).length })),
  };
}

/** The top-level term above `termId` (itself when it is one). */
function topTerm(taxonomy: Taxonomy, termId: string | undefined): string | null {
  let term = termId ? taxonomy.byId.get(termId) : undefined;
  while (term?.parentId) term = taxonomy.byId.get(term.parentId);
  return term?.id ?? null;
}
