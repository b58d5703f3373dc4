import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { actionNoteErrors, noteRequired } from '../../domain/case-machine.js';
import { validatePhotos } from '../../domain/case-validation.js';
import { CaseActionInput, type CaseAction, type CaseActionRequest, type Department } from '../../domain/cases.js';
import { LIMITS, PHOTO_TYPES } from '../../domain/common.js';
import { fieldErrorsFrom, type FieldError, type FieldErrors } from '../../domain/field-errors.js';
import { validationMessage } from '../../i18n/validation.js';
import { describedBy, renderFieldError, type SummaryError } from '../shared/error-summary.js';
import { ratingKey, type TrackerMessageKey } from './messages.js';
import type { ViewContext } from './view-context.js';

/** What a person fills in for an action. */
export interface ActionValues {
  note: string;
  departmentId: string;
  rating: number | null;
  photos: File[];
}

export type ActionField = keyof ActionValues;

export const emptyValues = (): ActionValues => ({ note: '', departmentId: '', rating: null, photos: [] });

/** The control each field's error links to. */
export const FIELD_IDS: Readonly<Record<ActionField, string>> = {
  note: 'action-note',
  departmentId: 'action-department',
  rating: 'action-rating-1',
  photos: 'action-photos',
};

/** The note's words per action; whether the action needs one is the domain's rule (`noteRequired`). */
const NOTE: Readonly<Record<CaseAction, { label: TrackerMessageKey; hint: TrackerMessageKey }>> = {
  accept: { label: 'field.note', hint: 'field.noteHint' },
  dispatch: { label: 'field.note', hint: 'field.noteHint' },
  resolve: { label: 'field.resolveNote', hint: 'field.resolveNoteHint' },
  verify: { label: 'field.note', hint: 'field.noteHint' },
  close: { label: 'field.note', hint: 'field.noteHint' },
  return: { label: 'field.returnNote', hint: 'field.returnNoteHint' },
  reopen: { label: 'field.reopenNote', hint: 'field.reopenNoteHint' },
  rate: { label: 'field.rateNote', hint: 'field.noteHint' },
  urge: { label: 'field.urgeNote', hint: 'field.urgeNoteHint' },
  escalate: { label: 'field.escalateNote', hint: 'field.escalateNoteHint' },
};

/** The labels of the other fields. */
const FIELD_LABELS: Readonly<Record<Exclude<ActionField, 'note'>, TrackerMessageKey>> = {
  departmentId: 'field.department',
  rating: 'field.rating',
  photos: 'field.photos',
};

const RATINGS = [1, 2, 3, 4, 5] as const;

/** The request for `cases.act`: only the fields this action uses, so a retry sends the very same body. */
export function buildRequest(action: CaseAction, values: ActionValues, idempotencyKey: string): CaseActionRequest {
  const request: CaseActionRequest = { action, idempotencyKey };
  const note = values.note.trim();
  if (note) request.note = note;
  if (action === 'dispatch' && values.departmentId) request.departmentId = values.departmentId;
  if (action === 'rate' && values.rating !== null) request.rating = values.rating;
  if (action === 'resolve' && values.photos.length) request.photos = values.photos;
  return request;
}

/** The contract's limits (from the domain schema) plus what each action needs before it is sent. */
export function validateAction(action: CaseAction, values: ActionValues): FieldErrors {
  const { photos, ...fields } = buildRequest(action, values, 'validate-only');
  const errors = pick(fieldErrorsFrom(CaseActionInput, fields));
  Object.assign(errors, actionNoteErrors(action, values.note));
  if (action === 'dispatch' && !values.departmentId) errors.departmentId = { code: 'required' };
  if (action === 'rate' && values.rating === null) errors.rating = { code: 'required' };
  if (action === 'resolve') Object.assign(errors, validatePhotos(photos));
  return errors;
}

/** Keeps the errors of fields this dialog shows (a backend may name others). */
export function pick(errors: FieldErrors | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const field of Object.keys(FIELD_IDS)) if (errors?.[field]) out[field] = errors[field]!;
  return out;
}

function label(ctx: ViewContext, action: CaseAction, field: ActionField): string {
  return ctx.t(field === 'note' ? NOTE[action].label : FIELD_LABELS[field]);
}

/** GOV.UK words for one field's problem; choices say "select", not "enter". */
export function fieldMessage(ctx: ViewContext, action: CaseAction, field: ActionField, error: FieldError): string {
  if (error.code === 'required' && field === 'departmentId') return ctx.t('field.departmentRequired');
  if (error.code === 'required' && field === 'rating') return ctx.t('field.ratingRequired');
  return validationMessage(error, label(ctx, action, field), ctx.locale);
}

/** The error summary's entries, in the order the fields appear. */
export function summaryErrors(ctx: ViewContext, action: CaseAction, errors: FieldErrors): SummaryError[] {
  return fieldOrder(action)
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: FIELD_IDS[field], message: fieldMessage(ctx, action, field, errors[field]!) }));
}

function fieldOrder(action: CaseAction): ActionField[] {
  if (action === 'dispatch') return ['departmentId', 'note'];
  if (action === 'rate') return ['rating', 'note'];
  if (action === 'resolve') return ['note', 'photos'];
  return ['note'];
}

export interface ActionFieldsState {
  action: CaseAction;
  values: ActionValues;
  errors: FieldErrors;
  departments: readonly Department[];
  onChange: (patch: Partial<ActionValues>) => void;
}

/** The fields one action needs, GOV.UK style: label, hint, error, control. */
export function renderActionFields(ctx: ViewContext, state: ActionFieldsState) {
  return fieldOrder(state.action).map((field) => {
    switch (field) {
      case 'departmentId':
        return renderDepartment(ctx, state);
      case 'rating':
        return renderRating(ctx, state);
      case 'photos':
        return renderPhotosInput(ctx, state);
      default:
        return renderNote(ctx, state);
    }
  });
}

function errorText(ctx: ViewContext, state: ActionFieldsState, field: ActionField): string | undefined {
  const error = state.errors[field];
  return error ? fieldMessage(ctx, state.action, field, error) : undefined;
}

function renderNote(ctx: ViewContext, state: ActionFieldsState) {
  const { t } = ctx;
  const spec = NOTE[state.action];
  const error = errorText(ctx, state, 'note');
  return html`<div class=${error ? 'field has-error' : 'field'}>
    <label class="label" for=${FIELD_IDS.note}>${label(ctx, state.action, 'note')}</label>
    <span class="hint" id="action-note-hint">${t(spec.hint, { max: LIMITS.note })}</span>
    ${renderFieldError('action-note-error', error, t('a11y.errorPrefix'))}
    <textarea
      class="textarea"
      id=${FIELD_IDS.note}
      name="note"
      rows="4"
      ?required=${noteRequired(state.action)}
      aria-describedby=${describedBy('action-note-hint', error && 'action-note-error')}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${live(state.values.note)}
      @input=${(e: Event) => state.onChange({ note: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
  </div>`;
}

function renderDepartment(ctx: ViewContext, state: ActionFieldsState) {
  const { t } = ctx;
  const error = errorText(ctx, state, 'departmentId');
  return html`<div class=${error ? 'field has-error' : 'field'}>
    <label class="label" for=${FIELD_IDS.departmentId}>${t('field.department')}</label>
    ${renderFieldError('action-department-error', error, t('a11y.errorPrefix'))}
    <select
      class="select"
      id=${FIELD_IDS.departmentId}
      name="departmentId"
      required
      aria-describedby=${describedBy(error && 'action-department-error')}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${live(state.values.departmentId)}
      @change=${(e: Event) => state.onChange({ departmentId: (e.target as HTMLSelectElement).value })}
    >
      <option value="">${t('field.departmentChoose')}</option>
      ${state.departments.map(
        (d) => html`<option value=${d.id} ?selected=${d.id === state.values.departmentId}>${d.name}</option>`,
      )}
    </select>
  </div>`;
}

function renderRating(ctx: ViewContext, state: ActionFieldsState) {
  const { t } = ctx;
  const error = errorText(ctx, state, 'rating');
  return html`<div class=${error ? 'field has-error' : 'field'}>
    <fieldset aria-describedby=${describedBy(error && 'action-rating-error')}>
      <legend>${t('field.rating')}</legend>
      ${renderFieldError('action-rating-error', error, t('a11y.errorPrefix'))}
      ${RATINGS.map(
        (n) => html`<label class="choice" for=${`action-rating-${n}`}>
          <input
            type="radio"
            id=${`action-rating-${n}`}
            name="rating"
            value=${n}
            .checked=${live(state.values.rating === n)}
            @change=${() => state.onChange({ rating: n })}
          />
          <span>${t(ratingKey(n))}</span>
        </label>`,
      )}
    </fieldset>
  </div>`;
}

function renderPhotosInput(ctx: ViewContext, state: ActionFieldsState) {
  const { t } = ctx;
  const error = errorText(ctx, state, 'photos');
  return html`<div class=${error ? 'field has-error' : 'field'}>
    <label class="label" for=${FIELD_IDS.photos}>${t('field.photos')}</label>
    <span class="hint" id="action-photos-hint">${t('field.photosHint', { max: LIMITS.photos })}</span>
    ${renderFieldError('action-photos-error', error, t('a11y.errorPrefix'))}
    <input
      class="file"
      type="file"
      id=${FIELD_IDS.photos}
      name="photos"
      multiple
      accept=${PHOTO_TYPES.join(',')}
      aria-describedby=${describedBy('action-photos-hint', error && 'action-photos-error')}
      aria-invalid=${error ? 'true' : 'false'}
      @change=${(e: Event) => state.onChange({ photos: Array.from((e.target as HTMLInputElement).files ?? []) })}
    />
    ${state.values.photos.length ? html`<p class="hint">${state.values.photos.map((f) => f.name).join(ctx.locale === 'en' ? ', ' : '、')}</p>` : nothing}
  </div>`;
}
