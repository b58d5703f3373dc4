import { expect } from '@open-wc/testing';
import { HourLog } from '../../src/domain/index.js';
import { addLoggedHours, newHourLog } from '../../src/domain/hour-log.js';

describe('addLoggedHours', () => {
  it("adds to the total and to this year's hours when the day is in the current city year", () => {
    expect(addLoggedHours({ year: 1.5, total: 10 }, { date: '2026-03-01', hours: 2.25 }, '2026-11-27')).to.deep.equal({ year: 3.75, total: 12.25 });
  });

  it("leaves this year's hours as they were for a day in an earlier year", () => {
    expect(addLoggedHours({ year: 1.5, total: 10 }, { date: '2025-12-31', hours: 2 }, '2026-01-01')).to.deep.equal({ year: 1.5, total: 12 });
  });

  it('rounds to hundredths, so repeated logs do not drift', () => {
    let logged = { year: 0, total: 0 };
    for (let k = 0; k < 10; k++) logged = addLoggedHours(logged, { date: '2026-11-01', hours: 0.1 }, '2026-11-27');
    expect(logged).to.deep.equal({ year: 1, total: 1 });
  });
});

describe('newHourLog', () => {
  it('numbers the log `hl-`, trims the activity and stamps it now', () => {
    const now = new Date('2026-11-27T02:00:00.000Z');
    const log = newHourLog(7, { volunteerId: 'v-000123', date: '2026-11-26', hours: 3, activity: '  社区清扫 ', idempotencyKey: 'hours-0001' }, now);
    expect(log).to.deep.equal({ id: 'hl-7', volunteerId: 'v-000123', date: '2026-11-26', hours: 3, activity: '社区清扫', loggedAt: now.toISOString() });
    expect(HourLog.safeParse(log).success).to.equal(true);
  });
});
