import { actionNoteErrors, noteRequired } from '../../domain/case-machine.js';
import { validatePhotos } from '../../domain/case-validation.js';
import { CaseActionInput, type CaseAction, type CaseActionRequest, type Department } from '../../domain/cases.js';
import { LIMITS, PHOTO_TYPES } from '../../domain/common.js';
import { fieldErrorsFrom, type FieldError, type FieldErrors } from '../../domain/field-errors.js';
import { fileField, FormController, radioGroup, selectField, textareaField, type FormField, type FormHost, type FormOptions, type FormView } from '../../forms/index.js';
import { html, nothing } from 'lit';
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

/** The note's label per action; whether the action needs one is the domain's rule (`noteRequired`). */
const NOTE_LABEL: Readonly<Record<CaseAction, TrackerMessageKey>> = {
  accept: 'field.note',
  dispatch: 'field.note',
  resolve: 'field.resolveNote',
  verify: 'field.note',
  close: 'field.note',
  return: 'field.returnNote',
  reopen: 'field.reopenNote',
  rate: 'field.rateNote',
  urge: 'field.urgeNote',
  escalate: 'field.escalateNote',
};

/** The note's hint, where an action says more than the general one. */
const NOTE_HINT: Readonly<Partial<Record<CaseAction, TrackerMessageKey>>> = {
  resolve: 'field.resolveNoteHint',
  return: 'field.returnNoteHint',
  reopen: 'field.reopenNoteHint',
  urge: 'field.urgeNoteHint',
  escalate: 'field.escalateNoteHint',
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

/** The fields an action asks for, in the order they appear. */
function fieldOrder(action: CaseAction): ActionField[] {
  if (action === 'dispatch') return ['departmentId', 'note'];
  if (action === 'rate') return ['rating', 'note'];
  if (action === 'resolve') return ['note', 'photos'];
  return ['note'];
}

/** The contract's limits (from the domain schema) plus what each action needs before it is sent; only fields it shows. */
export function validateAction(action: CaseAction, values: ActionValues): FieldErrors {
  const { photos, ...fields } = buildRequest(action, values, 'validate-only');
  const errors = fieldErrorsFrom(CaseActionInput, fields);
  Object.assign(errors, actionNoteErrors(action, values.note));
  if (action === 'dispatch' && !values.departmentId) errors.departmentId = { code: 'required' };
  if (action === 'rate' && values.rating === null) errors.rating = { code: 'required' };
  if (action === 'resolve') Object.assign(errors, validatePhotos(photos));
  const shown = new Set<string>(fieldOrder(action));
  return Object.fromEntries(Object.entries(errors).filter(([path]) => shown.has(path)));
}

function label(ctx: ViewContext, action: CaseAction, field: ActionField): string {
  return ctx.t(field === 'note' ? NOTE_LABEL[action] : FIELD_LABELS[field]);
}

/** GOV.UK words for a missing choice: "select", not "enter". */
function ownMessage(ctx: ViewContext, field: ActionField, error: FieldError): string | undefined {
  if (error.code === 'required' && field === 'departmentId') return ctx.t('field.departmentRequired');
  if (error.code === 'required' && field === 'rating') return ctx.t('field.ratingRequired');
  return undefined;
}

/** The fields of an action for the form layer: the error summary's order and words. */
export function actionFields(ctx: ViewContext, action: CaseAction): FormField[] {
  return fieldOrder(action).map((field) => ({
    path: field,
    id: FIELD_IDS[field],
    label: label(ctx, action, field),
    message: (error) => ownMessage(ctx, field, error),
  }));
}

/** The action being filled in, and the words to show it in; undefined while no form is open. */
export type ActionInProgress = () => { action: CaseAction; view: ViewContext } | undefined;

/**
 * The form of one case action on the form layer (its fields, the domain's rules, its words), for the
 * tracker's confirm dialog and the queue's bulk action: one idempotency key per attempt.
 */
export function actionForm<R>(host: FormHost, current: ActionInProgress, options: Pick<FormOptions<ActionValues>, 'keyPrefix' | 'focus'>) {
  return new FormController<ActionValues, R>(host, {
    initial: emptyValues,
    ...options,
    fields: () => {
      const c = current();
      return c ? actionFields(c.view, c.action) : [];
    },
    locale: () => current()?.view.locale ?? 'zh-CN',
    validate: (values) => {
      const c = current();
      return c ? validateAction(c.action, values) : {};
    },
  });
}

export interface ActionFieldsState {
  action: CaseAction;
  values: ActionValues;
  form: FormView;
  departments: readonly Department[];
  onChange: (patch: Partial<ActionValues>) => void;
}

/** The fields one action needs, through the shared templates. */
export function renderActionFields(ctx: ViewContext, state: ActionFieldsState) {
  const { t } = ctx;
  const { action, values, form, onChange } = state;
  return fieldOrder(action).map((field) => {
    switch (field) {
      case 'departmentId':
        return selectField(t, {
          ...form.field('departmentId'),
          name: 'departmentId',
          label: label(ctx, action, field),
          required: true,
          value: values.departmentId,
          options: [{ value: '', label: t('field.departmentChoose') }, ...state.departments.map((d) => ({ value: d.id, label: d.name }))],
          onChange: (departmentId) => onChange({ departmentId }),
        });
      case 'rating':
        return radioGroup(t, {
          ...form.field('rating'),
          id: 'action-rating',
          name: 'rating',
          label: label(ctx, action, field),
          value: values.rating === null ? null : String(values.rating),
          options: RATINGS.map((n) => ({ value: String(n), label: t(ratingKey(n)), id: `action-rating-${n}` })),
          onChange: (rating) => onChange({ rating: Number(rating) }),
        });
      case 'photos':
        return fileField(t, {
          ...form.field('photos'),
          name: 'photos',
          label: label(ctx, action, field),
          hint: t('field.photosHint', { max: LIMITS.photos }),
          multiple: true,
          accept: PHOTO_TYPES.join(','),
          onFiles: (photos) => onChange({ photos }),
          after: values.photos.length ? html`<p class="hint">${values.photos.map((f) => f.name).join(ctx.locale === 'en' ? ', ' : '、')}</p>` : nothing,
        });
      default: {
        return textareaField(t, {
          ...form.field('note'),
          name: 'note',
          label: label(ctx, action, field),
          hint: t(NOTE_HINT[action] ?? 'field.noteHint', { max: LIMITS.note }),
          required: noteRequired(action),
          value: values.note,
          onInput: (note) => onChange({ note }),
        });
      }
    }
  });
}
