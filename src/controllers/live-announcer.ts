import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A polite live region for async results ("Loaded 20 items", "Case
 * submitted"). Render `announcer.render()` in every state of the widget (a
 * live region must already be in the DOM before its text changes), then call
 * `announce(text)`. Repeating the same text is announced again: the region is
 * emptied first and filled on the next task.
 */
export class LiveAnnouncer implements ReactiveController {
  /** The text currently in the region. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 50,
  ) {
    host.addController(this);
  }

  /** Announces `text` politely (after the current speech). */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.message = text;
      this.host.requestUpdate();
    }, this.delayMs);
  }

  /** Empties the region. */
  clear(): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The visually hidden live region. Needs the shared `.visually-hidden` style. */
  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
