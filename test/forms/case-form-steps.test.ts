import { expect } from '@open-wc/testing';
import {
  afterSimilarSearch,
  backFrom,
  changeTo,
  continueFrom,
  errorsOff,
  errorsOn,
  progress,
  stepOf,
  summaryLinkTo,
  visibleSteps,
  type StepFacts,
  type StepState,
} from '../../src/elements/grid-case-form/step-model.js';

const at = (step: StepState['step'], returnToCheck = false): StepState => ({ step, returnToCheck });
const facts = (questions: number | null, similarFound = false): StepFacts => ({ questions, similarFound });

describe('the case form step model', () => {
  it('puts each error path on the step that shows its field', () => {
    expect(stepOf('categoryCode')).to.equal('category');
    expect(stepOf('answers.depth')).to.equal('questions');
    expect(stepOf('location.areaId')).to.equal('location');
    expect(stepOf('location.point')).to.equal('location');
    for (const path of ['description', 'photos', 'urgency', 'anonymous', 'name', 'phone']) expect(stepOf(path)).to.equal('details');
    expect(stepOf('idempotencyKey')).to.equal('check');
  });

  it('counts the questions step until a category without questions is chosen, and similar only when offered', () => {
    expect(visibleSteps(at('category'), facts(null))).to.deep.equal(['category', 'questions', 'location', 'details', 'check']);
    expect(visibleSteps(at('category'), facts(0))).to.deep.equal(['category', 'location', 'details', 'check']);
    expect(visibleSteps(at('details'), facts(2, true))).to.deep.equal(['category', 'questions', 'location', 'similar', 'details', 'check']);
    // A draft restored on the similar step keeps it in the count while the list is asked for again.
    expect(visibleSteps(at('similar'), facts(2))).to.include('similar');
    expect(progress(at('location'), facts(0))).to.deep.equal({ n: 2, total: 4 });
    expect(progress(at('check'), facts(3, true))).to.deep.equal({ n: 6, total: 6 });
  });

  it('walks forward: questions only when there are some, similar cases looked for after the place, then send', () => {
    expect(continueFrom(at('category'), facts(2))).to.deep.equal({ kind: 'go', to: at('questions') });
    expect(continueFrom(at('category'), facts(0))).to.deep.equal({ kind: 'go', to: at('location') });
    expect(continueFrom(at('questions'), facts(2))).to.deep.equal({ kind: 'go', to: at('location') });
    expect(continueFrom(at('location'), facts(2))).to.deep.equal({ kind: 'find-similar' });
    expect(afterSimilarSearch(at('location'), true)).to.deep.equal(at('similar'));
    expect(afterSimilarSearch(at('location'), false)).to.deep.equal(at('details'));
    expect(continueFrom(at('similar'), facts(2, true))).to.deep.equal({ kind: 'go', to: at('details') });
    expect(continueFrom(at('details'), facts(2))).to.deep.equal({ kind: 'go', to: at('check') });
    expect(continueFrom(at('check'), facts(2))).to.deep.equal({ kind: 'submit' });
  });

  it('after "Change", goes back to check answers once that step is done', () => {
    expect(changeTo('answers.depth')).to.deep.equal(at('questions', true));
    expect(continueFrom(at('questions', true), facts(2))).to.deep.equal({ kind: 'go', to: at('check') });
    expect(continueFrom(at('details', true), facts(2))).to.deep.equal({ kind: 'go', to: at('check') });
    // The category may bring new questions: they are asked before check answers.
    expect(continueFrom(at('category', true), facts(2))).to.deep.equal({ kind: 'go', to: at('questions', true) });
    expect(continueFrom(at('category', true), facts(0))).to.deep.equal({ kind: 'go', to: at('location', true) });
    // A changed place may find similar cases: they are offered, then check answers.
    expect(afterSimilarSearch(at('location', true), true)).to.deep.equal(at('similar', true));
    expect(continueFrom(at('similar', true), facts(2, true))).to.deep.equal({ kind: 'go', to: at('check') });
    expect(afterSimilarSearch(at('location', true), false)).to.deep.equal(at('check'));
    expect(backFrom(at('location', true), facts(2))).to.deep.equal(at('check'));
  });

  it('goes back one visible step, skipping similar when none were found', () => {
    expect(backFrom(at('category'), facts(2))).to.equal(null);
    expect(backFrom(at('location'), facts(2))).to.deep.equal(at('questions'));
    expect(backFrom(at('location'), facts(0))).to.deep.equal(at('category'));
    expect(backFrom(at('details'), facts(2))).to.deep.equal(at('location'));
    expect(backFrom(at('details'), facts(2, true))).to.deep.equal(at('similar'));
    expect(backFrom(at('similar'), facts(2, true))).to.deep.equal(at('location'));
    expect(backFrom(at('check'), facts(2))).to.deep.equal(at('details'));
  });

  it('follows a summary link to another step, back to check answers when it came from there', () => {
    expect(summaryLinkTo(at('details'), 'phone')).to.equal(null);
    expect(summaryLinkTo(at('check'), 'phone')).to.deep.equal(at('details', true));
    expect(summaryLinkTo(at('location'), 'categoryCode')).to.deep.equal(at('category'));
    expect(summaryLinkTo(at('questions', true), 'phone')).to.deep.equal(at('details', true));
  });

  it('splits errors by step', () => {
    const errors = { description: { code: 'required' as const }, 'answers.depth': { code: 'required' as const }, phone: { code: 'invalid_phone' as const } };
    expect(Object.keys(errorsOn(errors, 'details'))).to.deep.equal(['description', 'phone']);
    expect(Object.keys(errorsOff(errors, 'details'))).to.deep.equal(['answers.depth']);
  });
});
