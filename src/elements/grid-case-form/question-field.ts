import { nothing } from 'lit';
import { formatDateTime } from '../../i18n/format.js';
import type { AnswerValue, CategoryQuestion } from '../../domain/cases.js';
import { choiceField, textField } from './fields.js';
import type { FormContext } from './form-context.js';

/** A category's question as a proper labelled control, by datatype. */
export function questionField(ctx: FormContext, q: CategoryQuestion) {
  const path = `answers.${q.code}`;
  const value = ctx.draft.answers[q.code];
  const set = (next: AnswerValue | undefined) => {
    const answers = { ...ctx.draft.answers };
    if (next === undefined) delete answers[q.code];
    else answers[q.code] = next;
    ctx.update({ answers });
  };
  const optional = !q.required;
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  switch (q.datatype) {
    case 'string':
    case 'text':
      return textField(ctx, { path, label: q.label, hint: q.hint, optional, value: text, multiline: q.datatype === 'text', onInput: set });
    case 'number': {
      const range = q.min !== undefined && q.max !== undefined ? ctx.t('question.range', { min: q.min, max: q.max }) : undefined;
      const hint = [q.hint, range].filter(Boolean).join(' ') || undefined;
      return textField(ctx, { path, label: q.label, hint, optional, value: text, inputmode: 'decimal', onInput: set });
    }
    case 'datetime':
      return textField(ctx, { path, label: q.label, hint: q.hint, optional, value: text, type: 'datetime-local', onInput: set });
    case 'single':
    case 'multi': {
      const multiple = q.datatype === 'multi';
      const chosen = Array.isArray(value) ? value : [];
      return choiceField(ctx, {
        path,
        legend: q.label,
        hint: q.hint ?? (multiple ? ctx.t('question.chooseAll') : undefined),
        optional,
        multiple,
        options: (q.options ?? []).map((o) => ({ value: o.key, label: o.label })),
        isChecked: (key) => (multiple ? chosen.includes(key) : value === key),
        onToggle: (key, checked) => {
          if (!multiple) return set(key);
          const next = checked ? [...chosen.filter((k) => k !== key), key] : chosen.filter((k) => k !== key);
          set(next.length ? next : undefined);
        },
      });
    }
    case 'boolean':
      return choiceField(ctx, {
        path,
        legend: q.label,
        hint: q.hint,
        optional,
        inline: true,
        options: [
          { value: 'yes', label: ctx.t('answer.yes') },
          { value: 'no', label: ctx.t('answer.no') },
        ],
        isChecked: (key) => (key === 'yes' ? value === true : value === false),
        onToggle: (key) => set(key === 'yes'),
      });
  }
  return nothing;
}

/** An answer as words, for check answers. */
export function answerText(ctx: FormContext, q: CategoryQuestion, value: AnswerValue | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return ctx.t('check.notGiven');
  if (typeof value === 'boolean') return ctx.t(value ? 'answer.yes' : 'answer.no');
  const label = (key: string) => q.options?.find((o) => o.key === key)?.label ?? key;
  if (Array.isArray(value)) return value.map(label).join(ctx.locale === 'en' ? ', ' : '、');
  if (q.datatype === 'single') return label(String(value));
  if (q.datatype === 'datetime' && !Number.isNaN(Date.parse(String(value)))) {
    return formatDateTime(String(value), ctx.locale);
  }
  return String(value);
}
