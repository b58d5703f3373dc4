import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldErrors } from '../../domain/field-errors.js';
import { validationMessage } from '../../i18n/validation.js';
import { describedBy, renderFieldError, type SummaryError } from '../shared/error-summary.js';
import type { RosterKey } from './messages.js';
import type { RosterContext } from './roster-context.js';

/** One form field's wiring: its id, label key, and where its error is. */
export interface FieldSpec {
  /** Path in the request (`phone`), matching FieldErrors keys. */
  path: string;
  /** Id of the control to focus from the error summary. */
  id: string;
  /** Message key of its label. */
  label: RosterKey;
}

/** The error messages of a form, in field order, for the GOV.UK error summary. */
export function summaryErrors(ctx: RosterContext, fields: readonly FieldSpec[], errors: FieldErrors): SummaryError[] {
  return fields
    .filter((f) => errors[f.path])
    .map((f) => ({ fieldId: f.id, message: fieldMessage(ctx, f, errors) ?? '' }));
}

export function fieldMessage(ctx: RosterContext, field: FieldSpec, errors: FieldErrors): string | undefined {
  const error = errors[field.path];
  return error ? validationMessage(error, ctx.t(field.label), ctx.locale()) : undefined;
}

/** A labelled text-like input with optional hint and inline error (GOV.UK order: label, hint, error, control). */
export function renderInput(
  ctx: RosterContext,
  field: FieldSpec,
  errors: FieldErrors,
  value: string,
  onInput: (value: string) => void,
  options: { type?: string; hint?: string; optional?: boolean; inputmode?: string; autocomplete?: string; max?: string; step?: string } = {},
) {
  const message = fieldMessage(ctx, field, errors);
  const hintId = options.hint ? `${field.id}-hint` : null;
  const errorId = message ? `${field.id}-error` : null;
  return html`<div class="field ${message ? 'has-error' : ''}">
    <label class="label" for=${field.id}
      >${ctx.t(field.label)}${options.optional ? html` <span class="hint-inline">${ctx.t('field.optional')}</span>` : nothing}</label
    >
    ${options.hint ? html`<span class="hint" id=${hintId!}>${options.hint}</span>` : nothing}
    ${renderFieldError(`${field.id}-error`, message, ctx.t('a11y.errorPrefix'))}
    <input
      id=${field.id}
      class="input"
      type=${options.type ?? 'text'}
      inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? nothing}
      max=${options.max ?? nothing}
      step=${options.step ?? nothing}
      aria-invalid=${message ? 'true' : 'false'}
      aria-describedby=${describedBy(hintId, errorId)}
      .value=${live(value)}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** A fieldset of checkboxes; the first box gets `${field.id}` so the error summary can focus it. */
export function renderChecks<T extends string>(
  ctx: RosterContext,
  field: FieldSpec,
  errors: FieldErrors,
  all: readonly T[],
  labels: Readonly<Record<T, RosterKey>>,
  chosen: readonly T[],
  onChange: (next: T[]) => void,
  hint?: string,
) {
  const message = fieldMessage(ctx, field, errors);
  return html`<div class="field ${message ? 'has-error' : ''}">
    <fieldset aria-describedby=${describedBy(hint && `${field.id}-hint`, message && `${field.id}-error`)}>
      <legend>${ctx.t(field.label)}</legend>
      ${hint ? html`<span class="hint" id=${`${field.id}-hint`}>${hint}</span>` : nothing}
      ${renderFieldError(`${field.id}-error`, message, ctx.t('a11y.errorPrefix'))}
      <div class="checks">
        ${all.map(
          (item, i) => html`<label class="choice">
            <input
              type="checkbox"
              id=${i === 0 ? field.id : `${field.id}-${i}`}
              .checked=${live(chosen.includes(item))}
              @change=${(e: Event) =>
                onChange((e.target as HTMLInputElement).checked ? [...chosen, item] : chosen.filter((x) => x !== item))}
            />${ctx.t(labels[item])}</label
          >`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** A labelled select. */
export function renderSelect(
  ctx: RosterContext,
  field: FieldSpec,
  errors: FieldErrors,
  value: string,
  options: ReadonlyArray<{ value: string; label: string }>,
  onChange: (value: string) => void,
  extra: { hint?: string; disabled?: boolean; optional?: boolean; labelText?: string } = {},
) {
  const message = fieldMessage(ctx, field, errors);
  const hintId = extra.hint ? `${field.id}-hint` : null;
  return html`<div class="field ${message ? 'has-error' : ''}">
    <label class="label" for=${field.id}
      >${extra.labelText ?? ctx.t(field.label)}${extra.optional ? html` <span class="hint-inline">${ctx.t('field.optional')}</span>` : nothing}</label
    >
    ${extra.hint ? html`<span class="hint" id=${hintId!}>${extra.hint}</span>` : nothing}
    ${renderFieldError(`${field.id}-error`, message, ctx.t('a11y.errorPrefix'))}
    <select
      id=${field.id}
      class="select"
      ?disabled=${extra.disabled ?? false}
      aria-invalid=${message ? 'true' : 'false'}
      aria-describedby=${describedBy(hintId, message && `${field.id}-error`)}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}
