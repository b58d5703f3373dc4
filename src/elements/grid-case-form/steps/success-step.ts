import { html, nothing } from 'lit';
import type { FormContext } from '../form-context.js';

export interface SuccessInfo {
  caseId: string;
  publicNumber: string;
  followed: boolean;
}

const NEXT_STEPS = ['accept', 'dispatch', 'handle', 'verify', 'close'] as const;

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
      ${NEXT_STEPS.map((s) => html`<li>${ctx.t(`success.step.${s}`)}</li>`)}
    </ol>
    <div class="actions">
      ${href ? html`<a class="button" part="tracker-link" href=${href}>${ctx.t('success.track')}</a>` : nothing}
      <button type="button" class="button secondary" @click=${onAnother}>${ctx.t('success.another')}</button>
    </div>`;
}
