import { html, render } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { casesResponses } from '../../src/adapters/response-schemas/cases.js';
import { sessionResponses } from '../../src/adapters/response-schemas/session.js';
import { define } from '../../src/define.js';
import { GrassrootsElement } from '../../src/elements/shared/widget-element.js';
import { adapterNeeds } from '../../src/elements/shared/widget-host.js';
import { defineMessages, type BundleKeys } from '../../src/i18n/translator.js';

/** A minimal widget for tests: shows the adapter's name in its own message. */
const testMessages = defineMessages({
  'zh-CN': { 'test.using': '数据源：{name}' },
  en: { 'test.using': 'Data source: {name}' },
});

type TestKey = BundleKeys<typeof testMessages>;

export class TestWidget extends GrassrootsElement<TestKey> {
  static override messages = testMessages;

  adapterChanges: (Adapter | undefined)[] = [];

  protected override adapterChanged(adapter: Adapter | undefined): void {
    this.adapterChanges.push(adapter);
  }

  protected override renderContent() {
    return html`<p class="content">${this.t('test.using', { name: this.effectiveAdapter?.name ?? '' })}</p>`;
  }
}

/** What `CasesTestWidget` needs: `cases`, and `session` when there is one. */
export const CASES_TEST_NEEDS = adapterNeeds({ cases: casesResponses }, { session: sessionResponses });

/** Needs the `cases` group; uses `session` when the adapter has it. */
export class CasesTestWidget extends GrassrootsElement<TestKey, typeof CASES_TEST_NEEDS> {
  static override messages = testMessages;
  static override adapterNeeds = CASES_TEST_NEEDS;

  protected override renderContent() {
    return html`<p class="content">${this.t('test.using', { name: this.adapterApi.name ?? '' })}</p>`;
  }

  /** The validated adapter, for tests. */
  checked() {
    return this.adapterApi;
  }

  /** The widget host, for tests. */
  parts() {
    return this.widgetHost();
  }
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
