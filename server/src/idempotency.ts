import { createHash } from 'node:crypto';
import type { ExistingResource } from '../../src/adapters/errors.js';
import type { Database } from './db.js';

export interface StoredResponse {
  status: number;
  body: string;
}

/** JSON with sorted keys, so two equal bodies give the same fingerprint. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function fingerprint(parts: unknown): string {
  return createHash('sha256').update(canonical(parts)).digest('hex');
}

/**
 * `Idempotency-Key` at the HTTP layer: per operation and key, the body fingerprint and the
 * response sent. Same key and body → the same response again; same key, other body → conflict.
 */
export class IdempotencyKeys {
  constructor(private readonly db: Database) {}

  /**
   * `replay`: the stored response for the same key and body; `conflict`: the key was used with another
   * body, with the response that first request got; null when the key is new.
   */
  lookup(operation: string, key: string, print: string): { replay: StoredResponse } | { conflict: StoredResponse } | null {
    const row = this.db.prepare('SELECT fingerprint, status, body FROM legacy_idempotency_keys WHERE operation = ? AND key = ?').get(operation, key) as
      | { fingerprint: string; status: number; body: string }
      | undefined;
    if (!row) return null;
    const stored = { status: row.status, body: row.body };
    return row.fingerprint === print ? { replay: stored } : { conflict: stored };
  }

  store(operation: string, key: string, print: string, response: StoredResponse): void {
    this.db
      .prepare('INSERT OR REPLACE INTO legacy_idempotency_keys (operation, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(operation, key, print, response.status, response.body, new Date().toISOString());
  }
}

/** What a stored `cases.submit` response created (its id and public number), for a conflict's `existing`. */
export function existingCase(first: StoredResponse): ExistingResource | undefined {
  if (first.status !== 200) return undefined;
  try {
    const { id, publicNumber } = JSON.parse(first.body) as { id?: unknown; publicNumber?: unknown };
    return typeof id === 'string' && typeof publicNumber === 'string' ? { id, publicNumber } : undefined;
  } catch {
    return undefined;
  }
}
