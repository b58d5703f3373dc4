import { isOverdue } from '../../domain/case-machine.js';
import { validateCaseSubmission } from '../../domain/case-validation.js';
import type { CaseCategory, CaseSubmission, CaseSummary, GridCase } from '../../domain/cases.js';
import { cityNow } from '../../domain/city-clock.js';
import type { Page } from '../../domain/common.js';
import { maskPhone } from '../../domain/masking.js';
import type { Adapter, CallOptions, CasesApi, PageOptions } from '../contract.js';
import { AdapterError, throwIfAborted } from '../errors.js';
import { fetchText } from '../wire/fetch-text.js';
import { defaultXmlParser } from '../wire/xml.js';
import { readDefinition, readReceipt, readService, toCase, toCategory, open311Status, type Known, type MapContext } from './map.js';
import { OPEN311_DEFAULTS, type Open311AdapterOptions, type Open311Location } from './options.js';
import { readAnswer, records } from './wire.js';
import { reportDigest, sessionLedger } from './submit-ledger.js';

export interface Open311Adapter extends Adapter {
  readonly name: string;
  readonly cases: CasesApi;
}

const TOKEN_PREFIX = 'token:';
/** How far around a POST that got no answer its request is looked for (the server's clock may differ a little). */
const SENT_WINDOW_MS = 10 * 60 * 1000;
/** Errors that are the server's answer that it made nothing. */
const REFUSALS: ReadonlySet<string> = new Set(['validation', 'unauthorized', 'forbidden', 'not_found', 'unsupported', 'conflict']);
const SNAPSHOTS = 8;

/**
 * The `cases` group over an Open311 GeoReport v2 server (JSON or XML): categories from `services` and their
 * definitions, submit as `POST requests`, get and list from `requests`. Open311 has no actions: `act` and
 * `follow` reject with `unsupported`, and `capabilities` says so, so the tracker shows the case read-only.
 */
export function createOpen311Adapter(options: Open311AdapterOptions): Open311Adapter {
  const o = { ...OPEN311_DEFAULTS, ...stripUndefined(options) };
  new Intl.DateTimeFormat('en', { timeZone: o.timeZone }); // a bad time zone fails here, not on the first date
  const base = options.endpoint.replace(/\/+$/, '');
  const parseXml = options.parseXml ?? defaultXmlParser();
  const ctx: MapContext = {
    timeZone: o.timeZone,
    slaHours: o.slaHours,
    department: options.department ?? { id: 'open311', name: o.system },
    areaId: options.areaId ?? options.jurisdictionId ?? 'open311',
    system: o.system,
  };
  const name = `open311 ${base}`;

  /** What this adapter submitted: the key's body fingerprint and case, and what the server does not echo. */
  const submitted = new Map<string, { fingerprint: string; result: Promise<GridCase> }>();
  /** The same per key across reloads of this tab, and whether a POST that got no answer went out. */
  const ledger = sessionLedger(base, cityNow);
  const known = new Map<string, Known>();
  const snapshots = new Map<string, GridCase[]>();
  let snapshotSeq = 0;
  let categoriesCache: { locale: string; value: Promise<CaseCategory[]> } | undefined;

  async function request(method: 'GET' | 'POST', path: string, query: Record<string, string | undefined>, opts: CallOptions, body?: URLSearchParams) {
    const params = new URLSearchParams();
    if (options.jurisdictionId) params.set('jurisdiction_id', options.jurisdictionId);
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
    const qs = params.toString();
    const where = `open311 ${method} ${path}`;
    const url = `${base}/${path}.${o.format}${qs ? `?${qs}` : ''}`;
    const headers: Record<string, string> = { Accept: o.format === 'xml' ? 'application/xml, text/xml' : 'application/json' };
    if (opts.locale) headers['Accept-Language'] = opts.locale;
    if (body) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const response = await fetchText(url, { method, headers, body }, { fetch: options.fetch, timeoutMs: o.timeoutMs, signal: opts.signal, where });
    return readAnswer(response, parseXml, where);
  }

  function loadCategories(opts: CallOptions): Promise<CaseCategory[]> {
    const locale = opts.locale ?? '';
    if (categoriesCache?.locale === locale) return categoriesCache.value;
    const value = (async () => {
      const services = records(await request('GET', 'services', {}, opts), 'services', 'service', 'open311 GET services')
        .map(readService)
        .filter((s) => s !== null);
      const seen = new Set<string>();
      const unique = services.filter((s) => !seen.has(s.code) && seen.add(s.code));
      return mapLimit(unique, 4, async (service) => {
        if (!service.metadata) return toCategory(service, null, ctx);
        try {
          return toCategory(service, readDefinition(await request('GET', `services/${encodeURIComponent(service.code)}`, {}, opts)), ctx);
        } catch (e) {
          // `metadata: true` with no definition behind it: the category without questions.
          if (e instanceof AdapterError && e.code === 'not_found') return toCategory(service, null, ctx);
          throw e;
        }
      });
    })();
    categoriesCache = { locale, value };
    value.catch(() => {
      if (categoriesCache?.value === value) categoriesCache = undefined;
    });
    return value;
  }

  function caseOf(raw: unknown): GridCase | null {
    const c = toCase(raw, ctx);
    if (!c) return null;
    const k = known.get(c.id);
    return k ? toCase(raw, ctx, k) : c;
  }

  async function fetchCase(id: string, opts: CallOptions): Promise<GridCase> {
    const value = await request('GET', `requests/${encodeURIComponent(id)}`, {}, opts);
    const list = records(value, 'service_requests', 'request', `open311 GET requests/${id}`);
    if (list.length === 0) throw new AdapterError('not_found', `open311: no request ${id}`);
    const kase = caseOf(list[0]);
    if (!kase) throw new AdapterError('invalid_response', `open311 GET requests/${id}: a request without a usable id or date`);
    return kase;
  }

  /** A token (batch servers) to the request id, once the server has made the request. */
  async function idForToken(token: string, opts: CallOptions): Promise<string | undefined> {
    const value = await request('GET', `tokens/${encodeURIComponent(token)}`, {}, opts);
    return readReceipt(records(value, 'service_requests', 'request', `open311 GET tokens/${token}`)).id;
  }

  async function locate(location: CaseSubmission['location']): Promise<Open311Location> {
    if (options.locate) return options.locate(location);
    if (location.point) return { lat: location.point.lat, long: location.point.lng, address_string: location.address || undefined };
    if (location.address.trim()) return { address_string: location.address };
    return { address_id: location.areaId };
  }

  /** What the server does not echo of a report this tab sent. */
  function knownOf(submission: CaseSubmission, serviceNotice?: string): Known {
    return {
      mine: true,
      reporter: submission.anonymous
        ? { anonymous: true }
        : { anonymous: false, name: submission.name, ...(submission.phone ? { phone: maskPhone(submission.phone) } : {}) },
      answers: submission.answers,
      urgency: submission.urgency,
      areaId: submission.location.areaId,
      serviceNotice,
    };
  }

  /** `POST requests`; `sending` runs just before the POST goes out (after the checks and the photo upload). */
  async function doSubmit(submission: CaseSubmission, opts: CallOptions, sending: () => void): Promise<GridCase> {
    const categories = await loadCategories(opts);
    const category = categories.find((c) => c.code === submission.categoryCode) ?? null;
    const errors = validateCaseSubmission(submission, category);
    if (submission.photos?.length && !options.uploadPhoto) errors.photos = { code: 'invalid' };
    if (Object.keys(errors).length) {
      throw new AdapterError('validation', 'open311: the report is not valid', { fieldErrors: errors });
    }
    const body = new URLSearchParams();
    if (options.jurisdictionId) body.set('jurisdiction_id', options.jurisdictionId);
    if (options.apiKey) body.set('api_key', options.apiKey);
    body.set('service_code', submission.categoryCode);
    for (const [k, v] of Object.entries(await locate(submission.location))) if (v !== undefined && v !== '') body.set(k, String(v));
    body.set('description', submission.description);
    if (!submission.anonymous) {
      if (submission.name) body.set('first_name', submission.name);
      if (submission.phone) body.set('phone', submission.phone);
    }
    const photo = submission.photos?.[0];
    if (photo && options.uploadPhoto) body.set('media_url', await options.uploadPhoto(photo, { signal: opts.signal }));
    for (const q of category!.questions) {
      const answer = submission.answers[q.code];
      if (answer === undefined || answer === '') continue;
      if (Array.isArray(answer)) for (const v of answer) body.append(`attribute[${q.code}][]`, v);
      else body.set(`attribute[${q.code}]`, String(answer));
    }
    throwIfAborted(opts.signal);
    sending();
    const receipt = readReceipt(records(await request('POST', 'requests', {}, opts, body), 'service_requests', 'request', 'open311 POST requests'));
    ledger.landed(submission.idempotencyKey, { id: receipt.id, token: receipt.token });
    let id = receipt.id;
    if (!id && receipt.token) id = (await idForToken(receipt.token, opts).catch(() => undefined)) ?? undefined;
    if (!id && !receipt.token) {
      throw new AdapterError('invalid_response', 'open311 POST requests: the answer has neither a service_request_id nor a token');
    }
    const k = knownOf(submission, receipt.serviceNotice);
    const provisional = (caseId: string): GridCase => {
      const now = cityNow().toISOString();
      const kase = toCase(
        {
          service_request_id: caseId,
          service_code: submission.categoryCode,
          service_name: category!.name,
          status: 'open',
          description: submission.description,
          address: submission.location.address,
          requested_datetime: now,
          lat: submission.location.point?.lat,
          long: submission.location.point?.lng,
        },
        ctx,
        k,
      )!;
      return kase;
    };
    if (!id) {
      // A batch server: only a token so far. The case is known by it until the server makes the request.
      const caseId = `${TOKEN_PREFIX}${receipt.token}`;
      known.set(caseId, k);
      return provisional(caseId);
    }
    known.set(id, k);
    try {
      return await fetchCase(id, opts);
    } catch (e) {
      // Accepted, not yet listed (or the server cannot show one request): what we sent is what we know.
      if (e instanceof AdapterError && (e.code === 'not_found' || e.code === 'invalid_response')) return provisional(id);
      throw e;
    }
  }

  /**
   * A key this tab has not sent in this page: answered from the ledger when it was sent before a reload (the
   * same report: that case; another report: a conflict naming it), looked for on the server when its POST went
   * out without an answer, else sent.
   */
  async function submitOnce(submission: CaseSubmission, fingerprint: string, opts: CallOptions): Promise<GridCase> {
    const key = submission.idempotencyKey;
    const digest = reportDigest(fingerprint);
    const before = ledger.get(key);
    const landedId = before?.id ?? (before?.token ? `${TOKEN_PREFIX}${before.token}` : undefined);
    if (before && landedId) {
      if (before.digest !== digest) {
        throw new AdapterError('conflict', 'open311: this idempotency key was used for another report', {
          existing: { id: landedId, publicNumber: before.id ?? before.token! },
        });
      }
      known.set(landedId, knownOf(submission));
      return cases.get(landedId, opts);
    }
    // Sent without an answer, this same report: it may have landed, so look before sending it twice.
    if (before && before.digest === digest) {
      const found = await findSent(submission, before.sentAt, opts);
      if (found) {
        ledger.landed(key, { id: found.id });
        known.set(found.id, knownOf(submission));
        return fetchCase(found.id, opts);
      }
    }
    try {
      return await doSubmit(submission, opts, () => ledger.sending(key, digest, cityNow()));
    } catch (e) {
      // The server answered with a refusal, so it made nothing: the key is free again. Otherwise (no answer, a
      // timeout, a 5xx, an answer we cannot read) the report may have landed; the ledger keeps it as sent.
      if (e instanceof AdapterError && REFUSALS.has(e.code)) ledger.forget(key);
      throw e;
    }
  }

  /** The report sent at `sentAt` among the server's requests of its category since then: same text, same place. */
  async function findSent(submission: CaseSubmission, sentAt: string, opts: CallOptions): Promise<GridCase | undefined> {
    const from = Date.parse(sentAt) - SENT_WINDOW_MS;
    const value = await request('GET', 'requests', {
      service_code: submission.categoryCode,
      start_date: new Date(from).toISOString(),
      end_date: new Date(cityNow().getTime() + SENT_WINDOW_MS).toISOString(),
    }, opts);
    const place = await locate(submission.location);
    const near = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) < 1e-5;
    return records(value, 'service_requests', 'request', 'open311 GET requests')
      .map((raw) => toCase(raw, ctx))
      .filter((c) => c !== null)
      .find(
        (c) =>
          c.categoryCode === submission.categoryCode &&
          c.description.trim() === submission.description.trim() &&
          (place.lat !== undefined
            ? near(c.location.point?.lat, place.lat) && near(c.location.point?.lng, place.long)
            : !place.address_string || c.location.address.trim() === place.address_string.trim()),
      );
  }

  /** Every request matching the query, newest first. The server filters by category and open/closed. */
  async function listAll(query: Parameters<CasesApi['list']>[0], opts: CallOptions): Promise<GridCase[]> {
    const statuses = query.status?.length ? [...new Set(query.status.map(open311Status))] : [];
    const mineIds = query.mine ? [...known.keys()].filter((id) => known.get(id)!.mine && !id.startsWith(TOKEN_PREFIX)) : undefined;
    if (mineIds && mineIds.length === 0) return [];
    const value = await request(
      'GET',
      'requests',
      {
        service_code: query.categoryCode,
        status: statuses.length === 1 ? statuses[0] : undefined,
        service_request_id: mineIds?.join(','),
      },
      opts,
    );
    const now = cityNow();
    const text = query.text?.trim().toLowerCase();
    return records(value, 'service_requests', 'request', 'open311 GET requests')
      .map(caseOf)
      .filter((c) => c !== null)
      .filter(
        (c) =>
          (!query.status?.length || query.status.includes(c.status)) &&
          (!query.categoryCode || c.categoryCode === query.categoryCode) &&
          (!query.areaId || c.location.areaId === query.areaId) &&
          (query.overdue === undefined || isOverdue(c, now) === query.overdue) &&
          (!text || [c.publicNumber, c.description, c.location.address, c.categoryName].some((s) => s.toLowerCase().includes(text))),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  }

  const summary = ({ answers: _a, reporter: _r, photos: _p, timeline: _t, mine: _m, ...rest }: GridCase): CaseSummary => rest;

  const cases: CasesApi = {
    capabilities: { actions: [], follow: false, system: o.system },

    categories: (opts = {}) => loadCategories(opts),

    async departments() {
      return [ctx.department];
    },

    // The form offers similar open cases so a resident can follow one instead of reporting it again; Open311
    // cannot follow, so there is nothing to offer.
    async similar() {
      return [];
    },

    async submit(submission, opts = {}) {
      const fingerprint = JSON.stringify({ ...submission, photos: submission.photos?.map((p) => [p.size, p.type]) });
      const previous = submitted.get(submission.idempotencyKey);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          const existing = await previous.result.catch(() => undefined);
          throw new AdapterError('conflict', 'open311: this idempotency key was used for another report', {
            ...(existing ? { existing: { id: existing.id, publicNumber: existing.publicNumber } } : {}),
          });
        }
        return previous.result;
      }
      const result = submitOnce(submission, fingerprint, opts);
      submitted.set(submission.idempotencyKey, { fingerprint, result });
      // A failed submit may be retried with the same key.
      result.catch(() => submitted.delete(submission.idempotencyKey));
      return result;
    },

    async get(idOrNumber, opts = {}) {
      const wanted = idOrNumber.trim();
      if (!wanted) throw new AdapterError('not_found', 'open311: no request id');
      if (wanted.startsWith(TOKEN_PREFIX)) {
        const id = await idForToken(wanted.slice(TOKEN_PREFIX.length), opts).catch(() => undefined);
        if (!id) throw new AdapterError('not_found', `open311: the server has not made a request for ${wanted} yet`);
        const k = known.get(wanted);
        if (k) known.set(id, k);
        return fetchCase(id, opts);
      }
      return fetchCase(wanted, opts);
    },

    async list(query, opts: PageOptions = {}): Promise<Page<CaseSummary>> {
      const limit = Math.max(1, Math.min(200, Math.floor(opts.limit ?? 50)));
      let items: GridCase[];
      let offset = 0;
      let snapshot: string;
      if (opts.cursor) {
        const m = /^o311:(\d+):(\d+)$/.exec(safeAtob(opts.cursor));
        if (!m) throw new AdapterError('validation', 'Invalid cursor', { fieldErrors: { cursor: { code: 'invalid' } } });
        snapshot = m[1]!;
        offset = Number(m[2]);
        items = snapshots.get(snapshot) ?? (await listAll(query, opts));
      } else {
        items = await listAll(query, opts);
        snapshot = String(++snapshotSeq);
      }
      // Later pages read the list the first page saw, so a walk never repeats or skips a case.
      snapshots.set(snapshot, items);
      while (snapshots.size > SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
      const end = offset + limit;
      return {
        items: items.slice(offset, end).map(summary),
        nextCursor: end < items.length ? btoa(`o311:${snapshot}:${end}`) : null,
        total: items.length,
      };
    },

    async act(_caseId, request) {
      throw new AdapterError('unsupported', `${o.system} (GeoReport v2) cannot ${request.action} a case: it is handled in the city's system`);
    },

    async follow() {
      throw new AdapterError('unsupported', `${o.system} (GeoReport v2) has no way to follow a case`);
    },
  };

  return { name, cases };
}

function safeAtob(value: string): string {
  try {
    return atob(value);
  } catch {
    return '';
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

