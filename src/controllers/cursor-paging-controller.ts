import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../adapters/contract.js';
import { toAdapterError, type AdapterError } from '../adapters/errors.js';
import { isAbort, LatestCall } from './latest-call.js';

/** Fetches one page; `cursor` is null for the first page. */
export type FetchPage<T> = (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;

export interface CursorPagingOptions<T> {
  /** After each page arrives (`first` for the first page after a reset). */
  onPage?: (page: Page<T>, info: { first: boolean }) => void;
  /** After a page fails (not for aborts). */
  onError?: (error: AdapterError, info: { first: boolean }) => void;
}

/**
 * Cursor paging for a list widget: the first page on `reset()`, more with
 * `loadMore()`. Changing a filter is `reset(newFetchPage)`, which aborts what
 * is in flight. A failed `loadMore` keeps the rows already loaded, and
 * `retry()` continues from the same cursor. Disconnecting the host aborts the
 * request in flight; it is repeated when the host reconnects.
 */
export class CursorPagingController<T> implements ReactiveController {
  /** Rows loaded so far, in order. */
  items: T[] = [];
  /** Total rows as reported by the backend, or null when unknown. */
  total: number | null = null;
  /** The first page is loading. */
  loading = false;
  /** A further page is loading. */
  loadingMore = false;
  /** The error of the last request (first page or more); cleared by the next request. */
  error?: AdapterError;

  private fetchPage?: FetchPage<T>;
  private nextCursor: string | null = null;
  private loadedFirst = false;
  private readonly calls = new LatestCall();
  private inFlight?: Promise<void>;
  private failed?: 'first' | 'more';
  private resume?: 'first' | 'more';

  constructor(
    private readonly host: ReactiveControllerHost,
    fetchPage?: FetchPage<T>,
    private readonly options: CursorPagingOptions<T> = {},
  ) {
    this.fetchPage = fetchPage;
    host.addController(this);
  }

  /** True when the first page has arrived and the backend has more. */
  get hasMore(): boolean {
    return this.loadedFirst && this.nextCursor !== null;
  }

  /** True once the first page has arrived (after the last reset). */
  get started(): boolean {
    return this.loadedFirst;
  }

  /**
   * Drops the loaded rows and loads the first page, aborting any request in
   * flight. Pass a new `fetchPage` when the query (a filter) changed.
   */
  reset(fetchPage?: FetchPage<T>): Promise<void> {
    if (fetchPage) this.fetchPage = fetchPage;
    this.items = [];
    this.total = null;
    this.nextCursor = null;
    this.loadedFirst = false;
    this.loadingMore = false;
    return this.request(true);
  }

  /**
   * Loads the next page. A no-op while a page is loading (concurrent calls
   * share the same promise), when there is no more, or before the first page.
   */
  loadMore(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (!this.hasMore) return Promise.resolve();
    return this.request(false);
  }

  /** Repeats the request that failed: the first page, or the next page from the same cursor. */
  retry(): Promise<void> {
    if (this.failed === 'first') return this.request(true);
    if (this.failed === 'more') return this.request(false);
    return Promise.resolve();
  }

  /** Aborts the request in flight (loaded rows stay). */
  abort(): void {
    this.calls.abort();
    this.inFlight = undefined;
    if (this.loading || this.loadingMore) {
      this.loading = false;
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    const resume = this.resume;
    this.resume = undefined;
    if (resume === 'first') void this.request(true);
    else if (resume === 'more') void this.request(false);
  }

  hostDisconnected(): void {
    if (this.loading) this.resume = 'first';
    else if (this.loadingMore) this.resume = 'more';
    this.abort();
  }

  private request(first: boolean): Promise<void> {
    const fetchPage = this.fetchPage;
    if (!fetchPage) return Promise.resolve();
    const ticket = this.calls.begin();
    const cursor = first ? null : this.nextCursor;
    this.loading = first;
    this.loadingMore = !first;
    this.error = undefined;
    this.failed = undefined;
    this.host.requestUpdate();

    const promise = (async () => {
      try {
        const page = await fetchPage(cursor, ticket.signal);
        if (!ticket.isCurrent()) return;
        this.calls.end(ticket);
        this.items = first ? [...page.items] : [...this.items, ...page.items];
        this.total = page.total;
        this.nextCursor = page.nextCursor;
        this.loadedFirst = true;
        this.finish();
        this.options.onPage?.(page, { first });
      } catch (e) {
        if (!ticket.isCurrent()) return;
        this.calls.end(ticket);
        if (isAbort(e, ticket.signal)) {
          this.finish();
          return;
        }
        this.error = toAdapterError(e);
        this.failed = first ? 'first' : 'more';
        this.finish();
        this.options.onError?.(this.error, { first });
      }
    })();
    this.inFlight = promise;
    return promise;
  }

  private finish(): void {
    this.loading = false;
    this.loadingMore = false;
    this.inFlight = undefined;
    this.host.requestUpdate();
  }
}
