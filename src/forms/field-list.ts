import type { FieldError, FieldErrors } from '../domain/field-errors.js';
import { validationMessage } from '../i18n/validation.js';
import type { SummaryError } from './error-summary.js';

/**
 * One field of a form, as its errors see it: the request path its errors come under, the control
 * the error summary links to, and the name its messages use. The list of a form's fields, in the
 * order they appear, is what orders the error summary and words its messages.
 */
export interface FormField {
  /** Path in the request, as `FieldErrors` name it (`phone`, `location.areaId`, `answers.depth`). */
  readonly path: string;
  /** Id of the control the summary links to and focuses (a group's first option). */
  readonly id: string;
  /** The field's name as its messages say it ("Mobile phone number"). */
  readonly label: string;
  /** The form's own words for a problem ("Select a department"); `undefined` means the shared wording. */
  readonly message?: (error: FieldError) => string | undefined;
}

export interface FieldListOptions {
  /** The locale of the messages. */
  locale: string;
  /**
   * The field an error on a path outside the list belongs to (e.g. the first field, or the submit
   * button); `undefined` (the default) leaves such errors out: the person could not correct them here.
   */
  fallback?: (path: string) => FormField | undefined;
}

/** The words for a field's problem: the form's own, else the shared wording, naming the field. */
export function fieldMessage(field: Pick<FormField, 'label' | 'message'>, error: FieldError, locale: string): string {
  return field.message?.(error) ?? validationMessage(error, field.label, locale);
}

/**
 * A form's fields in page order. Pure: the error summary's entries, each field's message, and which
 * of a backend's field errors this form can show all come from here.
 */
export class FieldList {
  constructor(
    readonly fields: readonly FormField[],
    private readonly options: FieldListOptions,
  ) {}

  /** The field an error path belongs to: a listed one, else the fallback's. */
  find(path: string): FormField | undefined {
    return this.fields.find((f) => f.path === path) ?? this.options.fallback?.(path);
  }

  /** The message for the error at `path`, or undefined when there is none (or no field for it). */
  message(path: string, errors: FieldErrors): string | undefined {
    const error = errors[path];
    const field = error ? this.find(path) : undefined;
    return field && error ? fieldMessage(field, error, this.options.locale) : undefined;
  }

  /** The errors this form can show: those on a listed field or the fallback's. */
  known(errors: FieldErrors | undefined): FieldErrors {
    const out: FieldErrors = {};
    for (const [path, error] of Object.entries(errors ?? {})) if (this.find(path)) out[path] = error;
    return out;
  }

  /** The error summary's entries: listed fields in order, then other paths in the order the errors came. */
  summary(errors: FieldErrors): SummaryError[] {
    const listed = new Set(this.fields.map((f) => f.path));
    const paths = [...this.fields.map((f) => f.path).filter((p) => errors[p]), ...Object.keys(errors).filter((p) => !listed.has(p))];
    const out: SummaryError[] = [];
    for (const path of paths) {
      const field = this.find(path);
      if (field) out.push({ fieldId: field.id, message: fieldMessage(field, errors[path]!, this.options.locale) });
    }
    return out;
  }
}
