/**
 * Business hours in time independent of the span's length (issue: "never a
 * hang"): spans and amounts as long as the range of a `Date` end within the
 * bound, with the answer a count of weekdays gives.
 */
import { describe, expect, test } from 'vitest';
import { addBusinessTime, businessCalendar, businessDuration } from '../../src/index.js';
import { boundedOutcome, FIRST_CALL_BOUND_MS } from './bounded.js';

const weekdays = { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']], thursday: [['09:00', '17:00']], friday: [['09:00', '17:00']] };
const copenhagen = () => businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays });
const DAY = 86_400_000;

describe('spans as long as the Date range', () => {
  /**
   * 8.64e15 ms are 100,000,000 days from Thursday 1970-01-01: 14,285,714
   * weeks and a Thursday and a Friday, so 71,428,572 weekdays of 8 hours
   * (the clocks change on Sunday nights, never within 09:00–17:00; the span
   * starts at 01:00 and ends at 02:00 local time, outside working hours).
   */
  test('businessDuration(calendar, 0, 8.64e15) ends within the bound: 71,428,572 working days of 8 hours', () => {
    expect(boundedOutcome(() => businessDuration(copenhagen(), 0, 8.64e15), FIRST_CALL_BOUND_MS)).toStrictEqual({ result: 71_428_572 * 8 * 3_600_000 });
    // once the zone is read, the same span again
    expect(boundedOutcome(() => businessDuration(copenhagen(), 0, 8.64e15))).toStrictEqual({ result: 71_428_572 * 8 * 3_600_000 });
  });

  test('businessDuration over the whole Date range, from −8.64e15 to 8.64e15: twice as many (the 100,000,000 days before 1970 also end on a Tuesday and a Wednesday)', () => {
    // the first call in a zone reads its changes of clocks since 1799 from Intl, once: seconds on a loaded machine
    businessDuration(copenhagen(), -8.64e15, 0);
    expect(boundedOutcome(() => businessDuration(copenhagen(), -8.64e15, 8.64e15))).toStrictEqual({ result: 2 * 71_428_572 * 8 * 3_600_000 });
  });

  /**
   * 1e15 ms are 34,722,222 working days of 8 hours and 6,400,000 ms
   * (1:46:40). From Thursday 1970-01-01 01:00, the 34,722,223rd weekday is
   * weekday 34,722,225 counted from Monday 1969-12-29 (day −3): week
   * 6,944,445, its Monday, day −3 + 6,944,445 × 7 = 48,611,112; the amount
   * runs out at 10:46:40 local summer time (+02:00), 08:46:40 UTC.
   */
  test('addBusinessTime(calendar, 0, 1e15) ends within the bound, on the working day a count of weekdays gives', () => {
    const outcome = boundedOutcome(() => addBusinessTime(copenhagen(), 0, 1e15).getTime());
    expect(outcome).toStrictEqual({ result: 48_611_112 * DAY + ((8 * 60 + 46) * 60 + 40) * 1000 });
  });

  test('addBusinessTime past the last Date is refused at once (OUT_OF_RANGE)', () => {
    const outcome = boundedOutcome(() => addBusinessTime(copenhagen(), 0, 3e15));
    expect('error' in outcome && outcome.error.code).toBe('OUT_OF_RANGE');
  });

  test('a short span stays quick and exact: one working day is 8 hours', () => {
    expect(businessDuration(copenhagen(), '2026-11-02T00:00:00+01:00', '2026-11-03T00:00:00+01:00')).toBe(8 * 3_600_000);
  });
});
