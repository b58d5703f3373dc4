import { AdapterError, isAbortError, isAdapterError } from '../errors.js';
import { errorFromResponse } from './http-errors.js';
import { REST_DEFAULTS, type RestAdapterOptions } from './options.js';
import { backoffDelay, wait } from './retry.js';
import { ROUTES, fillPath, type OperationId } from './routes.js';

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, QueryValue>;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
  locale?: string;
}

/** Sends one operation: auth, per-attempt timeout, retries with backoff, HTTP errors as AdapterErrors. */
export type Send = (op: OperationId, call: Call) => Promise<unknown>;

export function createTransport(options: RestAdapterOptions): Send {
  const o = { ...REST_DEFAULTS, ...stripUndefined(options) };
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  async function attempt(op: OperationId, call: Call): Promise<unknown> {
    const route = ROUTES[op];
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (call.locale) headers['Accept-Language'] = call.locale;
    if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';

    const timeout = AbortSignal.timeout(o.timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    const url = base + fillPath(route.path, call.params ?? {}) + queryString(call.query);
    let text: string;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: route.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal,
      });
      text = await response.text();
    } catch (e) {
      // The caller changing its mind stays an AbortError; our own deadline is a timeout.
      if (call.signal?.aborted) throw call.signal.reason ?? e;
      if (timeout.aborted) throw new AdapterError('timeout', `${op} timed out after ${o.timeoutMs} ms`, { cause: e });
      throw new AdapterError('network', `${op} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    if (!response.ok) throw errorFromResponse(response, text, op);
    try {
      return text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch (e) {
      throw new AdapterError('invalid_response', `${op} returned a body that is not JSON`, { cause: e });
    }
  }

  return async (op, call) => {
    // A write is safe to repeat only when the server can recognise the repeat by its key.
    const retryable = ROUTES[op].method === 'GET' || !!call.idempotencyKey;
    const attempts = 1 + (retryable ? Math.max(0, o.retries) : 0);
    for (let n = 0; ; n++) {
      try {
        return await attempt(op, call);
      } catch (e) {
        if (isAbortError(e) || !isAdapterError(e) || !e.retryable || n + 1 >= attempts) throw e;
        if (e.retryAfterMs !== undefined && e.retryAfterMs > o.maxRetryAfterMs) throw e;
        await wait(e.retryAfterMs ?? backoffDelay(n, o.backoffMs, o.maxBackoffMs), call.signal);
      }
    }
  };
}

/** Arrays repeat the name (`skills=a&skills=b`), booleans are `true`/`false`, empty values are left out. */
export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(name, v);
    else params.append(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
