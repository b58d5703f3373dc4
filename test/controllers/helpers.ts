import { html, LitElement } from 'lit';
import { AdapterCallController } from '../../src/controllers/adapter-call-controller.js';
import { CursorPagingController } from '../../src/controllers/cursor-paging-controller.js';
import { LiveAnnouncer } from '../../src/controllers/live-announcer.js';
import { define } from '../../src/define.js';
import { shared } from '../../src/styles/shared.js';

/** A promise with its resolve/reject, and whether its signal was aborted. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Renders what a widget would: the status of a call, and a list from paging. */
export class ControllerHost extends LitElement {
  static override styles = shared;
  call = new AdapterCallController<string>(this);
  paging = new CursorPagingController<string>(this);
  announcer = new LiveAnnouncer(this, 10);

  protected override render() {
    return html`
      <p class="call">
        ${this.call.render({
          idle: () => 'idle',
          pending: () => 'loading',
          complete: (v) => `value: ${v}`,
          error: (e) => `error: ${e.code}`,
        })}
      </p>
      <ul>
        ${this.paging.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${this.announcer.render()}
    `;
  }
}
define('gr-controller-host', ControllerHost);

declare global {
  interface HTMLElementTagNameMap {
    'gr-controller-host': ControllerHost;
  }
}

export function text(el: Element, selector: string): string {
  return (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function listed(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.trim());
}
