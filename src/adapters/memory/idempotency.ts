import { AdapterError, type ExistingResource } from '../errors.js';

interface Entry {
  fingerprint: string;
  result: unknown;
}

/**
 * Remembers what each idempotency key produced, per operation, as a real server does:
 * the same key and body returns the first result; the same key with another body is a conflict.
 */
export class IdempotencyStore {
  private entries = new Map<string, Entry>();

  /**
   * `existing` names what the first result created, for the conflict's `existing` detail (so a caller whose
   * key met another body can find what that key already made).
   */
  run<T>(operation: string, key: string, body: unknown, create: () => T, existing?: (first: T) => ExistingResource | undefined): T {
    const id = `${operation}:${key}`;
    const fingerprint = stableStringify(body);
    const seen = this.entries.get(id);
    if (seen) {
      if (seen.fingerprint !== fingerprint) {
        throw new AdapterError('conflict', `Idempotency key ${key} was already used for a different ${operation}`, {
          existing: existing?.(structuredClone(seen.result) as T),
        });
      }
      return structuredClone(seen.result) as T;
    }
    const result = create();
    this.entries.set(id, { fingerprint, result: structuredClone(result) });
    return result;
  }

  toJSON(): Array<[string, Entry]> {
    return [...this.entries];
  }

  load(data: unknown): void {
    if (Array.isArray(data)) this.entries = new Map(data as Array<[string, Entry]>);
  }
}

/** JSON with sorted keys, so two equal bodies give the same fingerprint. Blobs count by name, type and size. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof Blob !== 'undefined' && v instanceof Blob) {
      return { blob: (v as File).name ?? '', type: v.type, size: v.size };
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}
