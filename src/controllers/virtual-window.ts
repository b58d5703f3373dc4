import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows of one height stacked in a scroll box: where the box is and how much of it shows rows. */
export interface WindowView {
  /** `scrollTop` of the scroll box, in px. */
  scrollTop: number;
  /** Height that shows rows (the box's client height less a sticky header), in px. */
  height: number;
  rowHeight: number;
}

/** Rows `[first, last)` to render: the visible ones and `overscan` more on each side, within `count`. */
export function windowRange(view: WindowView, count: number, overscan: number): { first: number; last: number } {
  const { start, end } = visibleSpan(view);
  return { first: Math.max(0, start - overscan), last: Math.max(0, Math.min(count, end + overscan)) };
}

/** The rows at least partly in view: `[start, end)`, not clamped to a row count. */
export function visibleSpan({ scrollTop, height, rowHeight }: WindowView): { start: number; end: number } {
  return { start: Math.floor(scrollTop / rowHeight), end: Math.ceil((scrollTop + height) / rowHeight) };
}

/** The `scrollTop` that shows row `index` whole, moving as little as possible (unchanged when it already shows). */
export function revealScrollTop(view: WindowView, index: number): number {
  const top = index * view.rowHeight;
  if (top < view.scrollTop) return top;
  if (top + view.rowHeight > view.scrollTop + view.height) return top + view.rowHeight - view.height;
  return view.scrollTop;
}

export interface VirtualWindowOptions {
  /** The scroll box (rendered by the host; may be absent, e.g. while loading). */
  viewport(): HTMLElement | null | undefined;
  /** An element one row tall, measured for the row height (a hidden probe row, or any rendered row). */
  sample(): HTMLElement | null | undefined;
  /** A sticky header at the top of the scroll box that covers rows; its height is not row space. */
  sticky?(): HTMLElement | null | undefined;
  /** Rows rendered beyond each edge of the view, so a fast scroll shows no gap (default 6). */
  overscan?: number;
  /** Row height until measured, in px (default 48). */
  rowHeight?: number;
  /** Row space until measured, in px (default 480). */
  height?: number;
  /** After every scroll event, once the window knows the new position. */
  onScroll?(): void;
}

/**
 * A virtual window over a list of same-height rows in a scroll box: which row indices to render (the
 * visible ones, an overscan on each side and one kept row, e.g. the one holding focus), where each
 * goes (`top(i)`) and how tall the whole list is (`size(count)`). The host renders the rows, absolutely
 * placed, inside a spacer of that size, and binds `onScroll` to the scroll box:
 *
 * ```ts
 * html`<div class="viewport" @scroll=${win.onScroll}>
 *   <div class="spacer" ${cssProps({ 'block-size': `${win.size(n)}px` })}>
 *     ${repeat(win.indices(n, focused), (i) => key(i), (i) => row(i, win.top(i)))}
 *   </div>
 * </div>`
 * ```
 *
 * Row height and row space are measured with a ResizeObserver (on the scroll box, the sample row and
 * the sticky header), in the frame after a change, so the font size (elder-friendly mode) and the
 * widget's size are followed without a layout read in every update. A scroll re-renders only when
 * the visible rows change. Pure maths (`windowRange`, `revealScrollTop`) is exported for tests.
 */
export class VirtualWindowController implements ReactiveController {
  rowHeight: number;
  /** Row space of the scroll box, in px. */
  height: number;
  /** The scroll position the window follows. */
  scrollTop = 0;
  readonly overscan: number;

  private observer?: ResizeObserver;
  private observed: HTMLElement[] = [];
  private frame = 0;
  /** The visible span of the last render, to re-render only when a scroll changes it. */
  private rendered = { start: -1, end: -1 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualWindowOptions,
  ) {
    this.overscan = options.overscan ?? 6;
    this.rowHeight = options.rowHeight ?? 48;
    this.height = options.height ?? 480;
    host.addController(this);
  }

  /** The rows at least partly visible, `[start, end)` (not clamped to a count). */
  get visible(): { start: number; end: number } {
    return visibleSpan(this);
  }

  /** Rows that fit in the view (at least 1): the step of Page Up / Page Down. */
  get pageRows(): number {
    return Math.max(1, Math.ceil(this.height / this.rowHeight));
  }

  /** Indices to render, in order, of `count` rows; `keep` (when a row) is added even when out of view. */
  indices(count: number, keep = -1): number[] {
    this.rendered = this.visible;
    const { first, last } = windowRange(this, count, this.overscan);
    const out: number[] = [];
    for (let i = first; i < last; i++) out.push(i);
    if (keep >= 0 && keep < count && (keep < first || keep >= last)) out.push(keep);
    return out;
  }

  /** Offset of row `index` from the top of the list, in px. */
  top(index: number): number {
    return index * this.rowHeight;
  }

  /** Height of `count` rows, in px: the spacer's size. */
  size(count: number): number {
    return count * this.rowHeight;
  }

  /**
   * Scrolls the box as little as needed to show row `index` whole. The window follows at once, so a
   * render requested next already shows the rows there; a render that has just finished is followed
   * by the scroll event.
   */
  reveal(index: number): void {
    const viewport = this.options.viewport();
    if (!viewport) return;
    const view = { scrollTop: viewport.scrollTop, height: this.rowSpace(viewport), rowHeight: this.rowHeight };
    const top = revealScrollTop(view, index);
    if (top !== view.scrollTop) viewport.scrollTop = top;
    this.scrollTop = viewport.scrollTop;
  }

  /** Scrolls the box to `top` px (0: back to the first row) and re-renders when that shows other rows. */
  scrollTo(top: number): void {
    const viewport = this.options.viewport();
    if (viewport) viewport.scrollTop = top;
    this.follow(viewport ? viewport.scrollTop : top);
  }

  /** Bind to the scroll box's `scroll` event. */
  readonly onScroll = (): void => {
    const viewport = this.options.viewport();
    if (viewport) this.follow(viewport.scrollTop);
    this.options.onScroll?.();
  };

  hostConnected(): void {
    // Measure in the next frame: re-rendering inside the observer callback would resize what it observes
    // (the scrollbar appears) and trip "ResizeObserver loop completed with undelivered notifications".
    this.observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measure());
    });
    for (const el of this.observed) this.observer.observe(el);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** Observes what is rendered now: the scroll box, the sample row and the sticky header, when they changed. */
  hostUpdated(): void {
    const targets = [this.options.viewport(), this.options.sample(), this.options.sticky?.()].filter((el): el is HTMLElement => !!el);
    if (targets.length === this.observed.length && targets.every((el, i) => el === this.observed[i])) return;
    for (const el of this.observed) if (!targets.includes(el)) this.observer?.unobserve(el);
    for (const el of targets) if (!this.observed.includes(el)) this.observer?.observe(el);
    this.observed = targets;
  }

  private follow(scrollTop: number): void {
    this.scrollTop = scrollTop;
    const { start, end } = this.visible;
    if (start !== this.rendered.start || end !== this.rendered.end) this.host.requestUpdate();
  }

  private measure(): void {
    const viewport = this.options.viewport();
    if (!viewport) return;
    const row = this.options.sample()?.offsetHeight ?? 0;
    let changed = false;
    if (viewport.clientHeight > 0) {
      const height = this.rowSpace(viewport);
      if (height > 0 && height !== this.height) {
        this.height = height;
        changed = true;
      }
    }
    if (row > 0 && row !== this.rowHeight) {
      this.rowHeight = row;
      changed = true;
    }
    if (changed) this.host.requestUpdate();
    // A new scroll box (after a loading or detail view) starts at its own position.
    this.follow(viewport.scrollTop);
  }

  private rowSpace(viewport: HTMLElement): number {
    return viewport.clientHeight - (this.options.sticky?.()?.offsetHeight ?? 0);
  }
}
