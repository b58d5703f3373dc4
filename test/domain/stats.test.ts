import { expect } from '@open-wc/testing';
import {
  CaseStats,
  MAX_STATS_DAYS,
  median,
  resolveStatsPeriod,
  round2,
  startOfCityDay,
  statsMonths,
  statsQueryErrors,
  statsWeeks,
} from '../../src/domain/index.js';

// Periods in the city's calendar (UTC+8), whatever the machine's time zone.
const NOW = new Date('2026-11-27T10:00:00+08:00'); // a Friday
const END_OF_TODAY = new Date('2026-11-28T00:00:00+08:00');

describe('stats periods', () => {
  it('are the last 7, 30 or 90 whole city days, today included; a month by default', () => {
    const week = resolveStatsPeriod({ period: 'week' }, NOW);
    expect(week.from.toISOString()).to.equal(new Date('2026-11-21T00:00:00+08:00').toISOString());
    expect(week.to.toISOString()).to.equal(END_OF_TODAY.toISOString());
    expect(resolveStatsPeriod({ period: 'month' }, NOW).from.toISOString()).to.equal(new Date('2026-10-29T00:00:00+08:00').toISOString());
    expect(resolveStatsPeriod({ period: 'quarter' }, NOW).from.toISOString()).to.equal(new Date('2026-08-30T00:00:00+08:00').toISOString());
    expect(resolveStatsPeriod({}, NOW).from.toISOString()).to.equal(new Date('2026-10-29T00:00:00+08:00').toISOString());
  });

  it('take a custom from and to, to defaulting to the end of today', () => {
    const from = '2026-11-01T00:00:00+08:00';
    expect(resolveStatsPeriod({ from, to: '2026-11-08T00:00:00+08:00' }, NOW).to.toISOString()).to.equal(new Date('2026-11-08T00:00:00+08:00').toISOString());
    expect(resolveStatsPeriod({ from }, NOW).to.toISOString()).to.equal(END_OF_TODAY.toISOString());
  });

  it('refuse a period with dates, a to without a from, an empty or reversed range, an over-long one and a bad date', () => {
    expect(statsQueryErrors({ period: 'week', from: '2026-11-01T00:00:00Z' }, NOW)).to.deep.equal({ period: { code: 'invalid' } });
    expect(statsQueryErrors({ to: '2026-11-01T00:00:00Z' }, NOW)).to.deep.equal({ from: { code: 'required' } });
    expect(statsQueryErrors({ from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, NOW)).to.deep.equal({ to: { code: 'invalid' } });
    expect(statsQueryErrors({ from: '2026-11-28T00:00:00+08:00' }, NOW)).to.deep.equal({ to: { code: 'invalid' } });
    expect(statsQueryErrors({ from: '2026-11-27T23:00:00+08:00' }, NOW)).to.deep.equal({});
    const long = new Date(NOW.getTime() - (MAX_STATS_DAYS + 1) * 86_400_000).toISOString();
    expect(statsQueryErrors({ from: long }, NOW)).to.deep.equal({ from: { code: 'invalid' } });
    expect(statsQueryErrors({ period: 'year' }, NOW).period?.code).to.equal('invalid_option');
    expect(statsQueryErrors({ from: 'yesterday' }, NOW).from?.code).to.equal('invalid_date');
    expect(statsQueryErrors({ period: 'quarter', areaId: 'd01' }, NOW)).to.deep.equal({});
  });

  it('cut into city weeks from Monday and city months', () => {
    const { from, to } = resolveStatsPeriod({ period: 'week' }, NOW); // Saturday 21st to Friday 27th
    expect(statsWeeks(from, to).map((w) => [w.key, w.start.toISOString(), w.end.toISOString()])).to.deep.equal([
      ['2026-11-16', from.toISOString(), new Date('2026-11-23T00:00:00+08:00').toISOString()],
      ['2026-11-23', new Date('2026-11-23T00:00:00+08:00').toISOString(), END_OF_TODAY.toISOString()],
    ]);
    const quarter = resolveStatsPeriod({ period: 'quarter' }, NOW);
    const weeks = statsWeeks(quarter.from, quarter.to);
    expect(weeks[0]!.key).to.equal('2026-08-24');
    expect(weeks.at(-1)!.key).to.equal('2026-11-23');
    expect(weeks).to.have.length(14);
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]!.start.getTime()).to.equal(weeks[i - 1]!.end.getTime());
    expect(statsMonths(quarter.from, quarter.to).map((m) => m.key)).to.deep.equal(['2026-08', '2026-09', '2026-10', '2026-11']);
    // Midnight in the city is 16:00 UTC the day before.
    expect(statsMonths(new Date('2026-11-30T16:00:00Z'), new Date('2026-12-01T16:00:00Z')).map((m) => m.key)).to.deep.equal(['2026-12']);
    expect(startOfCityDay(new Date('2026-11-30T15:59:59Z')).toISOString()).to.equal('2026-11-29T16:00:00.000Z');
  });

  it('have a median and two-decimal rounding', () => {
    expect(median([])).to.equal(null);
    expect(median([5, 1, 3])).to.equal(3);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
    expect(round2(2 / 3)).to.equal(0.67);
  });

  it('describe what comes back, with five rating counts', () => {
    const empty = {
      areaId: 'city',
      from: '2026-11-21T00:00:00+08:00',
      to: '2026-11-27T10:00:00+08:00',
      reported: 0,
      closed: 0,
      onTimeRate: null,
      medianDaysToClose: null,
      overdueNow: 0,
      urged: 0,
      escalatedNow: 0,
      satisfaction: { average: null, count: 0, distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })) },
      byCategory: [],
      byDepartment: [],
      weekly: [],
    };
    expect(CaseStats.safeParse(empty).success).to.equal(true);
    expect(CaseStats.safeParse({ ...empty, onTimeRate: 1.2 }).success).to.equal(false);
    expect(CaseStats.safeParse({ ...empty, satisfaction: { ...empty.satisfaction, distribution: [] } }).success).to.equal(false);
  });
});
