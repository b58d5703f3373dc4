import type { AnswerValue, CategoryQuestion } from '../../domain/cases.js';
import type { FormContext } from './form-context.js';
import type { LaterKit } from './later-parts.js';

interface Row {
  key: string;
  label: string;
  value: unknown;
  /** The error path of the field "Change" goes to. */
  path: string;
}

/** An answer as words, for check answers. */
export function answerText(kit: LaterKit, q: CategoryQuestion, value: AnswerValue | undefined): string {
  const { t } = kit;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('check.notGiven');
  if (typeof value === 'boolean') return t(value ? 'answer.yes' : 'answer.no');
  const label = (key: string) => q.options?.find((o) => o.key === key)?.label ?? key;
  if (Array.isArray(value)) return value.map(label).join(kit.locale === 'en' ? ', ' : '、');
  if (q.datatype === 'single') return label(String(value));
  if (q.datatype === 'datetime' && !Number.isNaN(Date.parse(String(value)))) return kit.dateTime(String(value));
  return String(value);
}

/** The GOV.UK check-answers summary list: every answer, each with a "Change" link to its field. */
export function checkAnswers(kit: LaterKit, ctx: FormContext, photoNames: readonly string[], onChange: (path: string) => void) {
  const { html, t } = kit;
  const { draft, category } = ctx;
  const none = t('check.notGiven');
  const rows: Row[] = [{ key: 'category', label: t('label.category'), value: category?.name ?? none, path: 'categoryCode' }];
  for (const q of category?.questions ?? []) {
    rows.push({ key: `q-${q.code}`, label: q.label, value: answerText(kit, q, draft.answers[q.code]), path: `answers.${q.code}` });
  }
  const coord = (n: number) => kit.number(n, { maximumFractionDigits: 5 });
  rows.push(
    { key: 'area', label: t('check.place'), value: draft.areaPath.map((a) => a.name).join(' › ') || none, path: 'location.areaId' },
    { key: 'address', label: t('label.address'), value: draft.address.trim() || none, path: 'location.address' },
    {
      key: 'point',
      label: t('label.point'),
      value: draft.point ? t('geo.coords', { lat: coord(draft.point.lat), lng: coord(draft.point.lng) }) : none,
      path: 'location.point',
    },
    { key: 'description', label: t('label.description'), value: draft.description.trim(), path: 'description' },
    {
      key: 'photos',
      label: t('label.photos'),
      value: photoNames.length ? html`${t('check.photos', { count: photoNames.length })}<br />${photoNames.join(', ')}` : none,
      path: 'photos',
    },
    { key: 'urgency', label: t('label.urgency'), value: kit.urgency(draft.urgency), path: 'urgency' },
    {
      key: 'reporter',
      label: t('check.reporter'),
      value: draft.anonymous === false ? html`${draft.name.trim()}<br />${kit.maskPhone(draft.phone)}` : t('anonymous.yes'),
      path: draft.anonymous === false ? 'name' : 'anonymous',
    },
  );
  return html`<dl class="summary-list">
    ${rows.map(
      (row) => html`<div class="summary-row" data-row=${row.key}>
        <dt class="summary-key">${row.label}</dt>
        <dd class="summary-value">${row.value}</dd>
        <dd class="summary-action">
          <a href="#${kit.fieldId(row.path)}" @click=${(e: Event) => {
            e.preventDefault();
            onChange(row.path);
          }}>${t('check.change')}<span class="visually-hidden"> ${row.label}</span></a>
        </dd>
      </div>`,
    )}
  </dl>`;
}
