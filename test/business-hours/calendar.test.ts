import { describe, expect, test } from 'vitest';
import {
  addBusinessTime,
  businessCalendar,
  businessDuration,
  isWithinBusinessHours,
  type BusinessCalendar,
  type BusinessCalendarSpec,
} from '../../src/index.js';
import { withHole } from '../helpers.js';
import { errorOf, everyDay, HOUR, weekdays } from './helpers.js';


describe('businessCalendar: what it returns', () => {
  test('every weekday is present, a day left out with no intervals', () => {
    const c = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { monday: [['09:00', '17:00']] } });
    expect(c.week).toStrictEqual({
      monday: [['09:00', '17:00']],
      tuesday: [],
      wednesday: [],
      thursday: [],
      friday: [],
      saturday: [],
      sunday: [],
    });
    expect(c.timeZone).toBe('Europe/Copenhagen');
    expect(c.holidays).toStrictEqual([]);
  });

  test("a day's intervals are sorted by start; holidays are sorted and each kept once", () => {
    const c = businessCalendar({
      timeZone: 'UTC',
      week: { tuesday: [['13:00', '17:00'], ['09:00', '12:00']] },
      holidays: ['2026-12-25', '2026-12-24', '2026-12-25'],
    });
    expect(c.week.tuesday).toStrictEqual([['09:00', '12:00'], ['13:00', '17:00']]);
    expect(c.holidays).toStrictEqual(['2026-12-24', '2026-12-25']);
  });

  test('the time zone is kept as given', () => {
    expect(businessCalendar({ timeZone: 'Asia/Kolkata', week: {} }).timeZone).toBe('Asia/Kolkata');
  });

  test('the calendar is frozen, and so are its week, days and holidays', () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { monday: [['09:00', '17:00']] }, holidays: ['2026-01-01'] });
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.week)).toBe(true);
    expect(Object.isFrozen(c.week.monday)).toBe(true);
    expect(Object.isFrozen(c.week.monday[0])).toBe(true);
    expect(Object.isFrozen(c.holidays)).toBe(true);
  });

  test('the spec is copied: changing it afterwards does not change the calendar', () => {
    const monday: [string, string][] = [['09:00', '17:00']];
    const holidays = ['2026-11-02'];
    const c = businessCalendar({ timeZone: 'UTC', week: { monday }, holidays });
    monday.push(['18:00', '19:00']);
    holidays.pop();
    // Monday 2026-11-02 is still a holiday, and 18:00–19:00 is still not worked
    expect(businessDuration(c, '2026-11-02T00:00:00Z', '2026-11-10T00:00:00Z')).toBe(8 * HOUR);
  });

  test('a calendar is plain data: its JSON makes the same calendar again', () => {
    const c = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays(['09:00', '17:00']), holidays: ['2026-12-24'] });
    const again = businessCalendar(JSON.parse(JSON.stringify(c)) as BusinessCalendarSpec);
    expect(again).toStrictEqual(c);
    expect(businessDuration(again, '2026-12-21T00:00:00Z', '2026-12-28T00:00:00Z')).toBe(32 * HOUR);
  });

  test('businessCalendar.always() is every hour of every day in UTC, the same object each time', () => {
    const always = businessCalendar.always();
    expect(always.timeZone).toBe('UTC');
    expect(always.week).toStrictEqual(everyDay(['00:00', '24:00']));
    expect(always.holidays).toStrictEqual([]);
    expect(businessCalendar.always()).toBe(always);
  });
});

describe('businessCalendar: accepted intervals', () => {
  test("'24:00' ends a day, and ['00:00', '24:00'] is the whole day", () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { monday: [['00:00', '24:00']], tuesday: [['20:00', '24:00']] } });
    expect(businessDuration(c, '2026-11-02T00:00:00Z', '2026-11-04T00:00:00Z')).toBe(28 * HOUR);
  });

  test('an end earlier than the start runs past midnight into the next day', () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { friday: [['22:00', '06:00']] } });
    // Friday 2026-11-06 22:00 to Saturday 06:00
    expect(businessDuration(c, '2026-11-06T00:00:00Z', '2026-11-07T12:00:00Z')).toBe(8 * HOUR);
  });

  test('an end of 00:00 after a later start is midnight, as 24:00 is', () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { friday: [['22:00', '00:00']] } });
    expect(businessDuration(c, '2026-11-06T00:00:00Z', '2026-11-08T00:00:00Z')).toBe(2 * HOUR);
  });

  test('intervals may touch: 09:00–12:00 and 12:00–17:00 are 8 hours', () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { monday: [['09:00', '12:00'], ['12:00', '17:00']] } });
    expect(businessDuration(c, '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(8 * HOUR);
  });

  test("a night shift may end where the next day's hours begin", () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { monday: [['22:00', '06:00']], tuesday: [['06:00', '14:00']] } });
    expect(businessDuration(c, '2026-11-02T00:00:00Z', '2026-11-04T00:00:00Z')).toBe(16 * HOUR);
  });

  test("Sunday's night shift runs into Monday", () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { sunday: [['20:00', '04:00']], monday: [['04:00', '05:00']] } });
    // Sunday 2026-11-01 20:00 to Monday 05:00
    expect(businessDuration(c, '2026-11-01T00:00:00Z', '2026-11-02T12:00:00Z')).toBe(9 * HOUR);
  });

  test('an undefined day and an empty array both mean no hours; undefined holidays, none', () => {
    const c = businessCalendar({ timeZone: 'UTC', week: { monday: undefined, tuesday: [] }, holidays: undefined });
    expect(businessDuration(c, '2026-11-02T00:00:00Z', '2026-11-09T00:00:00Z')).toBe(0);
  });

  test('a calendar without any hours is valid, and measures no working time', () => {
    const c = businessCalendar({ timeZone: 'Europe/Copenhagen', week: {} });
    expect(businessDuration(c, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')).toBe(0);
    expect(isWithinBusinessHours(c, '2026-06-01T12:00:00Z')).toBe(false);
  });
});

describe('businessCalendar: bad specs are INVALID_OPTION', () => {
  const week = weekdays(['09:00', '17:00']);
  const cases: [string, unknown, string][] = [
    ['a spec that is not an object', 'Europe/Copenhagen', 'businessCalendar: the calendar must be an object { timeZone, week, holidays? }; got "Europe/Copenhagen"'],
    ['null', null, 'businessCalendar: the calendar must be an object { timeZone, week, holidays? }; got null'],
    [
      'an unknown field',
      { timeZone: 'UTC', week, holiday: ['2026-12-25'] },
      'businessCalendar: unknown field "holiday" in the calendar; a calendar has timeZone, week and holidays',
    ],
    [
      'a missing time zone (the machine zone is never assumed)',
      { week },
      "businessCalendar: timeZone is missing; give an IANA time zone such as 'Europe/Copenhagen' (the machine's own zone is never assumed)",
    ],
    ['a time zone that is not a string', { timeZone: 1, week }, 'businessCalendar: timeZone is a number, not the name of a time zone'],
    [
      'an unknown time zone, named',
      { timeZone: 'Europe/Copenhagn', week },
      'businessCalendar: unknown time zone "Europe/Copenhagn"; give an IANA time zone the platform\'s Intl knows, such as \'Europe/Copenhagen\'',
    ],
    [
      'a missing week',
      { timeZone: 'UTC' },
      "businessCalendar: week is missing; give the working intervals of each day, e.g. { monday: [['09:00', '17:00']] }",
    ],
    [
      'a week that is an array',
      { timeZone: 'UTC', week: [['09:00', '17:00']] },
      "businessCalendar: week must be an object of weekdays, e.g. { monday: [['09:00', '17:00']] }; got an array",
    ],
    [
      'a capitalised weekday',
      { timeZone: 'UTC', week: { Monday: [['09:00', '17:00']] } },
      'businessCalendar: unknown weekday "Monday" in week; days are monday, tuesday, wednesday, thursday, friday, saturday, sunday (lowercase)',
    ],
    [
      'an abbreviated weekday',
      { timeZone: 'UTC', week: { mon: [['09:00', '17:00']] } },
      'businessCalendar: unknown weekday "mon" in week; days are monday, tuesday, wednesday, thursday, friday, saturday, sunday (lowercase)',
    ],
    [
      'a day that is one interval, not a list of them',
      { timeZone: 'UTC', week: { monday: '09:00-17:00' } },
      'businessCalendar: week.monday must be an array of [\'HH:MM\', \'HH:MM\'] intervals ([] for no hours); got "09:00-17:00"',
    ],
    [
      'a day that is null',
      { timeZone: 'UTC', week: { monday: null } },
      "businessCalendar: week.monday must be an array of ['HH:MM', 'HH:MM'] intervals ([] for no hours); got null",
    ],
    [
      'an interval that is not a pair',
      { timeZone: 'UTC', week: { monday: [['09:00', '12:00', '17:00']] } },
      "businessCalendar: week.monday[0] must be a pair ['HH:MM', 'HH:MM']; got an array",
    ],
    [
      'a day given as a single pair',
      { timeZone: 'UTC', week: { monday: ['09:00', '17:00'] } },
      'businessCalendar: week.monday[0] must be a pair [\'HH:MM\', \'HH:MM\']; got "09:00"',
    ],
    ['an hour of one digit', { timeZone: 'UTC', week: { monday: [['9:00', '17:00']] } }, "businessCalendar: week.monday[0] starts at \"9:00\", not a wall-clock time 'HH:MM' (00:00 to 23:59)"],
    ['a time without a colon', { timeZone: 'UTC', week: { monday: [['0900', '1700']] } }, "businessCalendar: week.monday[0] starts at \"0900\", not a wall-clock time 'HH:MM' (00:00 to 23:59)"],
    ['a time with seconds', { timeZone: 'UTC', week: { monday: [['09:00', '17:00:00']] } }, "businessCalendar: week.monday[0] ends at \"17:00:00\", not a wall-clock time 'HH:MM' (00:00 to 24:00)"],
    ['a time as a number', { timeZone: 'UTC', week: { monday: [[9, 17]] } }, "businessCalendar: week.monday[0] starts at 9, not a wall-clock time 'HH:MM' (00:00 to 23:59)"],
    ['minute 60', { timeZone: 'UTC', week: { monday: [['09:60', '17:00']] } }, 'businessCalendar: week.monday[0] starts at "09:60", outside 00:00 to 23:59'],
    ['hour 25', { timeZone: 'UTC', week: { monday: [['09:00', '25:00']] } }, 'businessCalendar: week.monday[0] ends at "25:00", outside 00:00 to 24:00'],
    ['24:30', { timeZone: 'UTC', week: { monday: [['09:00', '24:30']] } }, 'businessCalendar: week.monday[0] ends at "24:30", outside 00:00 to 24:00'],
    [
      '24:00 as a start',
      { timeZone: 'UTC', week: { monday: [['24:00', '06:00']] } },
      "businessCalendar: week.monday[0] starts at \"24:00\", outside 00:00 to 23:59; '24:00' only ends a day",
    ],
    [
      'an empty interval',
      { timeZone: 'UTC', week: { friday: [['09:00', '09:00']] } },
      "businessCalendar: week.friday[0] ['09:00', '09:00'] is empty; a whole day is ['00:00', '24:00']",
    ],
    [
      'overlapping intervals of a day',
      { timeZone: 'UTC', week: { tuesday: [['09:00', '12:00'], ['11:00', '17:00']] } },
      "businessCalendar: week.tuesday[0] ['09:00', '12:00'] overlaps week.tuesday[1] ['11:00', '17:00']; intervals must not overlap (they may touch)",
    ],
    [
      'an interval inside another',
      { timeZone: 'UTC', week: { tuesday: [['09:00', '17:00'], ['12:00', '13:00']] } },
      "businessCalendar: week.tuesday[0] ['09:00', '17:00'] overlaps week.tuesday[1] ['12:00', '13:00']; intervals must not overlap (they may touch)",
    ],
    [
      "a night shift overlapping the next day's hours",
      { timeZone: 'UTC', week: { monday: [['22:00', '06:00']], tuesday: [['05:00', '13:00']] } },
      "businessCalendar: week.monday[0] ['22:00', '06:00'], which runs past midnight, overlaps week.tuesday[0] ['05:00', '13:00']; intervals must not overlap (they may touch)",
    ],
    [
      "Sunday's night shift overlapping Monday's hours",
      { timeZone: 'UTC', week: { monday: [['00:00', '08:00']], sunday: [['23:00', '01:00']] } },
      "businessCalendar: week.sunday[0] ['23:00', '01:00'], which runs past midnight, overlaps week.monday[0] ['00:00', '08:00']; intervals must not overlap (they may touch)",
    ],
    [
      'holidays that are not an array',
      { timeZone: 'UTC', week, holidays: '2026-12-25' },
      'businessCalendar: holidays must be an array of local dates \'YYYY-MM-DD\'; got "2026-12-25"',
    ],
    ['a holiday that does not exist', { timeZone: 'UTC', week, holidays: ['2026-02-29'] }, 'businessCalendar: holidays[0] "2026-02-29" is not a date \'YYYY-MM-DD\''],
    ['a holiday with slashes', { timeZone: 'UTC', week, holidays: ['2026-12-24', '2026/12/25'] }, 'businessCalendar: holidays[1] "2026/12/25" is not a date \'YYYY-MM-DD\''],
    ['a holiday with a time', { timeZone: 'UTC', week, holidays: ['2026-12-25T00:00:00Z'] }, 'businessCalendar: holidays[0] "2026-12-25T00:00:00Z" is not a date \'YYYY-MM-DD\''],
    ['a holiday as a Date', { timeZone: 'UTC', week, holidays: [new Date(Date.UTC(2026, 11, 25))] }, "businessCalendar: holidays[0] is an object, not a local date 'YYYY-MM-DD'"],
    ['month 13', { timeZone: 'UTC', week, holidays: ['2026-13-01'] }, 'businessCalendar: holidays[0] "2026-13-01" is not a date \'YYYY-MM-DD\''],
    ['a hole among the holidays', { timeZone: 'UTC', week, holidays: withHole(['2026-12-24', '2026-12-26']) }, "businessCalendar: holidays[1] is undefined, not a local date 'YYYY-MM-DD'"],
    [
      'a hole among the intervals',
      { timeZone: 'UTC', week: { monday: withHole([['09:00', '17:00']], 0) } },
      "businessCalendar: week.monday[0] must be a pair ['HH:MM', 'HH:MM']; got undefined",
    ],
  ];
  test.each(cases)('%s', (_name, spec, message) => {
    const e = errorOf(() => businessCalendar(spec as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.details).toStrictEqual({ fn: 'businessCalendar' });
    expect(e.message).toBe(message);
  });

  test('a leap day is a date in a leap year', () => {
    expect(businessCalendar({ timeZone: 'UTC', week, holidays: ['2028-02-29'] }).holidays).toStrictEqual(['2028-02-29']);
  });

  test('a time zone name is read as Intl reads it, in any letter case', () => {
    const c = businessCalendar({ timeZone: 'europe/copenhagen', week });
    // Friday 2026-03-27 16:00 +01:00 to Monday 10:00 +02:00, as in the Copenhagen zone
    expect(businessDuration(c, '2026-03-27T15:00:00Z', '2026-03-30T08:00:00Z')).toBe(2 * HOUR);
  });
});

describe('the calendar argument', () => {
  const spec = { timeZone: 'UTC', week: weekdays(['09:00', '17:00']) };

  test.each([
    ['businessDuration', () => businessDuration(spec as never, 0, 1)],
    ['addBusinessTime', () => addBusinessTime(spec as never, 0, 1)],
    ['isWithinBusinessHours', () => isWithinBusinessHours(spec as never, 0)],
  ])('%s refuses a spec that was not made into a calendar (INVALID_OPTION)', (fn, call) => {
    const e = errorOf(call);
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe(`${fn}: calendar must be a calendar made by businessCalendar({ timeZone, week, holidays }); got an object`);
  });

  test('a missing calendar is INVALID_OPTION', () => {
    const e = errorOf(() => businessDuration(undefined as never, 0, 1));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('businessDuration: calendar must be a calendar made by businessCalendar({ timeZone, week, holidays }); got undefined');
  });

  test("a calendar made by another copy of the library (marked with the library's global symbol) is read from its data", () => {
    const foreign = JSON.parse(JSON.stringify(businessCalendar(spec))) as BusinessCalendar;
    Object.defineProperty(foreign, Symbol.for('cx-metrics.businessCalendar'), { value: true });
    // Monday 2026-11-02 09:00 to 17:00
    expect(businessDuration(foreign, '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(8 * HOUR);
  });

  test('a marked calendar with bad data is checked like a spec, and named as the argument', () => {
    const foreign = { timeZone: 'Mars/Olympus', week: {}, holidays: [] };
    Object.defineProperty(foreign, Symbol.for('cx-metrics.businessCalendar'), { value: true });
    const e = errorOf(() => businessDuration(foreign as never, 0, 1));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('businessDuration: unknown time zone "Mars/Olympus"; give an IANA time zone the platform\'s Intl knows, such as \'Europe/Copenhagen\'');
  });
});
