import { expect } from '@open-wc/testing';
import type { Schedule } from '../../../src/domain/services.js';
import { changeTimeText, daysText, scheduleText } from '../../../src/elements/service-list/schedule-text.js';

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

describe('service-list: schedule text', () => {
  it('writes days and hours for each locale', () => {
    expect(scheduleText(s(WEEKDAYS, '08:30', '17:30'), 'zh-CN')).to.equal('周一至周五 08:30–17:30');
    expect(scheduleText(s(WEEKDAYS, '08:30', '17:30'), 'en')).to.equal('Mon–Fri 08:30–17:30');
    expect(scheduleText(s(ALL_WEEK, '18:00', '02:00'), 'zh-CN')).to.equal('每天 18:00–02:00（次日）');
    expect(scheduleText(s(ALL_WEEK, '18:00', '02:00'), 'en')).to.equal('Daily 18:00–02:00 (next day)');
    expect(daysText(['SA', 'SU'], 'zh-CN')).to.equal('周六、周日');
    expect(daysText(['MO', 'WE', 'TH', 'FR', 'SU'], 'en')).to.equal('Mon, Wed–Fri, Sun');
  });

  it('writes the next change as a time today, or with the weekday', () => {
    const now = at('2026-11-27T10:00:00');
    expect(changeTimeText(at('2026-11-27T17:30:00'), now, 'en')).to.equal('17:30');
    expect(changeTimeText(at('2026-11-30T08:30:00'), now, 'en')).to.equal('Mon 08:30');
    expect(changeTimeText(at('2026-11-30T08:30:00'), now, 'zh-CN')).to.equal('周一 08:30');
  });
});
