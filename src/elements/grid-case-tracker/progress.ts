import { html, nothing } from 'lit';
import type { CaseState } from '../../domain/cases.js';
import { CASE_STATE_KEYS } from '../shared/case-label-keys.js';
import { PROGRESS_KEYS, PROGRESS_NEXT_KEYS } from './messages.js';
import { heading, type ViewContext } from './view-context.js';

/** The main loop, in order; `returned` and `reopened` are detours shown against it. */
export const MAIN_STEPS: readonly CaseState[] = ['reported', 'accepted', 'dispatched', 'handled', 'verified', 'closed'];

/**
 * Where a state sits on the main loop. A returned case waits for the step after
 * "accepted" (dispatch again, or close); a reopened one waits to be accepted again.
 */
export function stepIndex(state: CaseState): number {
  if (state === 'returned') return MAIN_STEPS.indexOf('accepted');
  if (state === 'reopened') return MAIN_STEPS.indexOf('reported');
  return MAIN_STEPS.indexOf(state);
}

/** A step indicator: an ordered list, the current step marked with `aria-current="step"`. */
export function renderProgress(ctx: ViewContext, state: CaseState) {
  const { t } = ctx;
  const current = stepIndex(state);
  const offLoop = state === 'returned' || state === 'reopened';
  return html`<section class="progress-section" aria-labelledby="progress-title">
    ${heading(ctx, 1, t('progress.title'), { id: 'progress-title' })}
    <ol class="progress" part="progress">
      ${MAIN_STEPS.map((step, i) => {
        const done = i < current || (i === current && state === 'closed');
        const where = i === current ? 'current' : done ? 'done' : 'todo';
        return html`<li class=${`step ${where}${done ? ' done' : ''}`} aria-current=${i === current ? 'step' : nothing}>
          <span class="marker" aria-hidden="true">${done ? '✓' : i + 1}</span>
          <span class="step-label">${t(CASE_STATE_KEYS[step])}</span>
          <span class="visually-hidden">${t(PROGRESS_KEYS[where])}</span>
        </li>`;
      })}
    </ol>
    ${offLoop
      ? html`<p class="off-loop">${t('progress.offLoop', { state: t(CASE_STATE_KEYS[state]), next: t(PROGRESS_NEXT_KEYS[state]) })}</p>`
      : nothing}
  </section>`;
}
