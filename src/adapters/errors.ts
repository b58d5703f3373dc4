import type { FieldErrors } from '../domain/field-errors.js';

export const ADAPTER_ERROR_CODES = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not_found',
  'validation',
  'conflict',
  'unavailable',
  'invalid_response',
  // The backend cannot do this at all (an Open311 server has no "verify"): not worth retrying, not the user's fault.
  'unsupported',
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/** Codes where trying the same call again may succeed. */
const RETRYABLE: ReadonlySet<AdapterErrorCode> = new Set(['network', 'timeout', 'unavailable']);

/**
 * For a `conflict` on a reused idempotency key: what the first request under that key created, so the
 * caller can find it instead of retrying for ever (e.g. a report that was received, then edited).
 */
export interface ExistingResource {
  id: string;
  /** The public number, for a case (`GC-…`). */
  publicNumber?: string;
}

export interface AdapterErrorOptions {
  fieldErrors?: FieldErrors;
  retryAfterMs?: number;
  existing?: ExistingResource;
  cause?: unknown;
}

/** The one error type every adapter throws, so every widget can show the right message and offer retry. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  /** For `validation`: what is wrong with which field. */
  readonly fieldErrors?: FieldErrors;
  /** For `unavailable` (HTTP 429/503): how long the server asked us to wait. */
  readonly retryAfterMs?: number;
  /** For `conflict` on a reused idempotency key (`cases.submit`): the case that key already created. */
  readonly existing?: ExistingResource;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.existing) this.existing = options.existing;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export function isAdapterError(e: unknown): e is AdapterError {
  return e instanceof AdapterError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AdapterError');
}

/** An abort is the caller changing its mind, never an error to show. */
export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** Anything thrown by an adapter, as an AdapterError (unknown failures count as `network`). */
export function toAdapterError(e: unknown): AdapterError {
  if (isAdapterError(e)) return e;
  if (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'TimeoutError') {
    return new AdapterError('timeout', 'The request timed out', { cause: e });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new AdapterError('network', message || 'The request failed', { cause: e });
}

/** Throws the abort reason when the signal has fired: call between awaited steps. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
  }
}
