import { cityNow } from '../../domain/city-clock.js';
import type { Page } from '../../domain/common.js';
import type { ListItem, RequestReceipt, Service, TaxonomyTerm } from '../../domain/services.js';
import { ServiceRequestInput } from '../../domain/services.js';
import { fieldErrorsFrom } from '../../domain/field-errors.js';
import type { Adapter, CallOptions, PageOptions, ServicesApi } from '../contract.js';
import { AdapterError } from '../errors.js';
import { codeForStatus, fetchText } from '../wire/fetch-text.js';
import { parseLenientJson } from '../wire/lenient-json.js';
import { readPage, rootOrphans, toService, toTerm, type HsdsContext, type HsdsPage } from './map.js';
import { HSDS_DEFAULTS, type HsdsAdapterOptions } from './options.js';

export interface HsdsAdapter extends Adapter {
  readonly name: string;
  readonly services: ServicesApi;
}

const MAX_TERM_PAGES = 50;
/** Pages read ahead when a filter done here leaves a page empty. */
const MAX_SKIP_PAGES = 5;

/**
 * The `services` group (kind `service`) over an Open Referral HSDS 3.0 API: taxonomy from `taxonomy_terms`,
 * query from `services` with HSDS paging mapped onto cursors, the detail from `services/{id}`. HSDS is read-only:
 * `request` goes to the portal's `request` hook, `postDemand` is `unsupported`, and the other lists are empty.
 */
export function createHsdsAdapter(options: HsdsAdapterOptions): HsdsAdapter {
  const o = { ...HSDS_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as HsdsAdapterOptions &
    typeof HSDS_DEFAULTS;
  const base = options.endpoint.replace(/\/+$/, '');
  const ctx: HsdsContext = { timeZone: o.timeZone, areaId: o.areaId, areaName: options.areaName };
  const requests = new Map<string, { fingerprint: string; result: Promise<RequestReceipt> }>();
  let termsCache: Promise<TaxonomyTerm[]> | undefined;

  async function getJson(path: string, query: Record<string, string | undefined>, opts: CallOptions): Promise<unknown> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
    const qs = params.toString();
    const where = `hsds GET ${path}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (opts.locale) headers['Accept-Language'] = opts.locale;
    const response = await fetchText(`${base}/${path}${qs ? `?${qs}` : ''}`, { headers }, { fetch: options.fetch, timeoutMs: o.timeoutMs, signal: opts.signal, where });
    if (!response.ok) throw new AdapterError(codeForStatus(response.status), `${where}: HTTP ${response.status}`);
    try {
      return parseLenientJson(response.text);
    } catch (e) {
      throw new AdapterError('invalid_response', `${where} returned a body that is not JSON`, { cause: e });
    }
  }

  async function hsdsPage(path: string, page: number, size: number, query: Record<string, string | undefined>, opts: CallOptions): Promise<HsdsPage> {
    const value = await getJson(path, { ...query, page: String(page), per_page: String(size) }, opts);
    const read = readPage(value, page, size);
    if (!read) throw new AdapterError('invalid_response', `hsds GET ${path} returned no page (no "contents")`);
    return read;
  }

  function loadTerms(opts: CallOptions): Promise<TaxonomyTerm[]> {
    termsCache ??= (async () => {
      const terms = new Map<string, TaxonomyTerm>();
      for (let page = 1; page <= MAX_TERM_PAGES; page++) {
        const { contents, hasNext } = await hsdsPage('taxonomy_terms', page, 100, {}, opts);
        const before = terms.size;
        for (const raw of contents) {
          const term = toTerm(raw);
          if (term && !terms.has(term.id)) terms.set(term.id, term);
        }
        // A server that ignores `page` sends the same terms again: stop there.
        if (!hasNext || terms.size === before) break;
      }
      return rootOrphans([...terms.values()]);
    })();
    termsCache.catch(() => (termsCache = undefined));
    return termsCache;
  }

  /** The terms and every term below them. */
  async function withDescendants(ids: readonly string[], opts: CallOptions): Promise<Set<string>> {
    const terms = await loadTerms(opts);
    const out = new Set(ids);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of terms) if (t.parentId && out.has(t.parentId) && !out.has(t.id)) grew = out.add(t.id).size > 0;
    }
    return out;
  }

  const cursorOf = (page: number, size: number) => btoa(`hsds:${page}:${size}`);
  function readCursor(cursor: string): { page: number; size: number } {
    let m: RegExpExecArray | null = null;
    try {
      m = /^hsds:(\d+):(\d+)$/.exec(atob(cursor));
    } catch {
      // not base64
    }
    if (!m) throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
    return { page: Number(m[1]), size: Number(m[2]) };
  }

  async function getService(id: string, opts: CallOptions): Promise<Service> {
    const raw = await getJson(`services/${encodeURIComponent(id)}`, {}, opts);
    const service = toService(raw, ctx);
    if (!service) throw new AdapterError('invalid_response', `hsds GET services/${id}: a service without an id or a name`);
    return service;
  }

  const services: ServicesApi = {
    capabilities: { kinds: ['service'], request: !!options.request, postDemand: false },

    taxonomy: (opts = {}) => loadTerms(opts),

    async query(query, opts: PageOptions = {}): Promise<Page<ListItem>> {
      const size = Math.max(1, Math.min(100, Math.floor(opts.limit ?? 20)));
      let page = 1;
      let pageSize = size;
      if (opts.cursor) ({ page, size: pageSize } = readCursor(opts.cursor));
      if (query.kind !== 'service') return { items: [], nextCursor: null, total: 0 };
      if (query.areaId && query.areaId !== ctx.areaId) return { items: [], nextCursor: null, total: 0 };
      // HSDS filters by one term (not its descendants): ask for a leaf term, filter here otherwise.
      const wanted = query.termIds?.length ? await withDescendants(query.termIds, opts) : null;
      const serverTerm = wanted && wanted.size === 1 ? [...wanted][0] : undefined;
      const localFilter = (wanted && !serverTerm) || !!query.audience;
      const keep = (s: Service) =>
        (!wanted || s.termIds.some((t) => wanted.has(t))) &&
        (!query.audience || s.audiences.includes(query.audience) || s.audiences.includes('everyone'));
      const params = { search: query.text?.trim() || undefined, taxonomy_term_id: serverTerm };
      for (let skipped = 0; ; skipped++) {
        const result = await hsdsPage('services', page, pageSize, params, opts);
        const seen = new Set<string>();
        const items = result.contents
          .map((raw) => toService(raw, ctx))
          .filter((s): s is Service => s !== null && !seen.has(s.id) && !!seen.add(s.id))
          .filter(keep);
        const nextCursor = result.hasNext ? cursorOf(page + 1, pageSize) : null;
        // A page with a next cursor is never empty: read on while this page's services were all left out.
        if (items.length > 0 || !nextCursor || skipped >= MAX_SKIP_PAGES) return { items, nextCursor, total: localFilter ? null : result.total };
        page++;
      }
    },

    async get(kind, id, opts = {}) {
      if (kind !== 'service') throw new AdapterError('not_found', `hsds: there is no ${kind} list`);
      return getService(id, opts);
    },

    async request(input, opts = {}) {
      const hook = options.request;
      if (!hook) throw new AdapterError('unsupported', 'hsds: HSDS is read-only and no `request` hook was given');
      const errors = fieldErrorsFrom(ServiceRequestInput, input);
      if (Object.keys(errors).length) throw new AdapterError('validation', 'hsds: the request is not valid', { fieldErrors: errors });
      const fingerprint = JSON.stringify(input);
      const previous = requests.get(input.idempotencyKey);
      if (previous) {
        if (previous.fingerprint !== fingerprint) throw new AdapterError('conflict', 'hsds: this idempotency key was used for another request');
        return previous.result;
      }
      const result = (async (): Promise<RequestReceipt> => {
        const service = await getService(input.itemId, opts);
        const answer = await hook(input, { service, signal: opts.signal });
        return {
          id: answer.id ?? answer.referenceNumber,
          referenceNumber: answer.referenceNumber,
          itemId: input.itemId,
          createdAt: answer.createdAt ?? cityNow().toISOString(),
          status: answer.status ?? 'received',
        };
      })();
      requests.set(input.idempotencyKey, { fingerprint, result });
      result.catch(() => requests.delete(input.idempotencyKey));
      return result;
    },

    async postDemand() {
      throw new AdapterError('unsupported', 'hsds: an HSDS directory has no demand list');
    },
  };

  return { name: `hsds ${base}`, services };
}
