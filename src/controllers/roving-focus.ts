import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The rendered element of item `index`, or null when it is not in the DOM. */
  element(index: number): HTMLElement | null | undefined;
  /** Whether `el` is one of the items (not, say, a button inside the list). */
  isItem(el: Element): boolean;
  /** How many items there are now (focus moves stay within them). */
  count(): number;
  /** Scrolls item `index` into view (a virtual window's `reveal`); called before and after the render that shows it. */
  reveal?(index: number): void;
}

/** The index `focus()` moves to: `index` kept within `[0, count)`, or -1 when there are no items. */
export function clampIndex(index: number, count: number): number {
  return count <= 0 ? -1 : Math.max(0, Math.min(count - 1, Math.trunc(index)));
}

/**
 * Roving tabindex over the items of a composite widget (a tree's rows, a grid's rows): one tab stop
 * (`tabIndex(i)` is 0 only for the active item), and `focus(i)` moves it, scrolls the item into view,
 * renders and then focuses it. The active item must always be rendered (a virtual window keeps it),
 * so Tab comes back to it wherever the list is scrolled.
 *
 * When an item had focus before a render and the active item's element is not focused after it (its
 * row was re-created, or the tab stop moved to another row because the focused one went away), focus
 * follows the tab stop, so the keyboard user is never dropped onto the page.
 * Keys are the widget's own: it maps them to an index and calls `focus()`.
 */
export class RovingFocusController implements ReactiveController {
  /** Index of the item holding the tab stop. */
  active = 0;

  private pending = false;
  private hadFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The `tabindex` of item `index`. */
  tabIndex(index: number): 0 | -1 {
    return index === this.active ? 0 : -1;
  }

  /** Makes `index` the tab stop without moving focus (the item was focused by a click). */
  setActive(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  /** Moves the tab stop to item `index` (kept within the items), scrolls it into view and focuses it after the render. */
  async focus(index: number): Promise<void> {
    const i = clampIndex(index, this.options.count());
    if (i === -1) return;
    this.active = i;
    this.pending = true;
    this.options.reveal?.(i);
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  hostUpdate(): void {
    const focused = this.host.shadowRoot?.activeElement;
    this.hadFocus = !!focused && this.options.isItem(focused);
  }

  hostUpdated(): void {
    const pending = this.pending;
    this.pending = false;
    // After the render: a list that just grew can now scroll as far as the item.
    if (pending) this.options.reveal?.(this.active);
    const el = this.options.element(this.active);
    if (el && (pending || (this.hadFocus && this.host.shadowRoot?.activeElement !== el))) el.focus({ preventScroll: true });
  }
}
