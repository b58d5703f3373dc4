import { html, nothing } from 'lit';
import { openingState } from '../../domain/schedules.js';
import type { ListItem, Service } from '../../domain/services.js';
import { formatDate } from '../../i18n/format.js';
import { changeTimeText, scheduleText } from './schedule-text.js';
import { DEMAND_STATUS_KEYS, PROJECT_STATUS_KEYS } from './messages.js';
import type { ViewContext } from './view.js';

const DAY_MS = 86_400_000;

/** "正在开放 · 17:30 关闭" / "Closed now · opens Mon 08:30"; text, not colour alone. */
export function renderOpenNow(service: Service, view: ViewContext) {
  if (service.schedules.length === 0) return html`<span class="badge">${view.t('sl.hours.none')}</span>`;
  const state = openingState(service.schedules, view.now);
  const zone = service.schedules[0]!.timezone;
  // A change more than a day away (open all week) says nothing useful.
  const soon = state.nextChange && state.nextChange.getTime() - view.now.getTime() < DAY_MS;
  const when = soon ? changeTimeText(state.nextChange!, view.now, view.locale, zone) : '';
  return html`<span class="badge ${state.open ? 'open' : 'closed'}" part="open-state"
      >${view.t(state.open ? 'sl.openNow' : 'sl.closedNow')}</span
    >${when ? html` <span class="next-change">${view.t(state.open ? 'sl.closesAt' : 'sl.opensAt', { time: when })}</span>` : nothing}`;
}

export function renderScheduleLines(service: Service, view: ViewContext, withNotes: boolean) {
  return html`<ul class="plain">
    ${service.schedules.map(
      (s) => html`<li>${scheduleText(s, view.locale)}${withNotes && s.note ? html` <span class="muted">(${s.note})</span>` : nothing}</li>`,
    )}
  </ul>`;
}

function row(label: string, value: unknown) {
  return html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** The progress of a project: a bar and its value in words. */
export function renderProgress(value: number, id: string, view: ViewContext) {
  const text = view.t('sl.progressValue', { value });
  return html`<span class="progress">
    <progress id=${id} max="100" .value=${value} aria-label=${view.t('sl.progress')} aria-valuetext=${text}></progress>
    <span>${text}</span>
  </span>`;
}

/** The short facts of an item for the list; the detail view adds the rest. */
export function renderCardFacts(item: ListItem, view: ViewContext) {
  const { t } = view;
  switch (item.kind) {
    case 'service':
      return html`<dl class="facts">
        ${row(t('sl.provider'), item.provider.name)}
        ${row(t('sl.where'), html`${item.location.name}<br />${item.location.address}<br /><span class="muted">${item.areaName}</span>`)}
        ${row(t('sl.hours'), html`${renderOpenNow(item, view)}${renderScheduleLines(item, view, false)}`)}
        ${row(t('sl.eligibility'), item.eligibility)}
        ${row(t('sl.cost'), item.cost.free ? t('sl.free') : item.cost.description)}
      </dl>`;
    case 'resource':
      return html`<dl class="facts">
        ${row(t('sl.provider'), item.provider.name)} ${row(t('sl.area'), item.areaName)} ${row(t('sl.capacity'), item.capacity)}
        ${row(t('sl.availableUntil'), item.availableUntil ? formatDate(item.availableUntil, view.locale) : t('sl.availableOpen'))}
      </dl>`;
    case 'demand':
      return html`<dl class="facts">
        ${row(t('sl.status'), html`<span class="badge status-${item.status}">${t(DEMAND_STATUS_KEYS[item.status])}</span>`)}
        ${row(t('sl.takenBy'), item.takenBy ?? t('sl.takenBy.none'))} ${row(t('sl.area'), item.areaName)}
        ${row(t('sl.postedAt'), formatDate(item.postedAt, view.locale))}
      </dl>`;
    case 'project':
      return html`<dl class="facts">
        ${row(t('sl.status'), html`<span class="badge status-${item.status}">${t(PROJECT_STATUS_KEYS[item.status])}</span>`)}
        ${row(t('sl.progress'), renderProgress(item.progress, `progress-${item.id}`, view))}
        ${row(t('sl.matchesDemand'), item.demand.name)} ${row(t('sl.usesResource'), item.resource.name)}
      </dl>`;
  }
}

export interface CardActions {
  expanded: boolean;
  /** Detail contents when expanded. */
  detail: unknown;
  onDetails: () => void;
  /** Absent for lists that cannot be requested (demands, projects). */
  onRequest?: () => void;
}

/** One item of the list: name, facts, a details disclosure and (for services and resources) "request". */
export function renderItemCard(item: ListItem, view: ViewContext, actions: CardActions) {
  const detailId = `detail-${item.id}`;
  return html`<article class="card" part="item" aria-labelledby=${`name-${item.id}`}>
    <h3 class="card-title" id=${`name-${item.id}`}>${item.name}</h3>
    ${renderCardFacts(item, view)}
    <div class="actions">
      <button
        type="button"
        class="button secondary"
        data-details=${item.id}
        aria-expanded=${actions.expanded ? 'true' : 'false'}
        aria-controls=${detailId}
        @click=${actions.onDetails}
      >
        ${view.t('sl.details')}<span class="visually-hidden">: ${item.name}</span>
      </button>
      ${actions.onRequest
        ? html`<button type="button" class="button" data-request=${item.id} @click=${actions.onRequest}>
            ${view.t(item.kind === 'resource' ? 'sl.request.resource' : 'sl.request.service')}<span class="visually-hidden"
              >: ${item.name}</span
            >
          </button>`
        : nothing}
    </div>
    <section class="detail" id=${detailId} ?hidden=${!actions.expanded} aria-label=${view.t('sl.detailsOf', { name: item.name })}>
      ${actions.expanded ? actions.detail : nothing}
    </section>
  </article>`;
}
