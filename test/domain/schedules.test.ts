import { expect } from '@open-wc/testing';
import type { Schedule } from '../../src/domain/services.js';
import { CITY_TIME_ZONE, CITY_UTC_OFFSET, cityDate, cityMidnight, cityWeekday, startOfCityDay } from '../../src/domain/city-clock.js';
import { localWeekMinute, openingState, safeTimeZone, weeklyOpening } from '../../src/domain/schedules.js';

const TZ = 'Asia/Shanghai';
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;
const ALL_WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const s = (byDay: readonly Schedule['byDay'][number][], opensAt: string, closesAt: string, timezone = TZ): Schedule => ({
  byDay: [...byDay],
  opensAt,
  closesAt,
  timezone,
});
/** An instant written in Shanghai time (UTC+8), whatever the browser's zone. */
const at = (local: string) => new Date(`${local}+08:00`);

// 2026-11-27 is a Friday, 11-28 Saturday, 11-29 Sunday, 11-30 Monday.
describe('schedules: openingState (Asia/Shanghai)', () => {
  it('reads the weekday and time in the schedule zone, not the browser zone', () => {
    expect(localWeekMinute(at('2026-11-30T00:00:00'), TZ)).to.equal(0);
    expect(localWeekMinute(at('2026-11-29T23:59:00'), TZ)).to.equal(7 * 1440 - 1);
    // 16:30 UTC on Sunday is already Monday 00:30 in Shanghai.
    expect(localWeekMinute(new Date('2026-11-29T16:30:00Z'), TZ)).to.equal(30);
  });

  it('is open inside a weekday window and closed on its edges', () => {
    const weekday = [s(WEEKDAYS, '08:30', '17:30')];
    expect(openingState(weekday, at('2026-11-27T08:29:00'))).to.deep.equal({ open: false, nextChange: at('2026-11-27T08:30:00') });
    expect(openingState(weekday, at('2026-11-27T08:30:00'))).to.deep.equal({ open: true, nextChange: at('2026-11-27T17:30:00') });
    expect(openingState(weekday, at('2026-11-27T17:30:00'))).to.deep.equal({ open: false, nextChange: at('2026-11-30T08:30:00') });
  });

  it('is closed all Saturday for a weekday-only schedule, opening on Monday', () => {
    const state = openingState([s(WEEKDAYS, '08:30', '17:30')], at('2026-11-28T10:00:00'));
    expect(state).to.deep.equal({ open: false, nextChange: at('2026-11-30T08:30:00') });
  });

  it('Sunday 23:59 vs Monday 00:00 for a Monday-only all-day schedule', () => {
    const monday = [s(['MO'], '00:00', '23:59')];
    expect(openingState(monday, at('2026-11-29T23:59:00'))).to.deep.equal({ open: false, nextChange: at('2026-11-30T00:00:00') });
    expect(openingState(monday, at('2026-11-30T00:00:00'))).to.deep.equal({ open: true, nextChange: at('2026-12-01T00:00:00') });
  });

  it('Sunday 23:59 vs Monday 00:00 for a weekend schedule', () => {
    const weekend = [s(['SA', 'SU'], '09:00', '16:00'), s(['SU'], '18:00', '02:00')];
    expect(openingState(weekend, at('2026-11-29T23:59:00')).open).to.equal(true);
    // The Sunday evening window runs past midnight into Monday.
    expect(openingState(weekend, at('2026-11-30T00:00:00'))).to.deep.equal({ open: true, nextChange: at('2026-11-30T02:00:00') });
    expect(openingState(weekend, at('2026-11-30T02:00:00'))).to.deep.equal({ open: false, nextChange: at('2026-12-05T09:00:00') });
  });

  it('an 18:00–02:00 schedule is open at 01:30 the next day, also when that day is not in byDay', () => {
    const fridayNight = [s(['FR'], '18:00', '02:00')];
    expect(openingState(fridayNight, at('2026-11-28T01:30:00'))).to.deep.equal({ open: true, nextChange: at('2026-11-28T02:00:00') });
    expect(openingState(fridayNight, at('2026-11-27T17:59:00'))).to.deep.equal({ open: false, nextChange: at('2026-11-27T18:00:00') });
    expect(openingState(fridayNight, at('2026-11-28T02:00:00'))).to.deep.equal({ open: false, nextChange: at('2026-12-04T18:00:00') });
    const nightly = [s(ALL_WEEK, '18:00', '02:00')];
    expect(openingState(nightly, at('2026-11-30T01:30:00'))).to.deep.equal({ open: true, nextChange: at('2026-11-30T02:00:00') });
  });

  it('joins windows that touch, and reports the gap between a lunch and a dinner window', () => {
    const meals = [s(ALL_WEEK, '11:00', '12:30'), s(ALL_WEEK, '17:00', '18:30')];
    expect(openingState(meals, at('2026-11-27T13:00:00'))).to.deep.equal({ open: false, nextChange: at('2026-11-27T17:00:00') });
    const split = [s(WEEKDAYS, '08:00', '12:00'), s(WEEKDAYS, '12:00', '18:00')];
    expect(openingState(split, at('2026-11-27T11:00:00'))).to.deep.equal({ open: true, nextChange: at('2026-11-27T18:00:00') });
  });

  it('is closed with no next change when there are no schedules', () => {
    expect(openingState([], at('2026-11-27T10:00:00'))).to.deep.equal({ open: false, nextChange: null });
  });

  it('falls back to Shanghai time for an unknown zone', () => {
    const state = openingState([s(WEEKDAYS, '08:30', '17:30', 'Not/AZone')], at('2026-11-27T09:00:00'));
    expect(state.open).to.equal(true);
  });
});

describe('schedules: one city time zone', () => {
  it('is China Standard Time, and the city clock agrees with Intl in that zone', () => {
    expect(CITY_TIME_ZONE).to.equal(TZ);
    const day = new Intl.DateTimeFormat('en-US', { timeZone: CITY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const instant of ['2026-11-29T15:59:59Z', '2026-11-29T16:00:00Z', '2024-02-29T23:30:00Z', '2031-06-15T01:00:00Z']) {
      const [m, d, y] = day.format(new Date(instant)).split('/');
      expect(cityDate(new Date(instant)), instant).to.equal(`${y}-${m}-${d}`);
    }
  });

  it('writes city days and weekdays from the same zone', () => {
    expect(CITY_UTC_OFFSET).to.equal('+08:00');
    expect(cityMidnight('2026-11-30').toISOString()).to.equal('2026-11-29T16:00:00.000Z');
    expect(startOfCityDay(new Date('2026-11-29T16:30:00Z')).toISOString()).to.equal('2026-11-29T16:00:00.000Z');
    // 16:30 UTC on Sunday is Monday in the city; the week minute agrees.
    expect(cityWeekday(new Date('2026-11-29T16:30:00Z'))).to.equal(0);
    expect(cityWeekday(new Date('2026-11-29T15:59:00Z'))).to.equal(6);
    expect(Math.floor(localWeekMinute(new Date('2026-11-29T16:30:00Z')) / 1440)).to.equal(0);
  });

  it('reads week minutes in the city zone by default, and uses it for unknown zones', () => {
    expect(localWeekMinute(at('2026-11-30T00:30:00'))).to.equal(30);
    expect(safeTimeZone('Not/AZone')).to.equal(CITY_TIME_ZONE);
    expect(safeTimeZone(undefined)).to.equal(CITY_TIME_ZONE);
    expect(safeTimeZone('Europe/Paris')).to.equal('Europe/Paris');
  });

  it('builds a weekly opening in the city zone unless told otherwise', () => {
    expect(weeklyOpening(['MO'], '08:30', '17:30')).to.deep.equal({ byDay: ['MO'], opensAt: '08:30', closesAt: '17:30', timezone: CITY_TIME_ZONE });
    expect(weeklyOpening(['SA'], '09:00', '11:00', { timeZone: 'Asia/Urumqi', note: '午餐' })).to.deep.equal({
      byDay: ['SA'],
      opensAt: '09:00',
      closesAt: '11:00',
      timezone: 'Asia/Urumqi',
      note: '午餐',
    });
  });
});
