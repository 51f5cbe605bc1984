import { describe, expectTypeOf, test } from 'vitest';
import {
  addBusinessTime,
  averageFirstResponseTime,
  businessCalendar,
  type BusinessCalendar,
  type BusinessCalendarSpec,
  businessDuration,
  type BusinessTimeOptions,
  isWithinBusinessHours,
  slaComplianceRate,
  type Weekday,
  type WorkingInterval,
  type TimeUnit,
  type WorkingWeek,
} from '../../src/index.js';

const calendar = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { monday: [['09:00', '17:00']] }, holidays: ['2026-12-24'] });

describe('businessCalendar', () => {
  test('takes a spec and returns a readonly calendar with every weekday', () => {
    expectTypeOf(businessCalendar).parameter(0).toEqualTypeOf<BusinessCalendarSpec>();
    expectTypeOf(calendar).toEqualTypeOf<BusinessCalendar>();
    expectTypeOf(calendar.week.sunday).toEqualTypeOf<readonly WorkingInterval[]>();
    expectTypeOf(calendar.holidays).toEqualTypeOf<readonly string[]>();
    expectTypeOf(businessCalendar.always()).toEqualTypeOf<BusinessCalendar>();
    expectTypeOf<Weekday>().toEqualTypeOf<'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'>();
    expectTypeOf<WorkingInterval>().toEqualTypeOf<readonly [start: string, end: string]>();
    expectTypeOf<WorkingWeek['friday']>().toEqualTypeOf<readonly (readonly string[])[] | undefined>();
  });

  test('a calendar is also a spec, and so are hours shared between days or read from JSON (string[][])', () => {
    businessCalendar(calendar);
    const hours = [['09:00', '17:00']];
    businessCalendar({ timeZone: 'UTC', week: { monday: hours, tuesday: hours } });
    const fromJson: { timeZone: string; week: { monday: [string, string][] }; holidays: string[] } = {
      timeZone: 'UTC',
      week: { monday: [['09:00', '17:00']] },
      holidays: [],
    };
    businessCalendar(fromJson);
  });

  test('rejects what cannot be a calendar', () => {
    // @ts-expect-error the time zone is required
    businessCalendar({ week: {} });
    // @ts-expect-error weekdays are lowercase English names
    businessCalendar({ timeZone: 'UTC', week: { Monday: [['09:00', '17:00']] } });
    // @ts-expect-error an interval is a pair of strings
    businessCalendar({ timeZone: 'UTC', week: { monday: [[9, 17]] } });
    // @ts-expect-error a day is a list of intervals
    businessCalendar({ timeZone: 'UTC', week: { monday: ['09:00', '17:00'] } });
    // @ts-expect-error the calendar is readonly
    calendar.timeZone = 'UTC';
  });
});

describe('measuring', () => {
  test('businessDuration returns milliseconds, addBusinessTime a Date, isWithinBusinessHours a boolean', () => {
    expectTypeOf(businessDuration(calendar, new Date(), '2026-11-03T10:00:00Z')).toEqualTypeOf<number>();
    expectTypeOf(addBusinessTime(calendar, 0, 3_600_000)).toEqualTypeOf<Date>();
    expectTypeOf(isWithinBusinessHours(calendar, Date.now())).toEqualTypeOf<boolean>();
    // @ts-expect-error a spec is not a calendar
    businessDuration({ timeZone: 'UTC', week: {} }, 0, 1);
    // @ts-expect-error the amount is a number, in milliseconds or in the unit option
    addBusinessTime(calendar, 0, '4h');
  });

  test('businessDuration and addBusinessTime take the unit option last, isWithinBusinessHours an options object with no keys', () => {
    expectTypeOf<BusinessTimeOptions>().toEqualTypeOf<{ readonly unit?: TimeUnit }>();
    expectTypeOf(businessDuration).parameter(3).toEqualTypeOf<BusinessTimeOptions | undefined>();
    expectTypeOf(addBusinessTime).parameter(3).toEqualTypeOf<BusinessTimeOptions | undefined>();
    expectTypeOf(businessDuration).parameters.toEqualTypeOf<[BusinessCalendar, Date | number | string, Date | number | string, (BusinessTimeOptions | undefined)?]>();
    expectTypeOf(addBusinessTime).parameters.toEqualTypeOf<[BusinessCalendar, Date | number | string, number, (BusinessTimeOptions | undefined)?]>();
    expectTypeOf(businessDuration(calendar, 0, 1, { unit: 'hours' })).toEqualTypeOf<number>();
    expectTypeOf(addBusinessTime(calendar, 0, 4, { unit: 'hours' })).toEqualTypeOf<Date>();
    expectTypeOf(isWithinBusinessHours(calendar, 0, {})).toEqualTypeOf<boolean>();
    // @ts-expect-error a unit is one of the TimeUnit names
    businessDuration(calendar, 0, 1, { unit: 'hour' });
    // @ts-expect-error an unknown option
    addBusinessTime(calendar, 0, 4, { units: 'hours' });
    // @ts-expect-error the calendar is the first argument, not an option
    businessDuration(calendar, 0, 1, { calendar });
    // @ts-expect-error isWithinBusinessHours has no options yet
    isWithinBusinessHours(calendar, 0, { unit: 'hours' });
  });

  test('every time metric of records takes the calendar option', () => {
    expectTypeOf(averageFirstResponseTime).toBeCallableWith([{ createdAt: 0, firstResponseAt: 1 }], { calendar, unit: 'hours' });
    expectTypeOf(slaComplianceRate([{ createdAt: 0 }], { target: 4, unit: 'hours', calendar })).toEqualTypeOf<number>();
    // @ts-expect-error durations take one target and no calendar
    slaComplianceRate([1, 2], { target: 1, calendar });
    // @ts-expect-error the option is a calendar, not its spec
    averageFirstResponseTime([{ createdAt: 0 }], { calendar: { timeZone: 'UTC', week: {} } });
  });
});
