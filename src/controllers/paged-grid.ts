import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CursorPagingController } from './cursor-paging-controller.js';
import { RovingFocusController } from './roving-focus.js';
import { VirtualWindowController } from './virtual-window.js';

/** Start loading the next page when this close to the last loaded row. */
const PREFETCH_ROWS = 20;

export type PagedGridHost = ReactiveControllerHost & HTMLElement;

/**
 * What every virtualised, cursor-paged ARIA grid shares (the roster's and the queue's): the rows in view
 * (`window`), one tab stop on the rows (`roving`), the next page fetched near the end, the scroll position kept
 * while the grid is hidden, and the arrow / Page / Home / End moves. The grid renders `.viewport` with
 * `.head` and rows `#row-{i}` carrying `data-i`; its own keys (Enter, Space) stay its own.
 */
export class PagedGridController<T> implements ReactiveController {
  /** Only the rows in view (and the focused one) are rendered; the row height follows the font size. */
  readonly window: VirtualWindowController;
  /** One tab stop on the rows. */
  readonly roving: RovingFocusController;
  private savedScroll = 0;

  constructor(
    private readonly host: PagedGridHost,
    private readonly paging: CursorPagingController<T>,
  ) {
    host.addController(this);
    this.window = new VirtualWindowController(host, {
      viewport: () => this.viewport(),
      sample: () => this.viewport()?.querySelector<HTMLElement>('[role=row][data-i]'),
      sticky: () => this.viewport()?.querySelector<HTMLElement>('.head'),
      rowHeight: 52,
      height: 520,
      onScroll: () => this.maybeLoadMore(),
    });
    this.roving = new RovingFocusController(host, {
      element: (i) => this.viewport()?.querySelector<HTMLElement>(`#row-${i}`),
      isItem: (el) => el.getAttribute('role') === 'row' && el.hasAttribute('data-i'),
      count: () => this.paging.items.length,
      reveal: (i) => this.window.reveal(i),
    });
  }

  hostConnected(): void {}

  /** After every render: fetch the next page when near the end (after this update, as it changes state). */
  hostUpdated(): void {
    queueMicrotask(() => this.maybeLoadMore(true));
  }

  /** Back to the top after the query changed. */
  reset(): void {
    this.roving.active = 0;
    this.savedScroll = 0;
    this.window.scrollTo(0);
  }

  /** Remembers the scroll position before the grid is hidden (a details view). */
  saveScroll(): void {
    this.savedScroll = this.viewport()?.scrollTop ?? 0;
  }

  /** Puts the grid back where it was and focuses the active row. */
  async restore(): Promise<void> {
    await this.host.updateComplete;
    this.window.scrollTo(this.savedScroll);
    await this.roving.focus(this.roving.active);
  }

  /** The row a key on a row moves focus to, or undefined for a key that is not a move. */
  moveFor(key: string, i: number): number | undefined {
    const page = this.window.pageRows;
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      PageDown: i + page,
      PageUp: i - page,
      Home: 0,
      End: this.paging.items.length - 1,
    };
    return moves[key];
  }

  /** The index of the row a key event came from, or undefined when it did not come from a row. */
  rowOf(event: Event): number | undefined {
    const target = event.target as HTMLElement;
    return target.getAttribute('role') === 'row' && target.dataset.i ? Number(target.dataset.i) : undefined;
  }

  /**
   * Loads the next page when the rows in view come near the last loaded one. `whenShown`: only if the grid shows
   * (not hidden behind a details view); read last, as reading a size forces a layout, which most renders need not pay.
   */
  private maybeLoadMore(whenShown = false): void {
    const paging = this.paging;
    if (!paging.hasMore || paging.loadingMore || paging.error) return;
    if (this.window.visible.end + PREFETCH_ROWS < paging.items.length) return;
    if (whenShown && !this.viewport()?.clientHeight) return;
    void paging.loadMore();
  }

  private viewport(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.viewport') ?? null;
  }
}
