import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, renderFieldError } from '../shared/error-summary.js';
import { fieldId } from './draft-shape.js';
import type { FormContext } from './form-context.js';

/**
 * GOV.UK-shaped fields: label (or legend), hint, error, control; `aria-describedby` lists the
 * hint then the error. The error path (`description`, `answers.depth`) names the ids.
 */

interface TextOptions {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'tel' | 'datetime-local';
  inputmode?: 'decimal' | 'numeric' | 'tel' | 'text';
  autocomplete?: string;
  /** Extra content under the control (a character counter). */
  after?: unknown;
  afterId?: string;
}

function labelText(ctx: FormContext, label: string, optional?: boolean) {
  return optional ? html`${label} <span class="optional">${ctx.t('field.optional')}</span>` : label;
}

export function textField(ctx: FormContext, o: TextOptions) {
  const id = fieldId(o.path);
  const error = ctx.errorFor(o.path);
  const hintId = o.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = describedBy(hintId, errorId, o.afterId);
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label class="label" for=${id}>${labelText(ctx, o.label, o.optional)}</label>
    ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing}
    ${renderFieldError(`${id}-error`, error, ctx.t('a11y.errorPrefix'))}
    ${o.multiline
      ? html`<textarea class="textarea" id=${id} rows="5" aria-describedby=${described} aria-invalid=${error ? 'true' : 'false'}
          .value=${live(o.value)} @input=${onInput}></textarea>`
      : html`<input class="input" id=${id} type=${o.type ?? 'text'} inputmode=${ifDefined(o.inputmode)}
          autocomplete=${ifDefined(o.autocomplete)} aria-describedby=${described} aria-invalid=${error ? 'true' : 'false'}
          .value=${live(o.value)} @input=${onInput} />`}
    ${o.after ?? nothing}
  </div>`;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceOptions {
  path: string;
  legend: string;
  hint?: string;
  optional?: boolean;
  multiple?: boolean;
  inline?: boolean;
  options: readonly ChoiceOption[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
}

/** Radios or checkboxes in a fieldset; the first option carries the field id the error summary links to. */
export function choiceField(ctx: FormContext, o: ChoiceOptions) {
  const id = fieldId(o.path);
  const error = ctx.errorFor(o.path);
  const hintId = o.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return html`<div class="field ${error ? 'has-error' : ''}">
    <fieldset aria-describedby=${describedBy(hintId, errorId)}>
      <legend>${labelText(ctx, o.legend, o.optional)}</legend>
      ${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : nothing}
      ${renderFieldError(`${id}-error`, error, ctx.t('a11y.errorPrefix'))}
      <div class="choices ${o.inline ? 'inline' : ''}">
        ${o.options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          return html`<div class="choice">
            <input
              id=${optionId}
              type=${o.multiple ? 'checkbox' : 'radio'}
              name=${id}
              .value=${option.value}
              .checked=${live(o.isChecked(option.value))}
              aria-describedby=${ifDefined(option.hint ? `${optionId}-hint` : undefined)}
              @change=${(e: Event) => o.onToggle(option.value, (e.target as HTMLInputElement).checked)}
            />
            <label for=${optionId}>${option.label}${option.hint
              ? html`<span class="hint option-hint" id="${optionId}-hint">${option.hint}</span>`
              : nothing}</label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}
