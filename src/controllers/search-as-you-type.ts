import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QueryHints } from '../adapters/contract.js';

/** A backend asking for a longer pause than this is ignored beyond it: results must still follow the typing. */
export const MAX_QUERY_DEBOUNCE_MS = 1000;

/** The pause an adapter group asks for, made safe: a number of ms in [0, MAX_QUERY_DEBOUNCE_MS]. */
export function queryDebounceMs(hints: QueryHints | undefined): number {
  const ms = Number(hints?.queryDebounceMs ?? 0);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_QUERY_DEBOUNCE_MS) : 0;
}

/**
 * When a search box's text goes to the backend: at once on every keystroke (the caller's paging aborts the
 * stale query, so nobody waits out a fixed delay), or after a pause in typing when the adapter group asks
 * for one (`hints.queryDebounceMs`, e.g. the REST adapter's, so one typed name is one request).
 */
export class SearchAsYouType implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly hints: () => QueryHints | undefined,
  ) {
    host.addController(this);
  }

  /** Something was typed: runs `query` now, or after the hinted pause unless typed again first. */
  typed(query: () => void): void {
    this.cancel();
    const wait = queryDebounceMs(this.hints());
    if (wait) this.timer = setTimeout(() => ((this.timer = undefined), query()), wait);
    else query();
  }

  /** True while a query waits for the pause to end. */
  get waiting(): boolean {
    return this.timer !== undefined;
  }

  /** Drops a query still waiting (another filter changed and queries with the text now). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
