import type { LaterKit, LaterPartKey } from '../later-parts.js';

/** The closed loop in plain words, in order. */
const NEXT_STEPS: readonly LaterPartKey[] = [
  'success.step.accept',
  'success.step.dispatch',
  'success.step.handle',
  'success.step.verify',
  'success.step.close',
];

/**
 * The confirmation's words after the number: keep it (or, having followed, why not to report again) and the
 * loop in plain words. The form shows the number, the tracker link and "report another" around it.
 */
export function successStep(kit: LaterKit, followed: boolean) {
  const { html, t } = kit;
  return html`<p>${t(followed ? 'success.followedText' : 'success.keep')}</p>
    <h3>${t('success.next')}</h3>
    <ol class="next-steps">
      ${NEXT_STEPS.map((key) => html`<li>${t(key)}</li>`)}
    </ol>`;
}
