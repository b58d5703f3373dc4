import type { CaseCategory } from '../../domain/cases.js';
import type { FieldError } from '../../domain/field-errors.js';
import type { FormField } from '../../forms/index.js';
import { fieldId } from './draft-shape.js';
import type { CaseFormMessageKey, CaseFormT } from './messages.js';

/** Error paths whose "required"/"invalid option" message is the form's own wording ("Select …"): `fieldError.<path>`. */
const OWN_MESSAGES = ['categoryCode', 'location.areaId', 'urgency', 'anonymous'] as const;

const LABEL_KEYS: Readonly<Record<string, CaseFormMessageKey>> = {
  categoryCode: 'label.category',
  'location.areaId': 'check.place',
  'location.address': 'label.address',
  'location.point': 'label.point',
  description: 'label.description',
  photos: 'label.photos',
  urgency: 'label.urgency',
  anonymous: 'label.anonymous',
  name: 'label.name',
  phone: 'label.phone',
};

/** The form's own fields after the questions, in the order they appear. */
const AFTER_QUESTIONS = ['location.areaId', 'location.address', 'location.point', 'description', 'photos', 'urgency', 'anonymous', 'name', 'phone'];

const CHOICES = new Set(['single', 'multi', 'boolean']);

/** The field of an error path: its control, its name, and the form's own words for a missing choice. */
export function caseField(t: CaseFormT, category: CaseCategory | null, path: string): FormField {
  const question = path.startsWith('answers.') ? category?.questions.find((q) => `answers.${q.code}` === path) : undefined;
  const labelKey = LABEL_KEYS[path];
  const label = question?.label ?? (labelKey ? t(labelKey) : path.startsWith('answers.') ? path.slice('answers.'.length) : path);
  return {
    path,
    id: fieldId(path),
    label,
    message: (error: FieldError) => {
      // A place above the grid needs the same words as a missing place: choose further down.
      const missing = error.code === 'required' || error.code === 'invalid_option' || (path === 'location.areaId' && error.code === 'area_too_broad');
      if (!missing) return undefined;
      const own = OWN_MESSAGES.find((p) => p === path);
      if (own) return t(`fieldError.${own}`);
      return question && CHOICES.has(question.datatype) ? t('fieldError.choice', { label: question.label }) : undefined;
    },
  };
}

/** Every field of the report in page order (step by step, questions in their order): the error summary's order. */
export function caseFields(t: CaseFormT, category: CaseCategory | null): FormField[] {
  const questions = [...(category?.questions ?? [])].sort((a, b) => a.order - b.order).map((q) => `answers.${q.code}`);
  return ['categoryCode', ...questions, ...AFTER_QUESTIONS].map((path) => caseField(t, category, path));
}
