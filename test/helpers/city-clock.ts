/**
 * The frozen city clock every test runs on.
 *
 * `npm test` (scripts/test.mjs) picks the instant, by default 10:00 China time on today's date, or `--clock` /
 * `--clock-ahead` for a reproducible or shifted run, and the test-runner HTML puts it in
 * `globalThis.__grassrootsTestClock` before any module loads. The config imports this module first in every test
 * file, so widgets, the memory adapter and its seeded world all see the same "now", and no test reads the wall clock.
 * A test that moves time calls `setCityClock(frozenClock(…))` and restores `testClock()` afterwards.
 */
import { cityDate, frozenClock, setCityClock, type CityClock } from '../../src/domain/city-clock.js';

declare global {
  var __grassrootsTestClock: string | undefined;
}

const configured = globalThis.__grassrootsTestClock;
if (!configured) throw new Error('test/helpers/city-clock.ts: no test clock; run the tests through `npm test`.');

/** The instant the suite is frozen at. */
export const TEST_NOW: Date = new Date(configured);

/** The city's calendar day `offsetDays` from `TEST_NOW`, e.g. `2026-11-20`. */
export function testDate(offsetDays = 0): string {
  return cityDate(new Date(TEST_NOW.getTime() + offsetDays * 86_400_000));
}

/** `20261127`: the day part of reference numbers handed out at `TEST_NOW`. */
export const TEST_DAY = testDate().replaceAll('-', '');

/** A fresh frozen clock at `TEST_NOW`. */
export function testClock(): CityClock {
  return frozenClock(TEST_NOW);
}

setCityClock(testClock());

if (typeof afterEach === 'function') {
  // A test that moved the clock never leaks its time into the next one.
  afterEach(() => setCityClock(testClock()));
}
