import type { FieldErrors } from '../../domain/field-errors.js';
import { AdapterError, type AdapterErrorCode, type ExistingResource } from '../errors.js';
import { parseRetryAfter } from './retry.js';

/** The error body every endpoint sends: `{ error: { code, message, fieldErrors?, existing? } }`. */
interface ErrorBody {
  code?: unknown;
  message?: unknown;
  fieldErrors?: unknown;
  existing?: unknown;
}

function statusCode(status: number): AdapterErrorCode {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 501) return 'unsupported';
  if (status === 429 || status >= 500) return 'unavailable';
  // Any other 4xx means client and server disagree about the contract.
  return 'invalid_response';
}

/** Keeps only well-formed entries: a broken body must not break the form that shows them. */
function readFieldErrors(value: unknown): FieldErrors | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: FieldErrors = {};
  for (const [path, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object') continue;
    const { code, min, max } = entry as Record<string, unknown>;
    if (typeof code !== 'string') continue;
    out[path] = {
      code: code as FieldErrors[string]['code'],
      ...(typeof min === 'number' ? { min } : {}),
      ...(typeof max === 'number' ? { max } : {}),
    };
  }
  return Object.keys(out).length ? out : undefined;
}

/** A 409's `existing` (what a reused idempotency key already created), kept only when well-formed. */
function readExisting(value: unknown): ExistingResource | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { id, publicNumber } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return undefined;
  return typeof publicNumber === 'string' && publicNumber !== '' ? { id, publicNumber } : { id };
}

/** An HTTP error response as an AdapterError; the status decides the code, the body adds detail. */
export function errorFromResponse(response: Response, text: string, where: string): AdapterError {
  let body: ErrorBody = {};
  try {
    const parsed = JSON.parse(text) as { error?: ErrorBody };
    if (parsed && typeof parsed.error === 'object' && parsed.error) body = parsed.error;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone decides.
  }
  const code = statusCode(response.status);
  const message = typeof body.message === 'string' && body.message ? body.message : `${where}: HTTP ${response.status}`;
  return new AdapterError(code, message, {
    fieldErrors: code === 'validation' ? readFieldErrors(body.fieldErrors) : undefined,
    retryAfterMs: code === 'unavailable' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined,
    existing: code === 'conflict' ? readExisting(body.existing) : undefined,
  });
}
