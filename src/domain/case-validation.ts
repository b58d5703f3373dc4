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

/**
 * Every rule a report must meet, used by the form before submit and by backends on receipt.
 * `category` is null when the code is unknown.
 */
export function validateCaseSubmission(submission: CaseSubmission, category: CaseCategory | null): FieldErrors {
  const { photos, ...fields } = submission;
  const errors: FieldErrors = { ...fieldErrorsFrom(CaseSubmissionFields, fields) };
  if (!category && !errors.categoryCode) errors.categoryCode = { code: 'invalid_option' };
  if (category) Object.assign(errors, validateAnswers(category.questions, fields.answers ?? {}));
  if (!fields.anonymous) {
    if (!fields.name?.trim()) errors.name = { code: 'required' };
    if (!fields.phone?.trim()) errors.phone = { code: 'required' };
  }
  Object.assign(errors, validatePhotos(photos));
  return errors;
}
