import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Adapter } from '../../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../src/adapters/memory/index.js';
import type { CaseAction, CaseState } from '../../src/domain/cases.js';
import '../../src/elements/grid-case-tracker/index.js';

/** The seeded city's clock: a week after its epoch, so seeded dates look recent. */
export const STORY_NOW = new Date('2026-11-27T10:00:00+08:00');

export function storyAdapter(session: PersonaName = 'resident', extra: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter {
  return createMemoryAdapter({ session, now: () => STORY_NOW, latency: [150, 400], ...extra });
}

/** A seeded case in this state: the resident's own when `own`, else any (looked up as the grid centre). */
export async function seededNumber(adapter: MemoryAdapter, status: CaseState, own = false): Promise<string> {
  const session = adapter.control.context.session();
  adapter.control.setSession(own ? 'resident' : 'grid-centre');
  const page = await adapter.cases.list({ status: [status], ...(own ? { mine: true } : {}) }, { limit: 1 });
  adapter.control.setSession(session);
  return page.items[0]?.publicNumber ?? '';
}

export interface TrackerStoryOptions {
  adapter?: Adapter;
  caseNumber?: string;
  now?: Date;
  /** Width of the frame, e.g. 360 for a small phone. */
  width?: number;
}

/** The tracker as a portal would place it; the preview decorator wraps it in a provider. */
export function tracker({ adapter, caseNumber, now = STORY_NOW, width }: TrackerStoryOptions) {
  const el = html`<grid-case-tracker .adapter=${adapter} case-number=${ifDefined(caseNumber || undefined)} .now=${now}></grid-case-tracker>`;
  return width ? html`<div style=${`max-inline-size: ${width}px; border: 1px dashed #888; padding: 8px`}>${el}</div>` : el;
}

/** A story's `play`: waits for the case to load, then opens an action's dialog as a person would. */
export async function openDialog(canvas: HTMLElement, action: CaseAction): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const button = canvas.querySelector('grid-case-tracker')?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (button) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No ${action} button appeared`);
}

