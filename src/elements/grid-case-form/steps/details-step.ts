import { html } from 'lit';
import { LIMITS } from '../../../domain/common.js';
import { URGENCIES, type Urgency } from '../../../domain/cases.js';
import { URGENCY_KEYS } from '../../shared/case-label-keys.js';
import { radioGroup, textareaField, textField } from '../../../forms/index.js';
import { fieldId } from '../draft-shape.js';
import type { FormContext } from '../form-context.js';

/** Step 5: description (with a live counter), photos (the form's photo field, a later part), urgency, and anonymous or named. */
export function detailsStep(ctx: FormContext, photos: unknown) {
  const { draft, t } = ctx;
  const field = (path: string) => ({ id: fieldId(path), error: ctx.errorFor(path) });
  return html`
    ${textareaField(t, {
      ...field('description'),
      label: t('label.description'),
      hint: t('hint.description', { max: LIMITS.description }),
      rows: 5,
      value: draft.description,
      counter: { max: LIMITS.description, id: 'description-counter', live: true },
      onInput: (description) => ctx.update({ description }),
    })}
    ${photos}
    ${radioGroup(t, {
      ...field('urgency'),
      label: t('label.urgency'),
      hint: t('hint.urgency'),
      options: URGENCIES.map((u) => ({ value: u, label: t(URGENCY_KEYS[u]), hint: t(`urgency.hint.${u}`) })),
      value: draft.urgency,
      onChange: (u) => ctx.update({ urgency: u as Urgency }),
    })}
    ${radioGroup(t, {
      ...field('anonymous'),
      label: t('label.anonymous'),
      options: [
        { value: 'yes', label: t('anonymous.yes'), hint: t('anonymous.yesHint') },
        { value: 'no', label: t('anonymous.no'), hint: t('anonymous.noHint') },
      ],
      value: draft.anonymous === null ? null : draft.anonymous ? 'yes' : 'no',
      onChange: (v) => ctx.update({ anonymous: v === 'yes' }),
    })}
    ${draft.anonymous === false
      ? html`<div class="conditional">
          ${textField(t, { ...field('name'), label: t('label.name'), value: draft.name, autocomplete: 'name', onInput: (name) => ctx.update({ name }) })}
          ${textField(t, {
            ...field('phone'),
            label: t('label.phone'),
            hint: t('hint.phone'),
            type: 'tel',
            inputmode: 'numeric',
            autocomplete: 'tel',
            value: draft.phone,
            onInput: (phone) => ctx.update({ phone }),
          })}
        </div>`
      : ''}
  `;
}
