import { html } from 'lit';
import { maskPhone } from '../../domain/masking.js';
import { formatNumber } from '../../i18n/format.js';
import { URGENCY_KEYS } from '../shared/case-label-keys.js';
import { fieldId } from './draft-shape.js';
import type { FormContext } from './form-context.js';
import { answerText } from './question-field.js';

interface Row {
  key: string;
  label: string;
  value: unknown;
  /** The error path of the field "Change" goes to. */
  path: string;
}

/** The GOV.UK check-answers summary list: every answer, each with a "Change" link to its field. */
export function checkAnswers(ctx: FormContext, photoNames: readonly string[], onChange: (path: string) => void) {
  const { draft, category } = ctx;
  const none = ctx.t('check.notGiven');
  const rows: Row[] = [{ key: 'category', label: ctx.t('label.category'), value: category?.name ?? none, path: 'categoryCode' }];
  for (const q of category?.questions ?? []) {
    rows.push({ key: `q-${q.code}`, label: q.label, value: answerText(ctx, q, draft.answers[q.code]), path: `answers.${q.code}` });
  }
  const coord = (n: number) => formatNumber(n, ctx.locale, { maximumFractionDigits: 5 });
  rows.push(
    { key: 'area', label: ctx.t('check.place'), value: draft.areaPath.map((a) => a.name).join(' › ') || none, path: 'location.areaId' },
    { key: 'address', label: ctx.t('label.address'), value: draft.address.trim() || none, path: 'location.address' },
    {
      key: 'point',
      label: ctx.t('label.point'),
      value: draft.point ? ctx.t('geo.coords', { lat: coord(draft.point.lat), lng: coord(draft.point.lng) }) : none,
      path: 'location.point',
    },
    { key: 'description', label: ctx.t('label.description'), value: draft.description.trim(), path: 'description' },
    {
      key: 'photos',
      label: ctx.t('label.photos'),
      value: photoNames.length ? html`${ctx.t('check.photos', { count: photoNames.length })}<br />${photoNames.join(', ')}` : none,
      path: 'photos',
    },
    { key: 'urgency', label: ctx.t('label.urgency'), value: ctx.t(URGENCY_KEYS[draft.urgency]), path: 'urgency' },
    {
      key: 'reporter',
      label: ctx.t('check.reporter'),
      value: draft.anonymous === false ? html`${draft.name.trim()}<br />${maskPhone(draft.phone)}` : ctx.t('anonymous.yes'),
      path: draft.anonymous === false ? 'name' : 'anonymous',
    },
  );
  return html`<dl class="summary-list">
    ${rows.map(
      (row) => html`<div class="summary-row" data-row=${row.key}>
        <dt class="summary-key">${row.label}</dt>
        <dd class="summary-value">${row.value}</dd>
        <dd class="summary-action">
          <a href="#${fieldId(row.path)}" @click=${(e: Event) => {
            e.preventDefault();
            onChange(row.path);
          }}>${ctx.t('check.change')}<span class="visually-hidden"> ${row.label}</span></a>
        </dd>
      </div>`,
    )}
  </dl>`;
}
