/**
 * The error contract of the business-hours family: for every error path of
 * businessCalendar, businessDuration, addBusinessTime and
 * isWithinBusinessHours, the code, the details and the exact message (the
 * template of the source with the values filled in by hand), and for each
 * range check a value on the accepted side with its documented result.
 */
import { describe, expect, test } from 'vitest';
import {
  addBusinessTime,
  businessCalendar,
  businessDuration,
  isWithinBusinessHours,
  queueSummary,
  type BusinessCalendar,
} from '../../src/index.js';
import { expectRefusal, untyped, withHole } from '../helpers.js';

const NINE_TO_FIVE = [['09:00', '17:00']];
const WEEKDAYS = { monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE, wednesday: NINE_TO_FIVE, thursday: NINE_TO_FIVE, friday: NINE_TO_FIVE };
const copenhagen = businessCalendar({ timeZone: 'Europe/Copenhagen', week: WEEKDAYS });
const BRAND = Symbol.for('cx-metrics.businessCalendar');

describe('businessCalendar messages', () => {
  const fn = 'businessCalendar';
  const week = { monday: NINE_TO_FIVE };
  const make = (spec: unknown): BusinessCalendar => businessCalendar(untyped(spec));
  /** The calendar with these Monday intervals. */
  const monday = (...intervals: unknown[]): BusinessCalendar => make({ timeZone: 'UTC', week: { monday: intervals } });

  test('a spec that is not an object, or has an unknown field', () => {
    expectRefusal(() => make(null), 'INVALID_OPTION', { fn }, 'the calendar must be an object { timeZone, week, holidays? }; got null');
    expectRefusal(() => make(['UTC']), 'INVALID_OPTION', { fn }, 'the calendar must be an object { timeZone, week, holidays? }; got an array');
    expectRefusal(() => make('UTC'), 'INVALID_OPTION', { fn }, 'the calendar must be an object { timeZone, week, holidays? }; got "UTC"');
    expectRefusal(
      () => make({ timeZone: 'UTC', week, zone: 'UTC' }),
      'INVALID_OPTION',
      { fn },
      'unknown field "zone" in the calendar; a calendar has timeZone, week and holidays',
    );
  });

  test('the time zone: missing, not a string, unknown; a known one accepted', () => {
    expectRefusal(
      () => make({ week }),
      'INVALID_OPTION',
      { fn },
      "timeZone is missing; give an IANA time zone such as 'Europe/Copenhagen' (the machine's own zone is never assumed)",
    );
    expectRefusal(() => make({ timeZone: 1, week }), 'INVALID_OPTION', { fn }, 'timeZone is a number, not the name of a time zone');
    expectRefusal(() => make({ timeZone: null, week }), 'INVALID_OPTION', { fn }, 'timeZone is null, not the name of a time zone');
    expectRefusal(
      () => make({ timeZone: 'Mars/Olympus_Mons', week }),
      'INVALID_OPTION',
      { fn },
      "unknown time zone \"Mars/Olympus_Mons\"; give an IANA time zone the platform's Intl knows, such as 'Europe/Copenhagen'",
    );
    expect(make({ timeZone: 'America/New_York', week }).timeZone).toBe('America/New_York');
  });

  test('the week: missing, not an object, an unknown weekday, a day that is not a list', () => {
    expectRefusal(
      () => make({ timeZone: 'UTC' }),
      'INVALID_OPTION',
      { fn },
      "week is missing; give the working intervals of each day, e.g. { monday: [['09:00', '17:00']] }",
    );
    expectRefusal(
      () => make({ timeZone: 'UTC', week: [NINE_TO_FIVE] }),
      'INVALID_OPTION',
      { fn },
      "week must be an object of weekdays, e.g. { monday: [['09:00', '17:00']] }; got an array",
    );
    expectRefusal(
      () => make({ timeZone: 'UTC', week: null }),
      'INVALID_OPTION',
      { fn },
      "week must be an object of weekdays, e.g. { monday: [['09:00', '17:00']] }; got null",
    );
    expectRefusal(
      () => make({ timeZone: 'UTC', week: { Monday: NINE_TO_FIVE } }),
      'INVALID_OPTION',
      { fn },
      'unknown weekday "Monday" in week; days are monday, tuesday, wednesday, thursday, friday, saturday, sunday (lowercase)',
    );
    expectRefusal(
      () => make({ timeZone: 'UTC', week: { friday: '09:00-17:00' } }),
      'INVALID_OPTION',
      { fn },
      "week.friday must be an array of ['HH:MM', 'HH:MM'] intervals ([] for no hours); got \"09:00-17:00\"",
    );
    expectRefusal(
      () => make({ timeZone: 'UTC', week: { sunday: null } }),
      'INVALID_OPTION',
      { fn },
      "week.sunday must be an array of ['HH:MM', 'HH:MM'] intervals ([] for no hours); got null",
    );
    // an empty day and a day left out are both days off
    const calendar = make({ timeZone: 'UTC', week: { monday: [], tuesday: NINE_TO_FIVE } });
    expect(calendar.week.monday).toStrictEqual([]);
    expect(calendar.week.sunday).toStrictEqual([]);
  });

  test('an interval that is not a pair', () => {
    expectRefusal(() => monday(['09:00']), 'INVALID_OPTION', { fn }, "week.monday[0] must be a pair ['HH:MM', 'HH:MM']; got an array");
    expectRefusal(
      () => monday(['09:00', '12:00'], ['13:00', '15:00', '17:00']),
      'INVALID_OPTION',
      { fn },
      "week.monday[1] must be a pair ['HH:MM', 'HH:MM']; got an array",
    );
    expectRefusal(() => monday('09:00'), 'INVALID_OPTION', { fn }, "week.monday[0] must be a pair ['HH:MM', 'HH:MM']; got \"09:00\"");
    // a hole is refused, not skipped
    expectRefusal(
      () => make({ timeZone: 'UTC', week: { monday: withHole([['09:00', '17:00']], 0) } }),
      'INVALID_OPTION',
      { fn },
      "week.monday[0] must be a pair ['HH:MM', 'HH:MM']; got undefined",
    );
  });

  test('times that are not HH:MM', () => {
    expectRefusal(() => monday(['9:00', '17:00']), 'INVALID_OPTION', { fn }, "week.monday[0] starts at \"9:00\", not a wall-clock time 'HH:MM' (00:00 to 23:59)");
    expectRefusal(() => monday(['09:00', 1700]), 'INVALID_OPTION', { fn }, "week.monday[0] ends at 1700, not a wall-clock time 'HH:MM' (00:00 to 24:00)");
    expectRefusal(
      () => monday(['09:00:00', '17:00']),
      'INVALID_OPTION',
      { fn },
      "week.monday[0] starts at \"09:00:00\", not a wall-clock time 'HH:MM' (00:00 to 23:59)",
    );
  });

  test('times out of range on either side: 23:59 starts and 24:00 ends a day; 24:00 starts none', () => {
    expectRefusal(() => monday(['09:60', '17:00']), 'INVALID_OPTION', { fn }, "week.monday[0] starts at \"09:60\", outside 00:00 to 23:59");
    expectRefusal(
      () => monday(['24:00', '06:00']),
      'INVALID_OPTION',
      { fn },
      "week.monday[0] starts at \"24:00\", outside 00:00 to 23:59; '24:00' only ends a day",
    );
    expectRefusal(() => monday(['09:00', '24:01']), 'INVALID_OPTION', { fn }, "week.monday[0] ends at \"24:01\", outside 00:00 to 24:00");
    expectRefusal(() => monday(['09:00', '25:00']), 'INVALID_OPTION', { fn }, "week.monday[0] ends at \"25:00\", outside 00:00 to 24:00");
    expectRefusal(() => monday(['09:00', '17:60']), 'INVALID_OPTION', { fn }, "week.monday[0] ends at \"17:60\", outside 00:00 to 24:00");
    // 23:59 to 24:00 is one minute; 00:00 to 00:59 is 59
    const lastMinute = monday(['23:59', '24:00']);
    expect(businessDuration(lastMinute, '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z', { unit: 'minutes' })).toBe(1);
    const firstHour = monday(['00:00', '00:59']);
    expect(businessDuration(firstHour, '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z', { unit: 'minutes' })).toBe(59);
  });

  test('an empty interval; one minute long accepted', () => {
    expectRefusal(() => monday(['09:00', '09:00']), 'INVALID_OPTION', { fn }, "week.monday[0] ['09:00', '09:00'] is empty; a whole day is ['00:00', '24:00']");
    expectRefusal(
      () => make({ timeZone: 'UTC', week: { wednesday: [['08:00', '12:00'], ['00:00', '00:00']] } }),
      'INVALID_OPTION',
      { fn },
      "week.wednesday[1] ['00:00', '00:00'] is empty; a whole day is ['00:00', '24:00']",
    );
    expect(businessDuration(monday(['09:00', '09:01']), '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(60_000);
  });

  test('overlapping intervals on one day, across midnight and from Sunday into Monday; touching accepted', () => {
    const rule = 'intervals must not overlap (they may touch)';
    expectRefusal(
      () => monday(['11:00', '17:00'], ['09:00', '12:00']),
      'INVALID_OPTION',
      { fn },
      `week.monday[1] ['09:00', '12:00'] overlaps week.monday[0] ['11:00', '17:00']; ${rule}`,
    );
    expectRefusal(
      () => make({ timeZone: 'UTC', week: { monday: [['22:00', '06:00']], tuesday: [['05:00', '09:00']] } }),
      'INVALID_OPTION',
      { fn },
      `week.monday[0] ['22:00', '06:00'], which runs past midnight, overlaps week.tuesday[0] ['05:00', '09:00']; ${rule}`,
    );
    expectRefusal(
      () => make({ timeZone: 'UTC', week: { monday: [['05:00', '09:00']], sunday: [['22:00', '06:00']] } }),
      'INVALID_OPTION',
      { fn },
      `week.sunday[0] ['22:00', '06:00'], which runs past midnight, overlaps week.monday[0] ['05:00', '09:00']; ${rule}`,
    );
    // touching: 22:00–06:00 on Sunday and 06:00–09:00 on Monday are 11 hours, Sunday 22:00 to Monday 09:00
    const touching = make({ timeZone: 'UTC', week: { monday: [['06:00', '09:00']], sunday: [['22:00', '06:00']] } });
    expect(businessDuration(touching, '2026-11-01T00:00:00Z', '2026-11-03T00:00:00Z', { unit: 'hours' })).toBe(11);
    expect(monday(['09:00', '12:00'], ['12:00', '17:00']).week.monday).toStrictEqual([
      ['09:00', '12:00'],
      ['12:00', '17:00'],
    ]);
  });

  test('holidays: not a list, not strings, not real dates; a leap day accepted', () => {
    const spec = { timeZone: 'UTC', week };
    expectRefusal(
      () => make({ ...spec, holidays: '2026-12-25' }),
      'INVALID_OPTION',
      { fn },
      "holidays must be an array of local dates 'YYYY-MM-DD'; got \"2026-12-25\"",
    );
    expectRefusal(
      () => make({ ...spec, holidays: ['2026-12-25', 20261226] }),
      'INVALID_OPTION',
      { fn },
      "holidays[1] is a number, not a local date 'YYYY-MM-DD'",
    );
    expectRefusal(() => make({ ...spec, holidays: ['2026-02-29'] }), 'INVALID_OPTION', { fn }, "holidays[0] \"2026-02-29\" is not a date 'YYYY-MM-DD'");
    expectRefusal(() => make({ ...spec, holidays: ['2026-13-01'] }), 'INVALID_OPTION', { fn }, "holidays[0] \"2026-13-01\" is not a date 'YYYY-MM-DD'");
    expectRefusal(() => make({ ...spec, holidays: ['2026-00-10'] }), 'INVALID_OPTION', { fn }, "holidays[0] \"2026-00-10\" is not a date 'YYYY-MM-DD'");
    expectRefusal(() => make({ ...spec, holidays: ['2026-12-00'] }), 'INVALID_OPTION', { fn }, "holidays[0] \"2026-12-00\" is not a date 'YYYY-MM-DD'");
    expectRefusal(() => make({ ...spec, holidays: ['2026-12-1'] }), 'INVALID_OPTION', { fn }, "holidays[0] \"2026-12-1\" is not a date 'YYYY-MM-DD'");
    expect(make({ ...spec, holidays: ['2028-02-29', '2026-12-31', '2026-01-01'] }).holidays).toStrictEqual(['2026-01-01', '2026-12-31', '2028-02-29']);
  });

  test('the documented example', () => {
    const calendar = businessCalendar({
      timeZone: 'Europe/Copenhagen',
      week: { monday: [['09:00', '17:00']], tuesday: [['09:00', '12:00'], ['13:00', '17:00']] },
      holidays: ['2026-12-25', '2026-12-24'],
    });
    expect(calendar.week.tuesday).toStrictEqual([
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ]);
    expect(calendar.week.sunday).toStrictEqual([]);
    expect(calendar.holidays).toStrictEqual(['2026-12-24', '2026-12-25']);
    expect(businessCalendar.always().timeZone).toBe('UTC');
  });
});

describe('a calendar argument or option', () => {
  test('not made by businessCalendar: named by each function', () => {
    const text = (name: string, got: string): string => `${name} must be a calendar made by businessCalendar({ timeZone, week, holidays }); got ${got}`;
    expectRefusal(() => businessDuration(untyped({ timeZone: 'UTC', week: {} }), 0, 1), 'INVALID_OPTION', { fn: 'businessDuration' }, text('calendar', 'an object'));
    expectRefusal(() => addBusinessTime(untyped(undefined), 0, 1), 'INVALID_OPTION', { fn: 'addBusinessTime' }, text('calendar', 'undefined'));
    expectRefusal(() => isWithinBusinessHours(untyped(null), 0), 'INVALID_OPTION', { fn: 'isWithinBusinessHours' }, text('calendar', 'null'));
    expectRefusal(() => isWithinBusinessHours(untyped('UTC'), 0), 'INVALID_OPTION', { fn: 'isWithinBusinessHours' }, text('calendar', '"UTC"'));
    expectRefusal(
      () => queueSummary([{ queuedAt: 0 }], untyped({ answerWithin: 0, calendar: 5 })),
      'INVALID_OPTION',
      { fn: 'queueSummary' },
      text('option calendar', '5'),
    );
  });

  test('one made by another copy of the library is checked, its fields named after the argument', () => {
    const foreign = (spec: object): BusinessCalendar => untyped({ ...spec, [BRAND]: true });
    expectRefusal(
      () => businessDuration(foreign({ timeZone: 'UTC', week: {}, owner: 'ana' }), 0, 1),
      'INVALID_OPTION',
      { fn: 'businessDuration' },
      'unknown field "owner" in calendar; a calendar has timeZone, week and holidays',
    );
    expectRefusal(
      () => addBusinessTime(foreign({ week: {} }), 0, 1),
      'INVALID_OPTION',
      { fn: 'addBusinessTime' },
      "calendar timeZone is missing; give an IANA time zone such as 'Europe/Copenhagen' (the machine's own zone is never assumed)",
    );
    expectRefusal(
      () => isWithinBusinessHours(foreign({ timeZone: 'UTC', week: { monday: [['09:00', '9:30']] } }), 0),
      'INVALID_OPTION',
      { fn: 'isWithinBusinessHours' },
      "calendar week.monday[0] ends at \"9:30\", not a wall-clock time 'HH:MM' (00:00 to 24:00)",
    );
    expectRefusal(
      () => queueSummary([{ queuedAt: 0 }], untyped({ answerWithin: 0, calendar: foreign({ timeZone: 'UTC', week: {}, holidays: ['2026-02-30'] }) })),
      'INVALID_OPTION',
      { fn: 'queueSummary' },
      "option calendar holidays[0] \"2026-02-30\" is not a date 'YYYY-MM-DD'",
    );
    // a valid one is measured as its data says: Monday 2026-11-02, 09:00–17:00 UTC
    const valid = foreign({ timeZone: 'UTC', week: { monday: NINE_TO_FIVE }, holidays: [] });
    expect(businessDuration(valid, '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z', { unit: 'hours' })).toBe(8);
  });
});

describe('businessDuration messages', () => {
  const fn = 'businessDuration';
  const FRIDAY = '2026-03-27T16:00:00+01:00';
  const MONDAY = '2026-03-30T10:00:00+02:00';

  test('options: not an object, unknown, an unknown unit', () => {
    expectRefusal(() => businessDuration(copenhagen, FRIDAY, MONDAY, untyped(null)), 'INVALID_OPTION', { fn }, 'options must be an object, got null');
    expectRefusal(
      () => businessDuration(copenhagen, FRIDAY, MONDAY, untyped({ calendar: copenhagen })),
      'INVALID_OPTION',
      { fn },
      'unknown option "calendar"; known options: unit',
    );
    expectRefusal(
      () => businessDuration(copenhagen, FRIDAY, MONDAY, untyped({ unit: 'workdays' })),
      'INVALID_OPTION',
      { fn },
      "option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got \"workdays\"",
    );
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, {})).toBe(7_200_000);
  });

  test('a start or end missing or unreadable', () => {
    expectRefusal(() => businessDuration(copenhagen, untyped(undefined), MONDAY), 'INVALID_TYPE', { fn }, 'start is missing');
    expectRefusal(() => businessDuration(copenhagen, FRIDAY, untyped(null)), 'INVALID_TYPE', { fn }, 'end is missing');
    expectRefusal(
      () => businessDuration(copenhagen, '2026-03-27T16:00:00', MONDAY),
      'INVALID_DATE',
      { fn },
      'start "2026-03-27T16:00:00" has no offset from UTC, so the instant it names depends on a time zone; add Z for UTC or the offset, e.g. "2026-03-27T16:00:00Z" or "2026-03-27T16:00:00+01:00"',
    );
    expectRefusal(
      () => businessDuration(copenhagen, FRIDAY, '2026-03-30'),
      'INVALID_DATE',
      { fn },
      'end "2026-03-30" is a date without a time and offset, so the instant it names depends on a time zone; write the instant, e.g. "2026-03-30T00:00:00Z"',
    );
    expectRefusal(
      () => businessDuration(copenhagen, '2026-03-27T16:00:00+24:00', MONDAY),
      'INVALID_DATE',
      { fn },
      'start "2026-03-27T16:00:00+24:00" has an offset out of range (hours 00–23, minutes 00–59)',
    );
    expectRefusal(
      () => businessDuration(copenhagen, FRIDAY, '2026-02-30T10:00:00Z'),
      'INVALID_DATE',
      { fn },
      'end "2026-02-30T10:00:00Z" names no real date or time (a day past the end of its month, an hour past 23, a minute or second past 59)',
    );
    expectRefusal(
      () => businessDuration(copenhagen, 'Friday', MONDAY),
      'INVALID_DATE',
      { fn },
      'start "Friday" is not an ISO-8601 date-time; write e.g. "2026-11-03T10:00:00Z" or "2026-11-03T11:00:00+01:00"',
    );
    expectRefusal(
      () => businessDuration(copenhagen, 0, -8.64e15 - 1),
      'INVALID_DATE',
      { fn },
      'end -8640000000000001 is not a time: epoch milliseconds must be finite and within ±8.64e15',
    );
    expectRefusal(() => businessDuration(copenhagen, new Date(NaN), MONDAY), 'INVALID_DATE', { fn }, 'start is an invalid Date');
    expectRefusal(
      () => businessDuration(copenhagen, untyped({}), MONDAY),
      'INVALID_DATE',
      { fn },
      'start is an object; a timestamp is a Date, epoch milliseconds or an ISO-8601 string with Z or an offset',
    );
    // the limits of a Date are read: from 1970 to the last Date, 571,428,576 working hours (the example)
    expect(businessDuration(copenhagen, 0, 8.64e15, { unit: 'hours' })).toBe(571_428_576);
  });

  test('an end before the start; at the start it is 0', () => {
    expectRefusal(
      () => businessDuration(copenhagen, '2026-03-27T15:00:00.001Z', '2026-03-27T15:00:00Z'),
      'NEGATIVE_DURATION',
      { fn },
      'end (2026-03-27T15:00:00.000Z) is before start (2026-03-27T15:00:00.001Z)',
    );
    expect(businessDuration(copenhagen, '2026-03-27T15:00:00Z', '2026-03-27T15:00:00Z')).toBe(0);
  });

  test('the documented example', () => {
    expect(businessDuration(copenhagen, FRIDAY, MONDAY, { unit: 'hours' })).toBe(2);
    expect(businessDuration(copenhagen, FRIDAY, MONDAY)).toBe(7_200_000);
    expect(businessDuration(businessCalendar.always(), FRIDAY, MONDAY, { unit: 'hours' })).toBe(65);
  });
});

describe('addBusinessTime messages', () => {
  const fn = 'addBusinessTime';
  const FRIDAY = '2026-03-27T16:00:00+01:00';

  test('options, a start missing or unreadable', () => {
    expectRefusal(() => addBusinessTime(copenhagen, FRIDAY, 1, untyped(3)), 'INVALID_OPTION', { fn }, 'options must be an object, got 3');
    expectRefusal(() => addBusinessTime(copenhagen, FRIDAY, 1, untyped({ units: 'hours' })), 'INVALID_OPTION', { fn }, 'unknown option "units"; known options: unit');
    expectRefusal(
      () => addBusinessTime(copenhagen, FRIDAY, 1, untyped({ unit: 'week' })),
      'INVALID_OPTION',
      { fn },
      "option unit must be 'milliseconds', 'seconds', 'minutes', 'hours', 'days'; got \"week\"",
    );
    expectRefusal(() => addBusinessTime(copenhagen, untyped(undefined), 1), 'INVALID_TYPE', { fn }, 'start is missing');
    expectRefusal(
      () => addBusinessTime(copenhagen, Infinity, 1),
      'INVALID_DATE',
      { fn },
      'start Infinity is not a time: epoch milliseconds must be finite and within ±8.64e15',
    );
  });

  test('the amount: a number, finite, not negative; 0 and -0 give the start', () => {
    expectRefusal(() => addBusinessTime(copenhagen, FRIDAY, untyped('4')), 'INVALID_TYPE', { fn }, 'amount is a string, not a number');
    expectRefusal(() => addBusinessTime(copenhagen, FRIDAY, untyped(undefined)), 'INVALID_TYPE', { fn }, 'amount is undefined, not a number');
    expectRefusal(() => addBusinessTime(copenhagen, FRIDAY, NaN), 'NOT_FINITE', { fn }, 'amount NaN is not a finite number');
    expectRefusal(() => addBusinessTime(copenhagen, FRIDAY, -Infinity), 'NOT_FINITE', { fn }, 'amount -Infinity is not a finite number');
    expectRefusal(
      () => addBusinessTime(copenhagen, FRIDAY, -1),
      'OUT_OF_RANGE',
      { fn },
      'amount -1 is negative; working time is added forwards from the start',
    );
    expectRefusal(
      () => addBusinessTime(copenhagen, FRIDAY, -1e-9, { unit: 'hours' }),
      'OUT_OF_RANGE',
      { fn },
      'amount -1e-9 is negative; working time is added forwards from the start',
    );
    expect(addBusinessTime(copenhagen, FRIDAY, 0).toISOString()).toBe('2026-03-27T15:00:00.000Z');
    expect(addBusinessTime(copenhagen, FRIDAY, -0).toISOString()).toBe('2026-03-27T15:00:00.000Z');
  });

  test('a calendar with no working time', () => {
    const never = businessCalendar({ timeZone: 'UTC', week: {} });
    const text = 'the calendar has no working time in any day of its week, so no working time could ever pass; give it working hours';
    expectRefusal(() => addBusinessTime(never, 0, 1), 'INVALID_OPTION', { fn }, text);
    expectRefusal(() => addBusinessTime(never, 0, 0), 'INVALID_OPTION', { fn }, text);
    // one minute of working time a week is enough: Monday 2026-11-02 23:59 UTC
    const oneMinute = businessCalendar({ timeZone: 'UTC', week: { monday: [['23:59', '24:00']] } });
    expect(addBusinessTime(oneMinute, '2026-10-31T00:00:00Z', 1, { unit: 'minutes' }).toISOString()).toBe('2026-11-03T00:00:00.000Z');
  });

  test('a result past the last Date is refused; at it accepted', () => {
    const always = businessCalendar.always();
    const start = 8.64e15 - 1000;
    expectRefusal(
      () => addBusinessTime(always, start, 1001),
      'OUT_OF_RANGE',
      { fn },
      '1001 milliseconds of working time from the start end after the last Date (+275760-09-13)',
    );
    expectRefusal(
      () => addBusinessTime(always, start, 1.5, { unit: 'seconds' }),
      'OUT_OF_RANGE',
      { fn },
      '1.5 seconds of working time from the start end after the last Date (+275760-09-13)',
    );
    expect(addBusinessTime(always, start, 1000).getTime()).toBe(8.64e15);
    expect(addBusinessTime(always, start, 1, { unit: 'seconds' }).getTime()).toBe(8.64e15);
    // Copenhagen's weekdays: an hour that ends past the last Date (a Saturday) is refused
    expectRefusal(
      () => addBusinessTime(copenhagen, start, 1, { unit: 'hours' }),
      'OUT_OF_RANGE',
      { fn },
      '1 hours of working time from the start end after the last Date (+275760-09-13)',
    );
  });

  test('the documented example', () => {
    expect(addBusinessTime(copenhagen, FRIDAY, 4, { unit: 'hours' }).toISOString()).toBe('2026-03-30T10:00:00.000Z');
    expect(addBusinessTime(copenhagen, FRIDAY, 60, { unit: 'minutes' }).toISOString()).toBe('2026-03-27T16:00:00.000Z');
    expect(addBusinessTime(copenhagen, FRIDAY, 3_600_000).toISOString()).toBe('2026-03-27T16:00:00.000Z');
  });
});

describe('isWithinBusinessHours messages', () => {
  const fn = 'isWithinBusinessHours';
  const newYork = businessCalendar({ timeZone: 'America/New_York', week: { saturday: [['10:00', '16:00']] }, holidays: ['2026-12-26'] });

  test('any option is refused; none or an empty object accepted', () => {
    expectRefusal(
      () => isWithinBusinessHours(newYork, '2026-10-31T10:00:00-04:00', untyped({ unit: 'hours' })),
      'INVALID_OPTION',
      { fn },
      'unknown option "unit"; known options: none',
    );
    expectRefusal(
      () => isWithinBusinessHours(newYork, '2026-10-31T10:00:00-04:00', untyped([])),
      'INVALID_OPTION',
      { fn },
      'options must be an object, got an array',
    );
    expect(isWithinBusinessHours(newYork, '2026-10-31T10:00:00-04:00', {})).toBe(true);
  });

  test('an instant missing or unreadable', () => {
    expectRefusal(() => isWithinBusinessHours(newYork, untyped(undefined)), 'INVALID_TYPE', { fn }, 'instant is missing');
    expectRefusal(
      () => isWithinBusinessHours(newYork, '2026-10-31 10:00'),
      'INVALID_DATE',
      { fn },
      'instant "2026-10-31 10:00" has no offset from UTC, so the instant it names depends on a time zone; add Z for UTC or the offset, e.g. "2026-10-31 10:00Z" or "2026-10-31 10:00+01:00"',
    );
  });

  test('the edges of a working interval: the start is within, the end and a holiday are not', () => {
    expect(isWithinBusinessHours(newYork, '2026-10-31T10:00:00-04:00')).toBe(true);
    expect(isWithinBusinessHours(newYork, '2026-10-31T09:59:59.999-04:00')).toBe(false);
    expect(isWithinBusinessHours(newYork, '2026-10-31T15:59:59.999-04:00')).toBe(true);
    expect(isWithinBusinessHours(newYork, '2026-10-31T16:00:00-04:00')).toBe(false);
    expect(isWithinBusinessHours(newYork, '2026-12-26T12:00:00-05:00')).toBe(false);
  });
});
