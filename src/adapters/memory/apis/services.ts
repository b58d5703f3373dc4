import { fieldErrorsFrom } from '../../../domain/field-errors.js';
import { DEMAND_REFERENCE_PREFIX, REQUEST_REFERENCE_PREFIX, cityDay } from '../../../domain/reference-numbers.js';
import { newDemand, requestReceipt } from '../../../domain/service-receipt.js';
import {
  DemandInput,
  ServiceQuery,
  ServiceRequestInput,
  type Demand,
  type ListItem,
  type ListKind,
  type RequestReceipt,
} from '../../../domain/services.js';
import type { ServicesApi } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { MemoryContext } from '../context.js';
import { matchesText, paginate } from '../paging.js';
import { areaLabel, isWithinArea } from '../world/areas.js';
import { StatsQuery, statsQueryErrors } from '../../../domain/stats.js';
import { generateServiceRequests } from '../world/service-requests.js';
import { generateServiceWorld } from '../world/services.js';
import { requirePermission, throwIfInvalid } from './refusals.js';
import { computeServiceStats } from './service-stats.js';
import { buildTaxonomy, localizeTerm } from '../world/taxonomy.js';

interface SavedServices {
  demands: Demand[];
  receipts: RequestReceipt[];
}

/**
 * The service catalogue and the community's demand, resource and project lists.
 *
 * Audience filter: an item for `everyone` matches every audience, because the filter answers
 * "what can an older person use?", and a service open to all is one. Filtering by `everyone`
 * itself returns only items meant for everyone.
 */
export function createServicesApi(ctx: MemoryContext): ServicesApi & Required<Pick<ServicesApi, 'stats'>> {
  const taxonomy = ctx.world('taxonomy', buildTaxonomy);
  const world = ctx.world('services', () =>
    generateServiceWorld(ctx.rng('services'), ctx.areas, taxonomy, {
      services: ctx.sizes.services,
      demands: ctx.sizes.demands,
      resources: ctx.sizes.resources,
      projects: ctx.sizes.projects,
    }, ctx.epoch),
  );
  // Requests residents made before the epoch: only the statistics show them.
  const seededRequests = ctx.world('service-requests', () =>
    generateServiceRequests(ctx.rng('service-requests'), world, ctx.epoch, ctx.sizes.services * 2),
  );
  const requestable = ctx.world('service-requestable', () => new Map<string, ListItem>([...world.services, ...world.resources].map((i) => [i.id, i])));
  // This adapter's own changes, layered over the shared world.
  let state: SavedServices = { demands: [], receipts: [] };
  ctx.persistent(
    'services',
    () => state,
    (data) => {
      const saved = data as Partial<SavedServices> | null;
      if (saved && Array.isArray(saved.demands) && Array.isArray(saved.receipts)) {
        state = { demands: saved.demands, receipts: saved.receipts };
      }
    },
  );

  const listOf = (kind: ListKind): readonly ListItem[] => {
    switch (kind) {
      case 'service':
        return world.services;
      case 'resource':
        return world.resources;
      case 'project':
        return world.projects;
      case 'demand':
        // Newest first: a demand just posted leads the list.
        return [...state.demands.slice().reverse(), ...world.demands];
    }
  };

  const findItem = (kind: ListKind, id: string) => listOf(kind).find((item) => item.id === id);

  /** A receipt numbered after the seeded ones: the day's sequence counts this prefix's receipts of the city day. */
  const receipt = (prefix: string, itemId: string): RequestReceipt => {
    const now = ctx.now();
    const day = `${prefix}-${cityDay(now)}-`;
    const sequence = [...seededRequests, ...state.receipts].filter((r) => r.referenceNumber.startsWith(day)).length + 1;
    const made = requestReceipt({ number: state.receipts.length + 1, prefix, sequence, itemId, now });
    state.receipts.push(made);
    return made;
  };

  return {
    async taxonomy(options = {}) {
      return taxonomy.terms.map((t) => localizeTerm(t, options.locale));
    },

    async query(query, options = {}) {
      throwIfInvalid(fieldErrorsFrom(ServiceQuery, query), 'Invalid service query');
      const terms = query.termIds?.length ? new Set(query.termIds.flatMap((id) => taxonomy.descendantsOf(id))) : null;
      const audience = query.audience;
      const items = listOf(query.kind).filter((item) => {
        if (terms && !item.termIds.some((id) => terms.has(id))) return false;
        if (audience && !item.audiences.includes(audience) && !item.audiences.includes('everyone')) return false;
        if (query.areaId && !isWithinArea(item.areaId, query.areaId)) return false;
        return matchesText(searchText(item), query.text);
      });
      return paginate(items, options);
    },

    async get(kind, id) {
      const item = findItem(kind, id);
      if (!item) throw new AdapterError('not_found', `No ${kind} ${id}`);
      return item;
    },

    async request(input) {
      requirePermission(ctx.session(), 'service:request');
      throwIfInvalid(fieldErrorsFrom(ServiceRequestInput, input), 'The request has errors');
      const item = findItem('service', input.itemId) ?? findItem('resource', input.itemId);
      if (!item) {
        const elsewhere = findItem('demand', input.itemId) ?? findItem('project', input.itemId);
        if (elsewhere) throwIfInvalid({ itemId: { code: 'invalid_option' } }, 'Only services and resources can be requested');
        throw new AdapterError('not_found', `No service or resource ${input.itemId}`);
      }
      return ctx.idempotency.run('services.request', input.idempotencyKey, input, () => {
        const made = receipt(REQUEST_REFERENCE_PREFIX, item.id);
        ctx.changed();
        return made;
      });
    },

    async postDemand(input) {
      requirePermission(ctx.session(), 'service:request');
      const errors = fieldErrorsFrom(DemandInput, input);
      if (!errors.areaId && input.areaId && !ctx.areas.byId.has(input.areaId)) errors.areaId = { code: 'invalid_option' };
      if (!errors.termIds && Array.isArray(input.termIds) && input.termIds.some((id) => !taxonomy.byId.has(id))) {
        errors.termIds = { code: 'invalid_option' };
      }
      throwIfInvalid(errors, 'The demand has errors');
      return ctx.idempotency.run('services.postDemand', input.idempotencyKey, input, () => {
        const demand = newDemand({
          number: state.demands.length + 1,
          input,
          areaName: areaLabel(ctx.areas, input.areaId, 'street'),
          now: ctx.now(),
        });
        state.demands.push(demand);
        const made = receipt(DEMAND_REFERENCE_PREFIX, demand.id);
        ctx.changed();
        return made;
      });
    },

    async stats(query, options = {}) {
      const now = ctx.now();
      const errors = statsQueryErrors(query, now);
      if (!errors.areaId && query?.areaId && !ctx.areas.byId.has(query.areaId)) errors.areaId = { code: 'invalid_option' };
      throwIfInvalid(errors, 'Invalid stats query');
      // Demand receipts (XQ-…) are the demands themselves; requests are for services and resources.
      const requests = [...seededRequests, ...state.receipts.filter((r) => requestable.has(r.itemId))];
      return computeServiceStats(
        { requests, requestable, demands: listOf('demand') as Demand[], taxonomy },
        StatsQuery.parse(query),
        { now, rootId: ctx.areas.rootId, locale: options.locale },
      );
    },
  };
}

function searchText(item: ListItem): string {
  switch (item.kind) {
    case 'service':
    case 'resource':
      return `${item.name} ${item.description} ${item.provider.name}`;
    case 'demand':
      return `${item.name} ${item.description}`;
    case 'project':
      return `${item.name} ${item.description} ${item.demand.name} ${item.resource.name}`;
  }
}
