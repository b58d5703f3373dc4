import { html, nothing } from 'lit';
import type { FormContext } from '../form-context.js';
import type { CaseFormMessageKey } from '../messages.js';

export interface SuccessInfo {
  caseId: string;
  publicNumber: string;
  followed: boolean;
}

/** The closed loop in plain words, in order. */
const NEXT_STEPS: readonly CaseFormMessageKey[] = [
  'success.step.accept',
  'success.step.dispatch',
  'success.step.handle',
  'success.step.verify',
  'success.step.close',
];

/** The end: the public number, the loop in plain words, a tracker link, and "report another". */
export function successStep(ctx: FormContext, info: SuccessInfo, trackerHref: string | undefined, onAnother: () => void) {
  const href = trackerHref ? trackerHref.replaceAll('{number}', encodeURIComponent(info.publicNumber)) : undefined;
  return html`<div class="panel" part="success">
      <h2 class="panel-title" id="step-heading" tabindex="-1">
        ${ctx.t(info.followed ? 'success.followedTitle' : 'success.title')}
      </h2>
      <p class="panel-body">${ctx.t('success.number')}<br /><strong class="public-number">${info.publicNumber}</strong></p>
    </div>
    <p>${ctx.t(info.followed ? 'success.followedText' : 'success.keep')}</p>
    <h3>${ctx.t('success.next')}</h3>
    <ol class="next-steps">
      ${NEXT_STEPS.map((key) => html`<li>${ctx.t(key)}</li>`)}
    </ol>
    <div class="actions">
      ${href ? html`<a class="button" part="tracker-link" href=${href}>${ctx.t('success.track')}</a>` : nothing}
      <button type="button" class="button secondary" @click=${onAnother}>${ctx.t('success.another')}</button>
    </div>`;
}
