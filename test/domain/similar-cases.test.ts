import { expect } from '@open-wc/testing';
import { SIMILAR_CASES_LIMIT, similarCasesScope } from '../../src/domain/similar-cases.js';

describe('similarCasesScope', () => {
  const path = [
    { id: 'd01', level: 'district' as const },
    { id: 'd01-s01', level: 'street' as const },
    { id: 'd01-s01-c01', level: 'community' as const },
    { id: 'd01-s01-c01-g1', level: 'grid' as const },
  ];

  it('looks in the community of a place at or below it', () => {
    expect(similarCasesScope(path, 'd01-s01-c01-g1')).to.equal('d01-s01-c01');
    expect(similarCasesScope(path.slice(0, 3), 'd01-s01-c01')).to.equal('d01-s01-c01');
  });

  it('keeps an area above the community as its own scope', () => {
    expect(similarCasesScope(path.slice(0, 2), 'd01-s01')).to.equal('d01-s01');
  });

  it('shows a handful', () => {
    expect(SIMILAR_CASES_LIMIT).to.equal(5);
  });
});
