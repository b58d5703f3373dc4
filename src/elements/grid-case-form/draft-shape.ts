import type { AnswerValue, CaseCategory, CaseSubmission, Urgency } from '../../domain/cases.js';
import type { AreaLevel } from '../../domain/areas.js';
import type { GeoPoint } from '../../domain/common.js';
import { stepOf, type Step } from './step-model.js';

/** One chosen level of the area picker. */
export interface ChosenArea {
  id: string;
  name: string;
  level: AreaLevel;
  childCount: number;
}

/**
 * Everything the form keeps while a person fills it in; saved as they type (DraftController)
 * and restored after a reload. Photos are files, so they live in IndexedDB (photo-store.ts);
 * the draft only counts them, to say so when they could not be kept.
 */
export interface CaseDraft {
  step: Step;
  /** True after "Change" on the check-answers page: continuing goes straight back there. */
  returnToCheck: boolean;
  categoryCode: string;
  /** Raw control values: numbers and dates as typed, converted in `toSubmission`. */
  answers: Record<string, AnswerValue>;
  /** From the first level under the root (district) down to the chosen area. */
  areaPath: ChosenArea[];
  address: string;
  point: GeoPoint | null;
  description: string;
  urgency: Urgency;
  /** null until the person chooses. */
  anonymous: boolean | null;
  name: string;
  phone: string;
  photoCount: number;
}

export function initialDraft(): CaseDraft {
  return {
    step: 'category',
    returnToCheck: false,
    categoryCode: '',
    answers: {},
    areaPath: [],
    address: '',
    point: null,
    description: '',
    urgency: 'normal',
    anonymous: null,
    name: '',
    phone: '',
    photoCount: 0,
  };
}

/** The chosen area: the deepest level picked. */
export function chosenAreaId(draft: CaseDraft): string {
  return chosenArea(draft)?.id ?? '';
}

/** The chosen area itself (the deepest level picked), as the domain's location rule sees it; undefined before a choice. */
export function chosenArea(draft: CaseDraft): ChosenArea | undefined {
  return draft.areaPath[draft.areaPath.length - 1];
}

/** Answers as the backend wants them: only this category's, numbers as numbers, dates as ISO. */
function answersFor(category: CaseCategory | null, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of category?.questions ?? []) {
    const value = answers[q.code];
    if (value === undefined || value === '') continue;
    if (q.datatype === 'number' && typeof value === 'string') {
      const n = Number(value.trim());
      out[q.code] = value.trim() !== '' && Number.isFinite(n) ? n : value;
    } else if (q.datatype === 'datetime' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
      out[q.code] = new Date(value).toISOString();
    } else {
      out[q.code] = value;
    }
  }
  return out;
}

/** The submission for the draft; validated with the domain's validateCaseSubmission before sending. */
export function toSubmission(draft: CaseDraft, category: CaseCategory | null, photos: File[], idempotencyKey: string): CaseSubmission {
  const named = draft.anonymous === false;
  return {
    categoryCode: draft.categoryCode,
    answers: answersFor(category, draft.answers),
    location: {
      areaId: chosenAreaId(draft),
      address: draft.address.trim(),
      ...(draft.point ? { point: draft.point } : {}),
    },
    description: draft.description.trim(),
    urgency: draft.urgency,
    anonymous: !named,
    ...(named ? { name: draft.name.trim(), phone: draft.phone.replace(/[\s-]/g, '') } : {}),
    photos,
    idempotencyKey,
  };
}

/** The id of the control an error path points at (the first option of a group). */
export function fieldId(path: string): string {
  return stepOf(path) === 'check' ? 'f-submit' : `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
