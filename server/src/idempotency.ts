import { createHash } from 'node:crypto';
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

  /** The stored response, `'conflict'` when the key was used with another body, or null when new. */
  lookup(operation: string, key: string, print: string): StoredResponse | 'conflict' | null {
    const row = this.db.prepare('SELECT fingerprint, status, body FROM idempotency_keys WHERE operation = ? AND key = ?').get(operation, key) as
      | { fingerprint: string; status: number; body: string }
      | undefined;
    if (!row) return null;
    return row.fingerprint === print ? { status: row.status, body: row.body } : 'conflict';
  }

  store(operation: string, key: string, print: string, response: StoredResponse): void {
    this.db
      .prepare('INSERT OR REPLACE INTO idempotency_keys (operation, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(operation, key, print, response.status, response.body, new Date().toISOString());
  }
}
