import { AdapterError, type AdapterErrorCode } from '../errors.js';

export interface TextResponse {
  status: number;
  ok: boolean;
  text: string;
  contentType: string;
}

export interface FetchTextOptions {
  fetch?: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Names the call in error messages, e.g. `open311 GET services`. */
  where: string;
}

/** One request, its body as text; a network failure, a timeout and an abort as the contract says. */
export async function fetchText(url: string, init: RequestInit, options: FetchTextOptions): Promise<TextResponse> {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, i?: RequestInit) => globalThis.fetch(input, i));
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await doFetch(url, { ...init, signal });
    const text = await response.text();
    return { status: response.status, ok: response.ok, text, contentType: response.headers.get('Content-Type') ?? '' };
  } catch (e) {
    if (options.signal?.aborted) throw options.signal.reason ?? e;
    if (timeout.aborted) throw new AdapterError('timeout', `${options.where} timed out after ${options.timeoutMs} ms`, { cause: e });
    throw new AdapterError('network', `${options.where} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** The contract's code for an HTTP error status. */
export function codeForStatus(status: number): AdapterErrorCode {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 501) return 'unsupported';
  if (status === 429 || status >= 500) return 'unavailable';
  return 'invalid_response';
}

/** Retry-After seconds, for `unavailable`. */
export function retryAfterMs(status: number, header: string | null): number | undefined {
  if (status !== 429 && status !== 503) return undefined;
  return header && /^\d+$/.test(header.trim()) ? Number(header.trim()) * 1000 : undefined;
}
