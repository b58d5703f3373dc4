import { expect } from '@open-wc/testing';
import { followOutcome } from '../../src/domain/case-follow.js';
import { CASE_STATES } from '../../src/domain/index.js';

describe('followOutcome', () => {
  it('refuses a closed case, mine or not', () => {
    expect(followOutcome('closed', false)).to.equal('closed');
    expect(followOutcome('closed', true)).to.equal('closed');
  });

  it("changes nothing for a case already one's own (reported or followed), in any open state", () => {
    for (const state of CASE_STATES.filter((s) => s !== 'closed')) expect(followOutcome(state, true)).to.equal('unchanged');
  });

  it('adds a follower to any other open case', () => {
    for (const state of CASE_STATES.filter((s) => s !== 'closed')) expect(followOutcome(state, false)).to.equal('follow');
  });
});
