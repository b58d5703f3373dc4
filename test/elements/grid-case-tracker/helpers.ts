import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Adapter } from '../../../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import type { CaseAction, CaseSubmission, GridCase, Session } from '../../../src/domain/index.js';
import '../../../src/elements/grid-case-tracker/index.js';
import type { GridCaseTracker } from '../../../src/elements/grid-case-tracker/grid-case-tracker.js';
import { TEST_NOW } from '../../helpers/city-clock.js';

/** A fixed clock, a week after the seeded city's epoch. */
export const NOW = TEST_NOW;

/** The seeded city on a fixed clock, answering at once. */
export function makeAdapter(session: PersonaName | Session = 'resident', extra: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter {
  return createMemoryAdapter({ session, now: () => NOW, latency: 0, ...extra });
}

export async function mountTracker(adapter: Adapter | undefined, caseNumber?: string, locale = 'zh-CN'): Promise<GridCaseTracker> {
  const el = await fixture<GridCaseTracker>(
    html`<grid-case-tracker .adapter=${adapter} case-number=${ifDefined(caseNumber)} locale=${locale} .now=${NOW}></grid-case-tracker>`,
  );
  if (caseNumber) await settled(el);
  return el;
}

/** Waits for a condition; generous, since the machine may be busy with other test runs. */
export const until = (condition: () => unknown, message?: string) => waitUntil(condition, message, { timeout: 10000 });

export const $ = <T extends Element = HTMLElement>(el: GridCaseTracker, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);
export const $$ = <T extends Element = HTMLElement>(el: GridCaseTracker, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)];

/** The visible text of the widget, whitespace collapsed. */
export function text(node: Element | ShadowRoot | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until no load is in flight (no loading or "updating" status). */
export async function settled(el: GridCaseTracker): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !$(el, '[part="loading"]'), 'the tracker never finished loading', { timeout: 10000 });
  await el.updateComplete;
}

/** Switches who uses the backend and reloads the widget, as a portal would after sign-in. */
export async function actAs(el: GridCaseTracker, adapter: MemoryAdapter, who: PersonaName | Session): Promise<void> {
  adapter.control.setSession(who);
  el.refresh();
  await settled(el);
}

/** The actions offered, in order. */
export function offered(el: GridCaseTracker): string[] {
  return $$(el, '[part="action-button"]').map((b) => b.dataset.action!);
}

export function dialog(el: GridCaseTracker): HTMLDialogElement | null {
  return $<HTMLDialogElement>(el, 'dialog.action-dialog');
}

/** Clicks the action's button and waits for its dialog to be open with focus inside. */
export async function openAction(el: GridCaseTracker, action: CaseAction): Promise<HTMLDialogElement> {
  const button = $<HTMLButtonElement>(el, `[part="action-button"][data-action="${action}"]`);
  if (!button) throw new Error(`no ${action} button; offered: ${offered(el).join(', ')}`);
  button.click();
  await until(() => dialog(el)?.open && dialog(el)!.contains(el.shadowRoot!.activeElement), `the ${action} dialog did not open`);
  return dialog(el)!;
}

/** Focuses a control in the widget and types into it with the real keyboard. */
export async function typeInto(el: GridCaseTracker, selector: string, value: string): Promise<void> {
  const control = $(el, selector);
  if (!control) throw new Error(`no ${selector}`);
  control.focus();
  await sendKeys({ type: value });
}

/** Clicks the dialog's confirm button. */
export async function confirm(el: GridCaseTracker): Promise<void> {
  $<HTMLButtonElement>(el, '[part="confirm-button"]')!.click();
  await el.updateComplete;
}

/** Waits for the dialog to close after a successful action. */
export async function closed(el: GridCaseTracker): Promise<void> {
  await waitUntil(() => !dialog(el), `the dialog did not close: ${text(dialog(el))}`, { timeout: 10000 });
  await el.updateComplete;
}

/** The last history entry. */
export function lastEvent(el: GridCaseTracker): HTMLElement {
  const events = $$(el, '.timeline .event');
  return events[events.length - 1]!;
}

let keys = 0;

/** A fresh report, submitted through the backend as the resident (the reporter). */
export async function reportCase(adapter: MemoryAdapter, over: Partial<CaseSubmission> = {}): Promise<GridCase> {
  adapter.control.setSession('resident');
  return adapter.cases.submit({
    categoryCode: 'streetlight',
    answers: { damage: 'off', wholeStretch: true },
    location: { areaId: 'd01-s01-c01-g1-p1-b1', address: '1号楼东侧路灯' },
    description: '楼下路灯连续三天不亮，晚上很黑。',
    urgency: 'normal',
    anonymous: false,
    name: '王秀英',
    phone: '13912345678',
    idempotencyKey: `tracker-test-${Date.now()}-${++keys}`,
    ...over,
  });
}

/** The resident's own seeded cases, by status. */
export async function residentCase(adapter: MemoryAdapter, status: GridCase['status']): Promise<GridCase> {
  adapter.control.setSession('resident');
  const mine = await adapter.cases.list({ mine: true, status: [status] });
  const summary = mine.items[0];
  if (!summary) throw new Error(`the resident has no ${status} case`);
  return adapter.cases.get(summary.id);
}
