import type { Area, AreaLevel } from './areas.js';
import type { AnswerValue, CaseCategory, CategoryQuestion, CaseSubmission } from './cases.js';
import { CaseSubmissionFields } from './cases.js';
import { LIMITS, PHOTO_TYPES } from './common.js';
import { fieldErrorsFrom, type FieldError, type FieldErrors } from './field-errors.js';

function isBlank(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Checks one answer against its question; null when fine. */
export function validateAnswer(question: CategoryQuestion, value: AnswerValue | undefined): FieldError | null {
  if (isBlank(value)) return question.required ? { code: 'required' } : null;
  const optionKeys = new Set((question.options ?? []).map((o) => o.key));
  switch (question.datatype) {
    case 'string':
    case 'text': {
      if (typeof value !== 'string') return { code: 'invalid' };
      const max = question.maxLength ?? (question.datatype === 'string' ? 100 : LIMITS.description);
      return value.length > max ? { code: 'too_long', max } : null;
    }
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
      if (!Number.isFinite(n)) return { code: 'not_a_number' };
      if (question.min !== undefined && n < question.min) return { code: 'too_small', min: question.min };
      if (question.max !== undefined && n > question.max) return { code: 'too_big', max: question.max };
      return null;
    }
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : { code: 'invalid_date' };
    case 'single':
      return typeof value === 'string' && optionKeys.has(value) ? null : { code: 'invalid_option' };
    case 'multi':
      return Array.isArray(value) && value.every((v) => optionKeys.has(v)) ? null : { code: 'invalid_option' };
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'invalid' };
  }
}

/** Errors keyed `answers.<question code>`. */
export function validateAnswers(questions: readonly CategoryQuestion[], answers: Record<string, AnswerValue>): FieldErrors {
  const errors: FieldErrors = {};
  for (const question of questions) {
    const error = validateAnswer(question, answers[question.code]);
    if (error) errors[`answers.${question.code}`] = error;
  }
  return errors;
}

/** Photo checks done before upload: count, type, size. */
export function validatePhotos(photos: readonly Blob[] | undefined): FieldErrors {
  const list = photos ?? [];
  if (list.length > LIMITS.photos) return { photos: { code: 'too_many_photos', max: LIMITS.photos } };
  for (const photo of list) {
    if (!(PHOTO_TYPES as readonly string[]).includes(photo.type)) return { photos: { code: 'photo_type' } };
    if (photo.size > LIMITS.photoBytes) return { photos: { code: 'photo_size', max: LIMITS.photoBytes } };
  }
  return {};
}

/** The levels a report is located at: a grid, or a compound or building inside one. */
export const CASE_AREA_LEVELS: readonly AreaLevel[] = ['grid', 'compound', 'building'];

/** What a backend knows of the area a report names. */
export type CaseArea = Pick<Area, 'level' | 'childCount'>;

/**
 * Whether a report may be located at this area: a grid or below, so it reaches the grid worker who
 * owns it, never a whole city, district, street or community. An area above the grid level with
 * nothing below it (a village without grids) is where its branch ends, so it counts too.
 */
export function locatesCase(area: CaseArea): boolean {
  return CASE_AREA_LEVELS.includes(area.level) || area.childCount === 0;
}

/**
 * Every rule a report must meet, used by the form before submit and by backends on receipt.
 * `category` is null when the code is unknown. `area` is the area `location.areaId` names, as the
 * backend knows it: null when there is no such area; left out by a caller that has not looked it
 * up (the form, whose area picker goes down to the grid by itself).
 */
export function validateCaseSubmission(submission: CaseSubmission, category: CaseCategory | null, area?: CaseArea | null): FieldErrors {
  const { photos, ...fields } = submission;
  const errors: FieldErrors = { ...fieldErrorsFrom(CaseSubmissionFields, fields) };
  if (!category && !errors.categoryCode) errors.categoryCode = { code: 'invalid_option' };
  if (category) Object.assign(errors, validateAnswers(category.questions, fields.answers ?? {}));
  if (area !== undefined && !errors['location.areaId']) {
    if (area === null) errors['location.areaId'] = { code: 'invalid_option' };
    else if (!locatesCase(area)) errors['location.areaId'] = { code: 'area_too_broad' };
  }
  if (!fields.anonymous) {
    if (!fields.name?.trim()) errors.name = { code: 'required' };
    if (!fields.phone?.trim()) errors.phone = { code: 'required' };
  }
  Object.assign(errors, validatePhotos(photos));
  return errors;
}
