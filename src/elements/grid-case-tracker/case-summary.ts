import { html, nothing } from 'lit';
import type { GridCase, Photo } from '../../domain/cases.js';
import { formatDateTime } from '../../i18n/format.js';
import { URGENCY_KEYS } from '../shared/case-label-keys.js';
import { ratingKey } from './messages.js';
import { heading, type ViewContext } from './view-context.js';

/** A date and time a person reads, with the machine-readable value beside it. */
export function renderTime(ctx: ViewContext, iso: string) {
  return html`<time datetime=${iso}>${formatDateTime(iso, ctx.locale)}</time>`;
}

/** The overdue mark: words, not colour alone. */
export function renderOverdue(ctx: ViewContext) {
  return html`<strong class="badge overdue" part="overdue">${ctx.t('case.overdue')}</strong>`;
}

/** Photos as a list of images; the alt text says whose photo of what, since the file name says nothing. */
export function renderPhotos(ctx: ViewContext, photos: readonly Photo[], category: string) {
  if (photos.length === 0) return nothing;
  return html`<ul class="photos" part="photos">
    ${photos.map(
      (photo, i) => html`<li>
        <img
          src=${photo.url}
          alt=${ctx.t(photo.kind === 'result' ? 'photo.result' : 'photo.report', { n: i + 1, category })}
          loading="lazy"
          width="160"
          height="120"
        />
      </li>`,
    )}
  </ul>`;
}

function row(label: string, value: unknown) {
  return html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** Category, description, place, urgency, reporter (masked as the backend sent it), followers, dates. */
export function renderCaseSummary(ctx: ViewContext, kase: GridCase, overdue: boolean) {
  const { t } = ctx;
  const place = [...kase.location.areaPath.map((a) => a.name), kase.location.address].filter(Boolean).join(' / ');
  const reporter = kase.reporter.anonymous
    ? t('summary.anonymous')
    : [kase.reporter.name, kase.reporter.phone].filter(Boolean).join(' ');
  const reportPhotos = kase.photos.filter((p) => p.kind === 'report');
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    ${heading(ctx, 1, t('summary.title'), { id: 'summary-title' })}
    <dl class="facts">
      ${row(t('summary.number'), kase.publicNumber)}
      ${row(t('summary.category'), kase.categoryName)}
      ${row(t('summary.description'), html`<span class="long-text">${kase.description}</span>`)}
      ${row(t('summary.location'), html`<span class="long-text">${place}</span>`)}
      ${row(t('summary.urgency'), t(URGENCY_KEYS[kase.urgency]))}
      ${row(t('summary.reporter'), reporter || t('summary.anonymous'))}
      ${row(t('summary.followers'), t('summary.followersCount', { count: kase.followers }))}
      ${row(t('summary.createdAt'), renderTime(ctx, kase.createdAt))}
      ${row(t('summary.dueAt'), html`${renderTime(ctx, kase.dueAt)} ${overdue ? renderOverdue(ctx) : nothing}`)}
      ${row(t('summary.department'), kase.department?.name ?? t('summary.noDepartment'))}
      ${kase.rating != null
        ? row(t('summary.rating'), t('timeline.rating', { words: t(ratingKey(kase.rating)), rating: kase.rating }))
        : nothing}
    </dl>
    ${reportPhotos.length
      ? html`<p class="photos-title">${t('summary.photos')}</p>
          ${renderPhotos(ctx, reportPhotos, kase.categoryName)}`
      : nothing}
  </section>`;
}
