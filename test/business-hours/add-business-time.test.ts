import { describe, expect, test } from 'vitest';
import { addBusinessTime, businessCalendar } from '../../src/index.js';
import { errorOf, everyDay, HOUR, MINUTE, officeHours, weekdays } from './helpers.js';

const copenhagen = businessCalendar(officeHours('Europe/Copenhagen', ['2026-12-24', '2026-12-25']));
const iso = (d: Date) => d.toISOString();

describe('addBusinessTime: definition', () => {
  test('the worked case: Copenhagen, Friday 2026-03-27 16:00 plus 4 hours is Monday 2026-03-30 12:00 local (10:00Z)', () => {
    // 1 hour on Friday, 3 on Monday 09:00–12:00 (summer time since Sunday)
    expect(iso(addBusinessTime(copenhagen, '2026-03-27T16:00:00+01:00', 4 * HOUR))).toBe('2026-03-30T10:00:00.000Z');
  });

  test('within a working interval, the time is added as it is', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-03T10:00:00+01:00', 90 * MINUTE))).toBe('2026-11-03T10:30:00.000Z');
  });

  test('a duration that runs out at closing ends at closing, not at the next opening', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-06T09:00:00+01:00', 8 * HOUR))).toBe('2026-11-06T16:00:00.000Z');
  });

  test('one millisecond more goes on at the next opening', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-06T09:00:00+01:00', 8 * HOUR + 1))).toBe('2026-11-09T08:00:00.001Z');
  });

  test('adding 0 gives the start, also outside working hours', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-07T12:00:00Z', 0))).toBe('2026-11-07T12:00:00.000Z');
  });

  test('a start outside working hours waits for the next opening: Saturday plus 1 hour is Monday 10:00', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-07T12:00:00+01:00', HOUR))).toBe('2026-11-09T09:00:00.000Z');
  });

  test('a start inside a break waits for the end of the break', () => {
    const lunch = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays(['09:00', '12:00'], ['13:00', '17:00']) });
    expect(iso(addBusinessTime(lunch, '2026-11-03T12:15:00+01:00', 30 * MINUTE))).toBe('2026-11-03T12:30:00.000Z');
    // 11:00–12:00 and 13:00–14:00
    expect(iso(addBusinessTime(lunch, '2026-11-03T11:00:00+01:00', 2 * HOUR))).toBe('2026-11-03T13:00:00.000Z');
  });

  test('holidays are skipped: Wednesday 2026-12-23 16:00 plus 2 hours is Monday 2026-12-28 10:00', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-12-23T16:00:00+01:00', 2 * HOUR))).toBe('2026-12-28T09:00:00.000Z');
  });

  test('a week of working time from Monday 09:00 ends on Friday at 17:00', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-02T09:00:00+01:00', 40 * HOUR))).toBe('2026-11-06T16:00:00.000Z');
  });

  test('a month of working time: 21 days of 8 hours from Monday 2026-11-02 09:00 ends on Monday 2026-11-30 17:00', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-02T09:00:00+01:00', 21 * 8 * HOUR))).toBe('2026-11-30T16:00:00.000Z');
  });

  test('a year of working time: 261 days of 8 hours from 2026-01-01 ends on Thursday 2026-12-31 17:00', () => {
    const c = businessCalendar(officeHours('Europe/Copenhagen'));
    expect(iso(addBusinessTime(c, '2026-01-01T00:00:00+01:00', 261 * 8 * HOUR))).toBe('2026-12-31T16:00:00.000Z');
  });

  test('the 24/7 calendar adds elapsed time, across a change of clocks too', () => {
    expect(iso(addBusinessTime(businessCalendar.always(), '2026-03-28T12:00:00Z', 25 * HOUR))).toBe('2026-03-29T13:00:00.000Z');
  });

  test('the result is a Date of whole milliseconds: a start with microseconds gives the next whole millisecond', () => {
    // 10:00:00.0005 plus 1 ms is 10:00:00.0015, rounded up to .002
    expect(addBusinessTime(copenhagen, '2026-11-03T09:00:00.0005Z', 1).getTime()).toBe(Date.UTC(2026, 10, 3, 9, 0, 0, 2));
  });
});

describe('addBusinessTime across changes of the clocks', () => {
  test('a Saturday night shift in Copenhagen holds 7 hours in spring: 8 hours from its start end on the next Saturday night', () => {
    const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: [['22:00', '06:00']] } });
    // 7 hours on the night of 28–29 March, then 1 hour from 22:00 on 4 April (+02:00)
    expect(iso(addBusinessTime(nights, '2026-03-28T22:00:00+01:00', 8 * HOUR))).toBe('2026-04-04T21:00:00.000Z');
  });

  test('a Saturday night shift in Copenhagen holds 9 hours in autumn: 9 hours end at 06:00 +01:00', () => {
    const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: [['22:00', '06:00']] } });
    expect(iso(addBusinessTime(nights, '2026-10-24T22:00:00+02:00', 9 * HOUR))).toBe('2026-10-25T05:00:00.000Z');
  });

  test('in the repeated hour: 5.5 hours into Saturday 22:00–03:00 is 02:30 the second time', () => {
    const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: [['22:00', '03:00']] } });
    // 22:00 +02:00 to the change at 03:00 +02:00 is 5 hours (20:00Z–01:00Z), then the repeated 02:00–03:00 +01:00
    expect(iso(addBusinessTime(nights, '2026-10-24T22:00:00+02:00', 5.5 * HOUR))).toBe('2026-10-25T01:30:00.000Z');
    // 4.5 hours end at 02:30 the first time
    expect(iso(addBusinessTime(nights, '2026-10-24T22:00:00+02:00', 4.5 * HOUR))).toBe('2026-10-25T00:30:00.000Z');
  });

  test('a start in the repeated hour after a shift ended there waits for the next shift', () => {
    const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: [['22:00', '02:30']] } });
    // 02:15 +01:00 (01:15Z) is after the shift ended at 02:30 +02:00; next Saturday 22:00 +01:00 is 21:00Z
    expect(iso(addBusinessTime(nights, '2026-10-25T02:15:00+01:00', HOUR))).toBe('2026-10-31T22:00:00.000Z');
  });

  test('New York office hours: Friday 2026-10-30 16:00 −04:00 plus 2 hours is Monday 10:00 −05:00', () => {
    const newYork = businessCalendar(officeHours('America/New_York'));
    expect(iso(addBusinessTime(newYork, '2026-10-30T16:00:00-04:00', 2 * HOUR))).toBe('2026-11-02T15:00:00.000Z');
  });

  test('Adelaide: Friday 2026-10-02 16:30 +09:30 plus 1 hour is Monday 09:30 +10:30', () => {
    const adelaide = businessCalendar(officeHours('Australia/Adelaide'));
    expect(iso(addBusinessTime(adelaide, '2026-10-02T16:30:00+09:30', HOUR))).toBe('2026-10-04T23:00:00.000Z');
  });

  test('Kolkata: 10 hours from Friday 2026-03-27 09:00 +05:30 end on Monday 11:00 +05:30', () => {
    const kolkata = businessCalendar(officeHours('Asia/Kolkata'));
    expect(iso(addBusinessTime(kolkata, '2026-03-27T09:00:00+05:30', 10 * HOUR))).toBe('2026-03-30T05:30:00.000Z');
  });

  test('a 24/7 week in New York spanning the fall-back day adds elapsed time', () => {
    const newYork = businessCalendar({ timeZone: 'America/New_York', week: everyDay(['00:00', '24:00']) });
    expect(iso(addBusinessTime(newYork, '2026-10-31T12:00:00-04:00', 25 * HOUR))).toBe('2026-11-01T17:00:00.000Z');
  });
});

describe('addBusinessTime: holidays in the way', () => {
  // Sunday 2026-04-05 is a holiday; the next hours are on Saturday 2026-04-11 from 23:00
  const weekends = businessCalendar({ timeZone: 'UTC', week: { saturday: [['23:00', '24:00']], sunday: [['00:00', '24:00']] }, holidays: ['2026-04-05'] });

  test('1 ms from the start of a whole-day holiday is found past the holiday in one step, not 86,400,000 small ones', () => {
    expect(iso(addBusinessTime(weekends, '2026-04-05T00:00:00Z', 1))).toBe('2026-04-11T23:00:00.001Z');
  });

  test('2 ms from within a holiday, in Auckland the day the clocks went back: Saturday 2026-04-11 23:30 local', () => {
    const auckland = businessCalendar({
      timeZone: 'Pacific/Auckland',
      week: { saturday: [['23:30', '03:00']], sunday: [['04:00', '23:45']] },
      holidays: ['2026-04-05', '2026-04-06'],
    });
    // Sunday 03:07 NZST (+12), after the repeated hour; the night shift ended at 03:00, Sunday's hours are a holiday
    expect(iso(addBusinessTime(auckland, '2026-04-04T15:07:04.945Z', 2))).toBe('2026-04-11T11:30:00.002Z');
  });
});

describe('addBusinessTime: bad input', () => {
  test('a negative duration is OUT_OF_RANGE', () => {
    const e = errorOf(() => addBusinessTime(copenhagen, 0, -1));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe('addBusinessTime: amount -1 is negative; working time is added forwards from the start');
  });

  test('NaN and Infinity are NOT_FINITE', () => {
    expect(errorOf(() => addBusinessTime(copenhagen, 0, NaN)).code).toBe('NOT_FINITE');
    expect(errorOf(() => addBusinessTime(copenhagen, 0, Infinity)).code).toBe('NOT_FINITE');
  });

  test('a duration that is not a number is INVALID_TYPE', () => {
    const e = errorOf(() => addBusinessTime(copenhagen, 0, '4' as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe('addBusinessTime: amount is a string, not a number');
  });

  test('a calendar with no working time at all is INVALID_OPTION: the time could never pass', () => {
    const never = businessCalendar({ timeZone: 'Europe/Copenhagen', week: {} });
    const e = errorOf(() => addBusinessTime(never, 0, HOUR));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe(
      'addBusinessTime: the calendar has no working time in any day of its week, so no working time could ever pass; give it working hours',
    );
    expect(errorOf(() => addBusinessTime(never, 0, 0)).code).toBe('INVALID_OPTION');
  });

  test('a result past the last Date is OUT_OF_RANGE', () => {
    const e = errorOf(() => addBusinessTime(copenhagen, 8.64e15 - HOUR, 2 * HOUR));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe('addBusinessTime: 7200000 milliseconds of working time from the start end after the last Date (+275760-09-13)');
  });

  test('a start that cannot be read is INVALID_DATE', () => {
    expect(errorOf(() => addBusinessTime(copenhagen, '2026-11-03', HOUR)).code).toBe('INVALID_DATE');
  });
});
