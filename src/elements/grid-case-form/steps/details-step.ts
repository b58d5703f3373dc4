import { html } from 'lit';
import { LIMITS } from '../../../domain/common.js';
import { URGENCIES, type Urgency } from '../../../domain/cases.js';
import { URGENCY_KEYS } from '../../shared/case-label-keys.js';
import { choiceField, textField } from '../fields.js';
import type { FormContext } from '../form-context.js';
import { URGENCY_HINT_KEYS } from '../messages.js';
import { photoField, type PhotoList } from '../photo-picker.js';

export interface PhotoHandlers {
  list: PhotoList;
  lost: number;
  add: (files: File[]) => void;
  remove: (index: number) => void;
}

/** Step 5: description (with a live counter), photos, urgency, and anonymous or named. */
export function detailsStep(ctx: FormContext, photos: PhotoHandlers) {
  const { draft } = ctx;
  const left = LIMITS.description - draft.description.length;
  const counter = html`<span class="counter ${left < 0 ? 'over' : ''}" id="description-counter" aria-live="polite">
    ${left >= 0 ? ctx.t('form.counter.left', { count: left }) : ctx.t('form.counter.over', { count: -left })}
  </span>`;
  return html`
    ${textField(ctx, {
      path: 'description',
      label: ctx.t('label.description'),
      hint: ctx.t('hint.description', { max: LIMITS.description }),
      multiline: true,
      value: draft.description,
      onInput: (description) => ctx.update({ description }),
      after: counter,
      afterId: 'description-counter',
    })}
    ${photoField(ctx, photos.list, photos.lost, photos.add, photos.remove)}
    ${choiceField(ctx, {
      path: 'urgency',
      legend: ctx.t('label.urgency'),
      hint: ctx.t('hint.urgency'),
      options: URGENCIES.map((u) => ({ value: u, label: ctx.t(URGENCY_KEYS[u]), hint: ctx.t(URGENCY_HINT_KEYS[u]) })),
      isChecked: (u) => draft.urgency === u,
      onToggle: (u) => ctx.update({ urgency: u as Urgency }),
    })}
    ${choiceField(ctx, {
      path: 'anonymous',
      legend: ctx.t('label.anonymous'),
      options: [
        { value: 'yes', label: ctx.t('anonymous.yes'), hint: ctx.t('anonymous.yesHint') },
        { value: 'no', label: ctx.t('anonymous.no'), hint: ctx.t('anonymous.noHint') },
      ],
      isChecked: (v) => (v === 'yes' ? draft.anonymous === true : draft.anonymous === false),
      onToggle: (v) => ctx.update({ anonymous: v === 'yes' }),
    })}
    ${draft.anonymous === false
      ? html`<div class="conditional">
          ${textField(ctx, {
            path: 'name',
            label: ctx.t('label.name'),
            value: draft.name,
            autocomplete: 'name',
            onInput: (name) => ctx.update({ name }),
          })}
          ${textField(ctx, {
            path: 'phone',
            label: ctx.t('label.phone'),
            hint: ctx.t('hint.phone'),
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
