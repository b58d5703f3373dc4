import * as z from 'zod/mini';
import { ID_NUMBER_PATTERN, PHONE_PATTERN } from './common.js';

export const FIELD_ERROR_CODES = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_a_number',
  'invalid_phone',
  'invalid_id_number',
  'invalid_option',
  'area_too_broad',
  'invalid_date',
  'future_date',
  'photo_type',
  'photo_size',
  'too_many_photos',
  'invalid',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** One field's problem: a code the UI turns into words, with the limit it broke. */
export interface FieldError {
  code: FieldErrorCode;
  min?: number;
  max?: number;
}

/** Keyed by field path: `description`, `location.areaId`, `answers.depth`. */
export type FieldErrors = Record<string, FieldError>;

export const FieldErrorSchema = z.object({
  code: z.enum(FIELD_ERROR_CODES),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

/** Validates `data` against a schema and returns the first problem of each field (empty when valid). */
export function fieldErrorsFrom(schema: z.ZodMiniType, data: unknown): FieldErrors {
  // reportInput: the issue carries the value, so a NaN is told apart from a missing value.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!(path in errors)) errors[path] = issueToFieldError(issue);
  }
  return errors;
}

function issueToFieldError(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if ((issue.origin === 'string' || issue.origin === 'array') && min <= 1) return { code: 'required' };
      if (issue.origin === 'string' || issue.origin === 'array') return { code: 'too_short', min };
      return { code: 'too_small', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', max };
      if (issue.origin === 'array') return { code: 'too_many_photos', max };
      return { code: 'too_big', max };
    }
    case 'invalid_format':
      if ('pattern' in issue && issue.pattern === String(PHONE_PATTERN)) return { code: 'invalid_phone' };
      if ('pattern' in issue && issue.pattern === String(ID_NUMBER_PATTERN)) return { code: 'invalid_id_number' };
      if (issue.format === 'date' || issue.format === 'datetime') return { code: 'invalid_date' };
      return { code: 'invalid' };
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return { code: 'required' };
      if (issue.expected === 'number' && typeof issue.input === 'number') return { code: 'not_a_number' };
      if (issue.expected === 'number') return { code: 'not_a_number' };
      return { code: 'invalid' };
    case 'invalid_value':
      return { code: 'invalid_option' };
    default:
      return { code: 'invalid' };
  }
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
