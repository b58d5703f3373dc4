import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RovingFocusController } from '../../src/controllers/roving-focus.js';
import { VirtualWindowController } from '../../src/controllers/virtual-window.js';
import { define } from '../../src/define.js';
import { cssProps } from '../../src/elements/shared/css-props.js';

/**
 * A small listbox driven by the two controllers, as a widget uses them: a scroll box with an
 * optional sticky header, absolutely placed 30px rows (the controllers start from a 48px guess),
 * Up/Down/Home/End/Page Down on the rows; a click (or a focus, which Firefox holds back in a
 * background window) makes a row the tab stop. `generation` re-keys every row, so their elements are re-created.
 */
export class WindowHost extends LitElement {
  static override styles = css`
    .viewport {
      position: relative;
      block-size: 300px;
      overflow: auto;
    }
    .head {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      block-size: 60px;
      background: white;
    }
    .spacer {
      position: relative;
    }
    .row {
      position: absolute;
      inset-inline: 0;
      block-size: 30px;
    }
  `;

  @property({ type: Number }) count = 1000;
  @property({ type: Boolean }) header = false;
  @property({ type: Number }) generation = 0;
  /** Renders a scroll box at all (false: as a widget's loading state). */
  @property({ type: Boolean }) open = true;
  /** Scroll events and renders seen, for the tests. */
  scrolls = 0;
  renders = 0;

  readonly rows = new VirtualWindowController(this, {
    viewport: () => this.viewport(),
    sample: () => this.viewport()?.querySelector<HTMLElement>('.row'),
    sticky: () => this.viewport()?.querySelector<HTMLElement>('.head'),
    overscan: 2,
    onScroll: () => this.scrolls++,
  });

  readonly roving = new RovingFocusController(this, {
    element: (i) => this.viewport()?.querySelector<HTMLElement>(`[data-i="${i}"]`),
    isItem: (el) => el.classList.contains('row'),
    count: () => this.count,
    reveal: (i) => this.rows.reveal(i),
  });

  viewport(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.viewport');
  }

  protected override render() {
    this.renders++;
    if (!this.open) return html`<p>loading</p>`;
    const indices = this.rows.indices(this.count, this.roving.active);
    return html`<button class="before">before</button>
      <div class="viewport" role="listbox" aria-label="rows" tabindex="-1" @scroll=${this.rows.onScroll} @keydown=${this.onKeydown}>
        ${this.header ? html`<div class="head" aria-hidden="true">head</div>` : ''}
        <div class="spacer" role="none" ${cssProps({ 'block-size': `${this.rows.size(this.count)}px` })}>
          ${repeat(
            indices,
            (i) => `${this.generation}:${i}`,
            (i) =>
              html`<div
                class="row"
                role="option"
                aria-selected="false"
                aria-setsize=${this.count}
                aria-posinset=${i + 1}
                data-i=${i}
                tabindex=${this.roving.tabIndex(i)}
                @focus=${() => this.roving.setActive(i)}
                @click=${() => this.roving.setActive(i)}
                ${cssProps({ transform: `translateY(${this.rows.top(i)}px)` })}
              >
                row ${i}
              </div>`,
          )}
        </div>
      </div>
      <button class="after">after</button>`;
  }

  private readonly onKeydown = (e: KeyboardEvent) => {
    const i = this.roving.active;
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: this.count - 1, PageDown: i + this.rows.pageRows }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    void this.roving.focus(to);
  };
}
define('gr-window-host', WindowHost);

declare global {
  interface HTMLElementTagNameMap {
    'gr-window-host': WindowHost;
  }
}
