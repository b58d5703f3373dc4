import { expect } from '@open-wc/testing';
import { niceMax } from '../../../src/elements/governance-stats/charts.js';
import { isCalendarDate, rangeErrors, rangeQuery } from '../../../src/elements/governance-stats/range.js';

describe('<governance-stats> pure parts', () => {
  const now = new Date('2026-11-27T10:00:00+08:00');

  it('reads a custom period as city days, the last one included', () => {
    expect(rangeQuery({ from: '2026-11-01', to: '2026-11-30' })).to.deep.equal({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
  });

  it('names what is wrong with a custom period', () => {
    expect(rangeErrors({ from: '', to: '' }, now)).to.deep.equal({ from: { code: 'required' }, to: { code: 'required' } });
    expect(rangeErrors({ from: '2026-02-30', to: '2026-03-01' }, now)).to.deep.equal({ from: { code: 'invalid_date' } });
    expect(rangeErrors({ from: '2026-03-02', to: '2026-03-01' }, now)).to.deep.equal({ to: { code: 'invalid' } });
    expect(rangeErrors({ from: '2025-01-01', to: '2026-03-01' }, now)).to.deep.equal({ from: { code: 'too_big' } });
    expect(rangeErrors({ from: '2026-03-01', to: '2026-03-01' }, now)).to.deep.equal({});
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2026-2-3')).to.equal(false);
  });

  it('rounds an axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 180, 501].map(niceMax)).to.deep.equal([1, 1, 5, 10, 20, 200, 1000]);
  });
});
