import { describe, expect, test } from 'vitest';
import { addBusinessTime, averageFirstResponseTime, businessCalendar, businessDuration, isWithinBusinessHours } from '../../src/index.js';
import { errorOf, HOUR, MINUTE, officeHours } from './helpers.js';

const copenhagen = businessCalendar(officeHours('Europe/Copenhagen', ['2026-12-24', '2026-12-25']));
const iso = (d: Date) => d.toISOString();

// Friday 16:00 to Monday 10:00 across the change to summer time: 1 working hour on Friday, 1 on Monday
const FRIDAY = '2026-03-27T16:00:00+01:00';
const MONDAY = '2026-03-30T10:00:00+02:00';

describe('businessDuration: the unit option', () => {
  test('gives the working time in hours, minutes and seconds: 2 hours are 120 minutes and 7,200 seconds', () => {
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, { unit: 'hours' })).toBe(2);
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, { unit: 'minutes' })).toBe(120);
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, { unit: 'seconds' })).toBe(7200);
  });

  test('a day is 24 hours of working time, not a working day: 2 working hours are 1/12 of a day', () => {
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, { unit: 'days' })).toBe(1 / 12);
    // a working week of 5 × 8 hours is 40/24 days
    expect(businessDuration(copenhagen, '2026-11-02T00:00:00+01:00', '2026-11-09T00:00:00+01:00', { unit: 'days' })).toBe(40 / 24);
  });

  test('with the 24/7 calendar, 65 elapsed hours are 65 hours and 65/24 days', () => {
    expect(businessDuration(businessCalendar.always(), FRIDAY, MONDAY, { unit: 'hours' })).toBe(65);
    expect(businessDuration(businessCalendar.always(), FRIDAY, MONDAY, { unit: 'days' })).toBe(65 / 24);
  });

  test('milliseconds is the default, and unit: undefined is not given', () => {
    expect(businessDuration(copenhagen, FRIDAY, MONDAY)).toBe(2 * HOUR);
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, {})).toBe(2 * HOUR);
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, { unit: 'milliseconds' })).toBe(2 * HOUR);
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, { unit: undefined } as never)).toBe(2 * HOUR);
  });

  test('a span without working time is 0 in any unit', () => {
    expect(businessDuration(copenhagen, '2026-03-28T10:00:00+01:00', '2026-03-28T12:00:00+01:00', { unit: 'hours' })).toBe(0);
  });
});

describe('addBusinessTime: the amount in the unit option', () => {
  test('4 hours from Friday 16:00 end on Monday 12:00 local, as 4 × 3,600,000 milliseconds do', () => {
    expect(iso(addBusinessTime(copenhagen, FRIDAY, 4, { unit: 'hours' }))).toBe('2026-03-30T10:00:00.000Z');
    expect(iso(addBusinessTime(copenhagen, FRIDAY, 240, { unit: 'minutes' }))).toBe('2026-03-30T10:00:00.000Z');
    expect(iso(addBusinessTime(copenhagen, FRIDAY, 14_400, { unit: 'seconds' }))).toBe('2026-03-30T10:00:00.000Z');
    expect(iso(addBusinessTime(copenhagen, FRIDAY, 4 * HOUR, { unit: 'milliseconds' }))).toBe('2026-03-30T10:00:00.000Z');
  });

  test('fractions of a unit: 1.5 hours and 0.5 minutes', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-03T10:00:00+01:00', 1.5, { unit: 'hours' }))).toBe('2026-11-03T10:30:00.000Z');
    expect(iso(addBusinessTime(copenhagen, '2026-11-03T10:00:00+01:00', 0.5, { unit: 'minutes' }))).toBe('2026-11-03T09:00:30.000Z');
  });

  test('one day of working time is 24 working hours: three 8-hour days, from Monday 09:00 to Wednesday 17:00', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-02T09:00:00+01:00', 1, { unit: 'days' }))).toBe('2026-11-04T16:00:00.000Z');
  });

  test('an amount that is not a whole number of milliseconds ends at the next whole millisecond: 1/3 second is 334 ms', () => {
    expect(iso(addBusinessTime(copenhagen, '2026-11-03T10:00:00+01:00', 1 / 3, { unit: 'seconds' }))).toBe('2026-11-03T09:00:00.334Z');
  });

  test('an amount in days past the last Date is OUT_OF_RANGE, and the message names the unit', () => {
    const e = errorOf(() => addBusinessTime(copenhagen, 8.64e15 - HOUR, 2, { unit: 'hours' }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe('addBusinessTime: 2 hours of working time from the start end after the last Date (+275760-09-13)');
    expect(errorOf(() => addBusinessTime(copenhagen, 0, 1e300, { unit: 'days' })).code).toBe('OUT_OF_RANGE');
  });

  test('a negative amount is OUT_OF_RANGE in any unit', () => {
    expect(errorOf(() => addBusinessTime(copenhagen, 0, -1, { unit: 'hours' })).code).toBe('OUT_OF_RANGE');
  });

  test('round trip: the working time from the start to the result is the amount, in the same unit', () => {
    const start = '2026-12-23T16:00:00+01:00';
    // Wednesday 16:00–17:00, Christmas Eve and Day off, Monday 09:00–11:30
    const end = addBusinessTime(copenhagen, start, 3.5, { unit: 'hours' });
    expect(iso(end)).toBe('2026-12-28T10:30:00.000Z');
    expect(businessDuration(copenhagen, start, end, { unit: 'hours' })).toBe(3.5);
    expect(businessDuration(copenhagen, start, end, { unit: 'minutes' })).toBe(210);
  });
});

describe('options: unknown keys and bad values are refused', () => {
  test('businessDuration refuses an unknown option: INVALID_OPTION that names it and the known ones', () => {
    const e = errorOf(() => businessDuration(copenhagen, FRIDAY, MONDAY, { units: 'hours' } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('businessDuration: unknown option "units"; known options: unit');
  });

  test('addBusinessTime refuses an unknown option', () => {
    const e = errorOf(() => addBusinessTime(copenhagen, FRIDAY, 4, { calendar: copenhagen } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('addBusinessTime: unknown option "calendar"; known options: unit');
  });

  test('isWithinBusinessHours takes no options yet: any key is refused, an empty object is not', () => {
    const e = errorOf(() => isWithinBusinessHours(copenhagen, FRIDAY, { unit: 'hours' } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('isWithinBusinessHours: unknown option "unit"; known options: none');
    expect(isWithinBusinessHours(copenhagen, FRIDAY, {})).toBe(true);
  });

  test('an unknown unit is INVALID_OPTION, with the same message as for every time metric (one unit reader)', () => {
    const e = errorOf(() => businessDuration(copenhagen, FRIDAY, MONDAY, { unit: 'hour' } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe(`businessDuration: option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got "hour"`);
    const metric = errorOf(() => averageFirstResponseTime([{ createdAt: 0, firstResponseAt: MINUTE }], { unit: 'hour' } as never));
    expect(metric.message.replace(/^\w+: /, '')).toBe(e.message.replace(/^\w+: /, ''));
    expect(errorOf(() => addBusinessTime(copenhagen, FRIDAY, 4, { unit: 'weeks' } as never)).code).toBe('INVALID_OPTION');
  });

  test('null is not an option: options null and unit null are INVALID_OPTION', () => {
    expect(errorOf(() => businessDuration(copenhagen, FRIDAY, MONDAY, null as never)).code).toBe('INVALID_OPTION');
    expect(errorOf(() => businessDuration(copenhagen, FRIDAY, MONDAY, { unit: null } as never)).code).toBe('INVALID_OPTION');
    expect(errorOf(() => addBusinessTime(copenhagen, FRIDAY, 4, null as never)).code).toBe('INVALID_OPTION');
    expect(errorOf(() => isWithinBusinessHours(copenhagen, FRIDAY, null as never)).code).toBe('INVALID_OPTION');
  });

  test('options that are not an object are INVALID_OPTION: a unit given without its object, an array', () => {
    expect(errorOf(() => businessDuration(copenhagen, FRIDAY, MONDAY, 'hours' as never)).code).toBe('INVALID_OPTION');
    expect(errorOf(() => addBusinessTime(copenhagen, FRIDAY, 4, ['hours'] as never)).code).toBe('INVALID_OPTION');
  });
});
