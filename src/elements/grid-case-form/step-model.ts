import type { FieldErrors } from '../../domain/field-errors.js';

/**
 * The steps of a report and how a person moves between them: pure, so every path through the form
 * is tested without a browser (like the org tree's keyboard model). The element renders the step
 * the model says and does what a move asks (look for similar cases, send).
 */

/** The steps of the report, in order. `similar` only appears when the backend knows similar open cases. */
export const STEPS = ['category', 'questions', 'location', 'similar', 'details', 'check'] as const;
export type Step = (typeof STEPS)[number];

/** Where the person is: the step, and whether "Continue" goes back to check answers (after "Change"). */
export interface StepState {
  step: Step;
  returnToCheck: boolean;
}

/** What the model needs to know of the report. */
export interface StepFacts {
  /** How many questions the chosen category has; null while no category is known. */
  questions: number | null;
  /** Similar open cases were found for the chosen place, so the similar step is offered. */
  similarFound: boolean;
}

/** What "Continue" does from a step whose fields are fine. */
export type ContinueMove =
  /** Show this step. */
  | { kind: 'go'; to: StepState }
  /** Look for similar open cases first, then `afterSimilarSearch`. */
  | { kind: 'find-similar' }
  /** Send the report. */
  | { kind: 'submit' };

/** Which step shows the field with this error path (`answers.depth` → questions); anything else is on check answers. */
export function stepOf(path: string): Step {
  if (path === 'categoryCode') return 'category';
  if (path.startsWith('answers')) return 'questions';
  if (path.startsWith('location')) return 'location';
  if (['description', 'photos', 'urgency', 'anonymous', 'name', 'phone'].includes(path)) return 'details';
  return 'check';
}

/** The steps the progress line counts: without questions when the category has none, with similar only when offered. */
export function visibleSteps(state: StepState, facts: StepFacts): Step[] {
  // Before the category is known, its questions count as a step.
  const hasQuestions = (facts.questions ?? 1) > 0;
  return STEPS.filter((s) => (s !== 'questions' || hasQuestions) && (s !== 'similar' || facts.similarFound || state.step === 'similar'));
}

/** "Step n of total". */
export function progress(state: StepState, facts: StepFacts): { n: number; total: number } {
  const steps = visibleSteps(state, facts);
  return { n: Math.max(0, steps.indexOf(state.step)) + 1, total: steps.length };
}

const go = (step: Step, returnToCheck: boolean): ContinueMove => ({ kind: 'go', to: { step, returnToCheck } });

/** Back to check answers, once: the "Change" is done. */
const toCheck = go('check', false);

/** "Continue" from a step whose fields passed. */
export function continueFrom(state: StepState, facts: StepFacts): ContinueMove {
  const { step, returnToCheck } = state;
  switch (step) {
    case 'category':
      return go((facts.questions ?? 0) > 0 ? 'questions' : 'location', returnToCheck);
    case 'questions':
      return returnToCheck ? toCheck : go('location', false);
    case 'location':
      return { kind: 'find-similar' };
    case 'similar':
      return returnToCheck ? toCheck : go('details', false);
    case 'details':
      return returnToCheck ? toCheck : go('check', false);
    case 'check':
      return { kind: 'submit' };
  }
}

/** After the place: the similar cases when there are some, else on (or back to check answers). */
export function afterSimilarSearch(state: StepState, found: boolean): StepState {
  if (found) return { step: 'similar', returnToCheck: state.returnToCheck };
  return state.returnToCheck ? { step: 'check', returnToCheck: false } : { step: 'details', returnToCheck: false };
}

/** "Back": the step before (skipping similar when none were found), or check answers after a "Change"; null on the first step. */
export function backFrom(state: StepState, facts: StepFacts): StepState | null {
  if (state.returnToCheck) return { step: 'check', returnToCheck: false };
  const steps = visibleSteps(state, facts).filter((s) => s !== 'similar' || facts.similarFound);
  const previous = steps[steps.indexOf(state.step) - 1];
  return previous ? { step: previous, returnToCheck: false } : null;
}

/** "Change" on check answers: the step of that field, then back to check answers. */
export function changeTo(path: string): StepState {
  return { step: stepOf(path), returnToCheck: true };
}

/**
 * A summary link to a field: its step, when that is another one (and check answers after it, when the
 * person came from there); null when the field is on this step.
 */
export function summaryLinkTo(state: StepState, path: string): StepState | null {
  const step = stepOf(path);
  if (step === state.step) return null;
  return { step, returnToCheck: state.step === 'check' || state.returnToCheck };
}

/** The errors of one step. */
export function errorsOn(errors: FieldErrors, step: Step): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOf(path) === step));
}

/** The errors of every other step (kept while one step is checked again). */
export function errorsOff(errors: FieldErrors, step: Step): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOf(path) !== step));
}
