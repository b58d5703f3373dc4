import { round2 } from './stats.js';
import type { HourLog, HourLogInput } from './volunteers.js';

/** The hours a volunteer has logged through a backend, on top of their seeded figures. */
export interface LoggedHours {
  year: number;
  total: number;
}

/**
 * The logged hours after one more log: the total always, this year's only when the log's day is in
 * the current city year (`today` is the city's `2026-11-27`); both rounded to hundredths.
 */
export function addLoggedHours(before: LoggedHours, input: Pick<HourLogInput, 'date' | 'hours'>, today: string): LoggedHours {
  const thisYear = input.date.slice(0, 4) === today.slice(0, 4);
  return {
    year: thisYear ? round2(before.year + input.hours) : before.year,
    total: round2(before.total + input.hours),
  };
}

/** The log as kept and answered: `hl-7` (the backend counts them), the activity trimmed, logged now. */
export function newHourLog(number: number, input: HourLogInput, now: Date): HourLog {
  return {
    id: `hl-${number}`,
    volunteerId: input.volunteerId,
    date: input.date,
    hours: input.hours,
    activity: input.activity.trim(),
    loggedAt: now.toISOString(),
  };
}
