import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineEvent } from '../../domain/cases.js';
import { CASE_ACTION_KEYS, CASE_ROLE_KEYS, CASE_STATE_KEYS, ESCALATION_LEVEL_KEYS } from '../shared/case-label-keys.js';
import { renderPhotos, renderTime } from './case-summary.js';
import { ratingKey } from './messages.js';
import { heading, type ViewContext } from './view-context.js';

/**
 * What happened, in words: the state it led to ("已受理"), the resident's own step, or the grid
 * centre's supervision (which keeps the state, so its own words). Any other step that keeps the
 * state is named by its action, never as the state again.
 */
function whatHappened(ctx: ViewContext, event: TimelineEvent): string {
  if (event.action === 'follow') return ctx.t('timeline.follow');
  if (event.action === 'rate') return ctx.t('timeline.rated');
  if (event.action === 'urge') return ctx.t('case.event.urge');
  if (event.action === 'escalate') {
    return ctx.t('case.event.escalate', { level: ctx.t(ESCALATION_LEVEL_KEYS[event.escalationLevel ?? 'street']) });
  }
  if (event.fromState === event.toState) return ctx.t(CASE_ACTION_KEYS[event.action]);
  return ctx.t(CASE_STATE_KEYS[event.toState]);
}

/** The loop's history, oldest first (the order is said in the heading): what, who, when, department, notes, photos. */
export function renderTimeline(ctx: ViewContext, events: readonly TimelineEvent[], category: string) {
  const { t } = ctx;
  return html`<section class="timeline-section" aria-labelledby="timeline-title">
    ${heading(ctx, 1, t('timeline.title'), { id: 'timeline-title' })}
    <ol class="timeline" part="timeline">
      ${repeat(
        events,
        (event) => event.id,
        (event) => html`<li class="event" part="event" data-action=${event.action}>
          <p class="event-what">${whatHappened(ctx, event)}</p>
          <p class="event-meta">
            <span class="event-actor">${t('timeline.actor', { name: event.actor.name, role: t(CASE_ROLE_KEYS[event.actor.role]) })}</span>
            ${renderTime(ctx, event.at)}
          </p>
          ${event.department ? html`<p class="event-department">${t('timeline.department', { name: event.department.name })}</p>` : nothing}
          ${event.rating != null
            ? html`<p class="event-rating">${t('timeline.rating', { words: t(ratingKey(event.rating)), rating: event.rating })}</p>`
            : nothing}
          ${event.note ? html`<p class="event-note long-text">${event.note}</p>` : nothing}
          ${event.photos?.length ? renderPhotos(ctx, event.photos, category) : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}
