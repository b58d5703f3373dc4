import { areaPath } from '../../../../src/adapters/memory/world/areas.js';
import { generateServiceRequests } from '../../../../src/adapters/memory/world/service-requests.js';
import { generateServiceWorld } from '../../../../src/adapters/memory/world/services.js';
import { buildTaxonomy } from '../../../../src/adapters/memory/world/taxonomy.js';
import { cityDay, REQUEST_REFERENCE_PREFIX } from '../../../../src/domain/reference-numbers.js';
import type { ListItem } from '../../../../src/domain/services.js';
import { seedWorld, type SeedInput } from '../context.js';
import { insertMany, type SqlRunner, type SqlValue } from '../db.js';
import { ITEM_COLUMNS, itemValues } from './items.js';

/**
 * A fresh database gets the memory adapter's service world: the taxonomy, the four lists and the
 * requests residents made before the epoch, generated exactly as `createServicesApi` does (same
 * streams, same sizes), so ids, order and figures match it. The counters start after the seeded numbers.
 */
export async function seedServices(tx: SqlRunner, input: SeedInput): Promise<void> {
  const ctx = seedWorld(input);
  // The same parts, streams and sizes as src/adapters/memory/apis/services.ts.
  const taxonomy = ctx.world('taxonomy', buildTaxonomy);
  const world = ctx.world('services', () =>
    generateServiceWorld(ctx.rng('services'), ctx.areas, taxonomy, {
      services: ctx.sizes.services,
      demands: ctx.sizes.demands,
      resources: ctx.sizes.resources,
      projects: ctx.sizes.projects,
    }, ctx.epoch),
  );
  const requests = ctx.world('service-requests', () =>
    generateServiceRequests(ctx.rng('service-requests'), world, ctx.epoch, ctx.sizes.services * 2),
  );

  await insertMany(tx, 'service_terms', ['id', 'code', 'name_zh', 'name_en', 'parent_id', 'position'],
    taxonomy.terms.map((t, i) => [t.id, t.code, t.name.zh, t.name.en, t.parentId, i]));

  const parentOf = new Map(taxonomy.terms.map((t) => [t.id, t.parentId]));
  const items: ListItem[] = [...world.services, ...world.demands, ...world.resources, ...world.projects];
  // Each list in its memory order, positions from 1 (posted demands take -1, -2, … before them).
  const positions = new Map<string, number>();
  const rows = items.map((item) => {
    const position = (positions.get(item.kind) ?? 0) + 1;
    positions.set(item.kind, position);
    return itemValues(item, position, parentOf);
  });
  await insertMany(tx, 'service_items', ITEM_COLUMNS, rows);
  await insertMany(tx, 'service_item_terms', ['item_id', 'position', 'term_id'], items.flatMap((item) => item.termIds.map((t, i) => [item.id, i, t])));
  await insertMany(tx, 'service_item_audiences', ['item_id', 'position', 'audience'], items.flatMap((item) => item.audiences.map((a, i) => [item.id, i, a])));
  await insertMany(tx, 'service_item_areas', ['area_id', 'item_id'], items.flatMap((item) => areaPath(ctx.areas, item.areaId).map((a) => [a.id, item.id])));

  await insertMany(tx, 'service_requests', ['id', 'reference_number', 'item_id', 'created_at', 'status'],
    requests.map((r) => [r.id, r.referenceNumber, r.itemId, r.createdAt, r.status]));
  const perDay = new Map<string, number>();
  for (const r of requests) {
    const day = `${REQUEST_REFERENCE_PREFIX}-${cityDay(new Date(r.createdAt))}`;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const counters: SqlValue[][] = [...perDay];
  await insertMany(tx, 'service_counters', ['name', 'value'], counters);
}
