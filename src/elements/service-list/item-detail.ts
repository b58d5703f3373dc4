import { html, nothing } from 'lit';
import type { ListItem } from '../../domain/services.js';
import { formatDate } from '../../i18n/format.js';
import { renderScheduleLines } from './item-card.js';
import { AUDIENCE_KEYS } from './messages.js';
import type { ViewContext } from './view.js';

function row(label: string, value: unknown) {
  return value === undefined || value === '' ? nothing : html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/**
 * The rest of an item, shown in its details disclosure under the card's short facts:
 * description, audiences, categories, contact, schedule notes and the kind's own extras.
 */
export function renderItemDetail(item: ListItem, view: ViewContext) {
  const { t, locale } = view;
  const sep = locale === 'en' ? ', ' : '、';
  const terms = item.termIds.map((id) => view.termName(id)).filter((n): n is string => !!n);
  const common = html`${row(t('sl.description'), item.description)}
  ${row(t('sl.forWhom'), item.audiences.map((a) => t(AUDIENCE_KEYS[a])).join(sep))}
  ${terms.length ? row(t('sl.categoryList'), terms.join(sep)) : nothing}`;
  switch (item.kind) {
    case 'service':
      return html`<dl class="facts">
        ${common}
        ${row(t('sl.provider'), html`${item.provider.name}${item.provider.description ? html`<br /><span class="muted">${item.provider.description}</span>` : nothing}`)}
        ${row(t('sl.phone'), item.phone ?? item.provider.phone)}
        ${item.schedules.some((s) => s.note) ? row(t('sl.hours'), renderScheduleLines(item, view, true)) : nothing}
      </dl>`;
    case 'resource':
      return html`<dl class="facts">${common} ${row(t('sl.phone'), item.provider.phone)}</dl>`;
    case 'demand':
      return html`<dl class="facts">${common} ${row(t('sl.postedBy'), item.postedBy)}</dl>`;
    case 'project': {
      const start = formatDate(item.startDate, locale);
      return html`<dl class="facts">
        ${common} ${row(t('sl.area'), item.areaName)}
        ${row(t('sl.dates'), item.endDate ? t('sl.dateRange', { start, end: formatDate(item.endDate, locale) }) : t('sl.dateOngoing', { start }))}
      </dl>`;
    }
  }
}
