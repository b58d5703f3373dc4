/**
 * What this browser tab sent to an Open311 server under each idempotency key. GeoReport v2 has no idempotency
 * keys, so the adapter keeps them: a key whose report landed is answered with that report again, and a key whose
 * POST went out without an answer (network lost, timeout, 5xx) is looked for on the server before it is sent
 * again. Kept in sessionStorage, so a reload in between does not forget it and closing the tab does; it holds
 * no personal data (a digest of the report, a time and the server's ids), and entries expire after a day.
 */

export interface LedgerEntry {
  /** `reportDigest()` of the report sent under this key. */
  readonly digest: string;
  /** When the POST went out (city clock, ISO). */
  readonly sentAt: string;
  /** The server's request id or token, once it answered. */
  readonly id?: string;
  readonly token?: string;
}

export interface SubmitLedger {
  get(key: string): LedgerEntry | undefined;
  /** The POST for `key` is going out: its outcome is unknown until `landed` or `forget`. */
  sending(key: string, digest: string, sentAt: Date): void;
  landed(key: string, receipt: { id?: string; token?: string }): void;
  /** The server refused it, so nothing was made: the key may be sent again as new. */
  forget(key: string): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A ledger in sessionStorage under `gr-open311:<scope>:`, or in memory where storage is refused (a sandboxed frame). */
export function sessionLedger(scope: string, now: () => Date): SubmitLedger {
  const prefix = `gr-open311:${scope}:`;
  const memory = new Map<string, string>();
  const store = storage();
  const read = (k: string) => (store ? store.getItem(k) : (memory.get(k) ?? null));
  const write = (k: string, v: string) => {
    try {
      if (store) store.setItem(k, v);
      else memory.set(k, v);
    } catch {
      memory.set(k, v); // storage full: this page still remembers
    }
  };
  const remove = (k: string) => (store ? store.removeItem(k) : memory.delete(k));

  const get = (key: string): LedgerEntry | undefined => {
    const raw = read(prefix + key) ?? memory.get(prefix + key) ?? null;
    if (!raw) return undefined;
    try {
      const entry = JSON.parse(raw) as LedgerEntry;
      if (typeof entry.digest !== 'string' || typeof entry.sentAt !== 'string') return undefined;
      if (now().getTime() - Date.parse(entry.sentAt) > DAY_MS) {
        remove(prefix + key);
        return undefined;
      }
      return entry;
    } catch {
      return undefined;
    }
  };

  return {
    get,
    sending(key, digest, sentAt) {
      write(prefix + key, JSON.stringify({ digest, sentAt: sentAt.toISOString() } satisfies LedgerEntry));
    },
    landed(key, receipt) {
      const entry = get(key);
      if (entry) write(prefix + key, JSON.stringify({ ...entry, ...receipt }));
    },
    forget(key) {
      remove(prefix + key);
      memory.delete(prefix + key);
    },
  };
}

function storage(): Storage | undefined {
  try {
    const s = globalThis.sessionStorage;
    s.getItem('gr-open311');
    return s;
  } catch {
    return undefined;
  }
}

/** A 53-bit digest of a report (cyrb53): tells two bodies apart without keeping what was typed. Not a secret. */
export function reportDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
