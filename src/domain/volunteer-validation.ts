import { fieldErrorsFrom, type FieldErrors } from './field-errors.js';
import { HourLogInput } from './volunteers.js';

/**
 * Every rule logged hours must meet, for the form before submit and for backends on receipt:
 * the `HourLogInput` shape, and a date that is not after `today` (the city's calendar day).
 */
export function validateHourLog(input: unknown, today: string): FieldErrors {
  const errors = fieldErrorsFrom(HourLogInput, input);
  const date = (input as { date?: unknown } | null)?.date;
  if (!errors.date && typeof date === 'string' && date > today) errors.date = { code: 'future_date' };
  return errors;
}
