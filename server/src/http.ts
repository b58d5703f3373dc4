import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdapterError, type AdapterErrorCode } from '../../src/adapters/errors.js';

/** Photos travel base64 in JSON: 3 photos × 5 MB, plus a third for the encoding and room for the rest. */
export const MAX_BODY_BYTES = 24 * 1024 * 1024;

const STATUS: Record<AdapterErrorCode, number> = {
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  timeout: 504,
  network: 502,
  invalid_response: 500,
  unsupported: 501,
};

/** Open to any origin, so local demos and the browser tests can call it; expose what clients must read. */
export function setCors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key, Accept-Language');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
  res.setHeader('Access-Control-Max-Age', '600');
}

export function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** Any failure as `{ error: { code, message, fieldErrors?, existing? } }` with the status the contract names. */
export function errorResponse(e: unknown): { status: number; body: string; headers: Record<string, string> } {
  const error = e instanceof AdapterError ? e : new AdapterError('unavailable', 'Internal server error');
  if (!(e instanceof AdapterError)) console.error('[server] unexpected error', e);
  const headers: Record<string, string> = {};
  if (error.code === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer';
  if (error.code === 'unavailable') headers['Retry-After'] = String(Math.ceil((error.retryAfterMs ?? 1000) / 1000));
  const status = e instanceof AdapterError ? STATUS[error.code] : 500;
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.existing ? { existing: error.existing } : {}),
    },
  };
  return { status, body: JSON.stringify(body), headers };
}

/** The JSON body of a POST as an object; malformed or oversized bodies are a 400 / 413-style validation error. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new AdapterError('validation', 'Request body too large', { fieldErrors: { body: { code: 'too_big', max: MAX_BODY_BYTES } } });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AdapterError('validation', 'The body is not valid JSON', { fieldErrors: { body: { code: 'invalid' } } });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new AdapterError('validation', 'The body must be a JSON object', { fieldErrors: { body: { code: 'invalid' } } });
  }
  return value as Record<string, unknown>;
}

/** `zh-CN,zh;q=0.9,en;q=0.8` → `zh-CN`. */
export function preferredLocale(header: string | undefined): string | undefined {
  return header?.split(',')[0]?.split(';')[0]?.trim() || undefined;
}
