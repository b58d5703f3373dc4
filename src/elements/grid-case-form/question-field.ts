import { nothing } from 'lit';
import type { AnswerValue, CategoryQuestion } from '../../domain/cases.js';
import { checkboxGroup, dateTimeField, numberField, radioGroup, textareaField, textField } from '../../forms/index.js';
import { fieldId } from './draft-shape.js';
import type { FormContext } from './form-context.js';

/** A category's question as a proper labelled control, by datatype. */
export function questionField(ctx: FormContext, q: CategoryQuestion) {
  const { t } = ctx;
  const path = `answers.${q.code}`;
  const value = ctx.draft.answers[q.code];
  const set = (next: AnswerValue | undefined) => {
    const answers = { ...ctx.draft.answers };
    if (next === undefined) delete answers[q.code];
    else answers[q.code] = next;
    ctx.update({ answers });
  };
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const field = { id: fieldId(path), label: q.label, hint: q.hint, optional: !q.required, error: ctx.errorFor(path) };
  const typed = { ...field, value: text, onInput: set };
  switch (q.datatype) {
    case 'string':
      return textField(t, typed);
    case 'text':
      return textareaField(t, { ...typed, rows: 5 });
    case 'number': {
      const range = q.min !== undefined && q.max !== undefined ? t('question.range', { min: q.min, max: q.max }) : undefined;
      return numberField(t, { ...typed, hint: [q.hint, range].filter(Boolean).join(' ') || undefined });
    }
    case 'datetime':
      return dateTimeField(t, typed);
    case 'single':
      return radioGroup(t, {
        ...field,
        options: (q.options ?? []).map((o) => ({ value: o.key, label: o.label })),
        value: typeof value === 'string' ? value : null,
        onChange: set,
      });
    case 'multi':
      return checkboxGroup(t, {
        ...field,
        hint: q.hint ?? t('question.chooseAll'),
        options: (q.options ?? []).map((o) => ({ value: o.key, label: o.label })),
        values: Array.isArray(value) ? value : [],
        onChange: (keys) => set(keys.length ? keys : undefined),
      });
    case 'boolean':
      return radioGroup(t, {
        ...field,
        inline: true,
        options: [
          { value: 'yes', label: t('answer.yes') },
          { value: 'no', label: t('answer.no') },
        ],
        value: value === true ? 'yes' : value === false ? 'no' : null,
        onChange: (key) => set(key === 'yes'),
      });
  }
  return nothing;
}
