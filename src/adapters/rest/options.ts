export type TokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

export interface RestAdapterOptions {
  /** Where the API lives, e.g. `https://portal.example.gov.cn/api/grassroots`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; a function is asked before every attempt, so a refreshed token is used. */
  token?: TokenSource;
  /** Per attempt, in ms (default 10 000). */
  timeoutMs?: number;
  /** Extra attempts for GETs and for writes that carry an idempotency key (default 2). */
  retries?: number;
  /** First backoff step in ms (default 300); doubles per attempt, with jitter. */
  backoffMs?: number;
  /** Largest backoff step in ms (default 5 000). */
  maxBackoffMs?: number;
  /** The longest `Retry-After` that is waited out (default 30 000 ms); a longer one ends the retries. */
  maxRetryAfterMs?: number;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /**
   * The pause in typing (ms) widgets wait for before a search-as-you-type query (default 150), so a person typing
   * a name sends one request, not one per keystroke; 0 queries on every keystroke (the stale one is aborted).
   */
  queryDebounceMs?: number;
}

export const REST_DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  backoffMs: 300,
  maxBackoffMs: 5_000,
  maxRetryAfterMs: 30_000,
  queryDebounceMs: 150,
} as const;
