import type { Area } from '../../../domain/areas.js';
import type { AreasApi } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { MemoryContext } from '../context.js';
import { matchesText, paginate } from '../paging.js';
import { areaPath } from '../world/areas.js';

export function createAreasApi(ctx: MemoryContext): AreasApi {
  const world = ctx.areas;
  const find = (id: string): Area => {
    const area = world.byId.get(id);
    if (!area) throw new AdapterError('not_found', `No area ${id}`);
    return area;
  };
  return {
    async roots() {
      return [find(world.rootId)];
    },
    async children(parentId, options = {}) {
      find(parentId);
      const ids = world.childIds.get(parentId) ?? [];
      return paginate(ids.map(find), options);
    },
    async get(id) {
      return find(id);
    },
    async path(id) {
      find(id);
      return areaPath(world, id);
    },
    async search(text, options = {}) {
      const needle = text.trim();
      if (!needle) return { items: [], nextCursor: null, total: 0 };
      const levels = options.level ? [options.level] : (['district', 'street', 'community', 'grid', 'compound'] as const);
      const hits: Area[] = [];
      for (const level of levels) {
        for (const area of world.byLevel.get(level) ?? []) if (matchesText(area.name, needle)) hits.push(area);
      }
      const page = paginate(hits, options);
      return { ...page, items: page.items.map((area) => ({ area, path: areaPath(world, area.id).slice(0, -1) })) };
    },
  };
}
