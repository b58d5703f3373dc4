import { html, render } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { define } from '../../src/define.js';
import { GrassrootsElement } from '../../src/elements/shared/widget-element.js';
import { defineMessages, type BundleKeys } from '../../src/i18n/translator.js';

/** A minimal widget for tests: shows the adapter's name in its own message. */
const testMessages = defineMessages({
  'zh-CN': { 'test.using': '数据源：{name}' },
  en: { 'test.using': 'Data source: {name}' },
});

export class TestWidget extends GrassrootsElement<BundleKeys<typeof testMessages>> {
  static override messages = testMessages;

  adapterChanges: (Adapter | undefined)[] = [];

  protected override adapterChanged(adapter: Adapter | undefined): void {
    this.adapterChanges.push(adapter);
  }

  protected override renderContent() {
    return html`<p class="content">${this.t('test.using', { name: this.effectiveAdapter?.name ?? '' })}</p>`;
  }
}

/** Needs the `cases` group. */
export class CasesTestWidget extends TestWidget {
  static override adapterGroups = ['cases'] as const;
}

define('gr-test-widget', TestWidget);
define('gr-cases-test-widget', CasesTestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'gr-test-widget': TestWidget;
    'gr-cases-test-widget': CasesTestWidget;
  }
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Captures console.warn calls while `fn` runs (async). */
export async function captureWarnings(fn: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

export const adapterA: Adapter = { name: 'alpha' };
export const adapterB: Adapter = { name: 'beta' };

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh `<div>` in the body. Unlike `fixture` with a
 * plain element root it does not wait for an animation frame (frames do not
 * run in background test pages). Call `unmountAll()` in `afterEach`.
 */
export function mount(template: unknown): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}
