import { describe, expect, test } from 'vitest';
import { businessCalendar, businessDuration } from '../../src/index.js';
import { errorOf, everyDay, HOUR, MINUTE, officeHours, weekdays } from './helpers.js';

const copenhagen = businessCalendar(officeHours('Europe/Copenhagen', ['2026-12-24', '2026-12-25']));

describe('the worked cases of the issue', () => {
  test('Copenhagen, Friday 2026-03-27 16:00 to Monday 2026-03-30 10:00, across the change to summer time: 2 working hours of 65 elapsed', () => {
    const start = '2026-03-27T16:00:00+01:00';
    const end = '2026-03-30T10:00:00+02:00';
    // Friday 16:00–17:00 and Monday 09:00–10:00; Saturday and Sunday have no hours
    expect(businessDuration(copenhagen, start, end)).toBe(2 * HOUR);
    // Friday 15:00Z to Monday 08:00Z: 2 days and 17 hours
    expect(businessDuration(businessCalendar.always(), start, end)).toBe(65 * HOUR);
  });

  test('holidays 2026-12-24 and 2026-12-25: Wednesday 2026-12-23 16:00 to Monday 2026-12-28 10:00 is 2 working hours', () => {
    // Wednesday 16:00–17:00, Thursday and Friday off, the weekend, Monday 09:00–10:00
    expect(businessDuration(copenhagen, '2026-12-23T16:00:00+01:00', '2026-12-28T10:00:00+01:00')).toBe(2 * HOUR);
  });

  test('New York, 24/7, 2026-10-31 12:00 −04:00 to 2026-11-01 12:00 −05:00 (the clocks went back): 25 hours', () => {
    const newYork = businessCalendar({ timeZone: 'America/New_York', week: everyDay(['00:00', '24:00']) });
    expect(businessDuration(newYork, '2026-10-31T12:00:00-04:00', '2026-11-01T12:00:00-05:00')).toBe(25 * HOUR);
  });

  test('a night shift 22:00–06:00 Monday to Friday: Monday 21:00 to Tuesday 07:00 is 8 working hours', () => {
    const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays(['22:00', '06:00']) });
    // Monday 2026-11-02 22:00 to Tuesday 06:00
    expect(businessDuration(nights, '2026-11-02T21:00:00+01:00', '2026-11-03T07:00:00+01:00')).toBe(8 * HOUR);
  });
});

describe('starts and ends outside working hours', () => {
  const lunch = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays(['09:00', '12:00'], ['13:00', '17:00']) });

  test('a span from before opening to after closing counts the whole working day', () => {
    expect(businessDuration(copenhagen, '2026-11-03T06:00:00+01:00', '2026-11-03T20:00:00+01:00')).toBe(8 * HOUR);
  });

  test('a span wholly outside working hours is 0', () => {
    expect(businessDuration(copenhagen, '2026-11-03T17:00:00+01:00', '2026-11-04T09:00:00+01:00')).toBe(0);
  });

  test('a start inside a break counts from the end of the break', () => {
    // 13:00–15:00
    expect(businessDuration(lunch, '2026-11-03T12:30:00+01:00', '2026-11-03T15:00:00+01:00')).toBe(2 * HOUR);
  });

  test('an end inside a break counts to the start of the break', () => {
    // 10:00–12:00
    expect(businessDuration(lunch, '2026-11-03T10:00:00+01:00', '2026-11-03T12:45:00+01:00')).toBe(2 * HOUR);
  });

  test('a span across a break leaves the break out', () => {
    // 11:30–12:00 and 13:00–13:30
    expect(businessDuration(lunch, '2026-11-03T11:30:00+01:00', '2026-11-03T13:30:00+01:00')).toBe(HOUR);
  });

  test('a start on a Saturday counts from Monday opening', () => {
    // Monday 2026-11-09 09:00–11:00
    expect(businessDuration(copenhagen, '2026-11-07T10:00:00+01:00', '2026-11-09T11:00:00+01:00')).toBe(2 * HOUR);
  });

  test('an end on a Sunday counts to Friday closing', () => {
    // Friday 2026-11-06 15:00–17:00
    expect(businessDuration(copenhagen, '2026-11-06T15:00:00+01:00', '2026-11-08T12:00:00+01:00')).toBe(2 * HOUR);
  });

  test('a span within a weekend is 0', () => {
    expect(businessDuration(copenhagen, '2026-11-07T09:00:00+01:00', '2026-11-08T17:00:00+01:00')).toBe(0);
  });

  test('a span within a holiday is 0', () => {
    expect(businessDuration(copenhagen, '2026-12-24T08:00:00+01:00', '2026-12-24T18:00:00+01:00')).toBe(0);
  });

  test('a start on a holiday counts from the next working day', () => {
    // Monday 2026-12-28 09:00–09:30 (the 25th is a holiday, then the weekend)
    expect(businessDuration(copenhagen, '2026-12-25T10:00:00+01:00', '2026-12-28T09:30:00+01:00')).toBe(30 * MINUTE);
  });

  test('an end on a holiday counts to the last working day before it', () => {
    // Wednesday 2026-12-23 16:30–17:00
    expect(businessDuration(copenhagen, '2026-12-23T16:30:00+01:00', '2026-12-24T12:00:00+01:00')).toBe(30 * MINUTE);
  });

  test('a week with holidays: Monday 2026-12-21 to Monday 2026-12-28 is 3 working days', () => {
    expect(businessDuration(copenhagen, '2026-12-21T00:00:00+01:00', '2026-12-28T00:00:00+01:00')).toBe(24 * HOUR);
  });

  test('a start equal to the end is 0, inside working hours too', () => {
    expect(businessDuration(copenhagen, '2026-11-03T10:00:00+01:00', '2026-11-03T10:00:00+01:00')).toBe(0);
  });

  test('the start counts and the end does not: [09:00, 09:00 + 1 ms) is 1 ms, [16:59:59.999, 17:00) is 1 ms', () => {
    const nine = Date.parse('2026-11-03T09:00:00+01:00');
    const five = Date.parse('2026-11-03T17:00:00+01:00');
    expect(businessDuration(copenhagen, nine, nine + 1)).toBe(1);
    expect(businessDuration(copenhagen, nine - 1, nine)).toBe(0);
    expect(businessDuration(copenhagen, five - 1, five)).toBe(1);
    expect(businessDuration(copenhagen, five, five + 1)).toBe(0);
  });

  test('timestamps may be Dates, epoch milliseconds or ISO strings with any offset', () => {
    const start = new Date('2026-11-03T08:00:00Z'); // 09:00 in Copenhagen
    expect(businessDuration(copenhagen, start, Date.UTC(2026, 10, 3, 10))).toBe(2 * HOUR);
    // 08:00Z to 12:00Z: 09:00 to 13:00 in Copenhagen
    expect(businessDuration(copenhagen, '2026-11-03T03:00:00-05:00', '2026-11-03 12:00:00+00')).toBe(4 * HOUR);
  });

  test('a month of office hours: November 2026 has 21 working days', () => {
    expect(businessDuration(copenhagen, '2026-11-01T00:00:00+01:00', '2026-12-01T00:00:00+01:00')).toBe(21 * 8 * HOUR);
  });
});

describe('local days, not UTC days', () => {
  test("Kolkata (+05:30): Monday runs from Sunday 18:30Z to Monday 18:30Z", () => {
    const kolkata = businessCalendar({ timeZone: 'Asia/Kolkata', week: { monday: [['00:00', '24:00']] } });
    expect(businessDuration(kolkata, '2026-03-29T18:00:00Z', '2026-03-30T19:00:00Z')).toBe(24 * HOUR);
    expect(businessDuration(kolkata, '2026-03-29T00:00:00Z', '2026-03-29T18:30:00Z')).toBe(0);
    expect(businessDuration(kolkata, '2026-03-30T18:30:00Z', '2026-03-31T00:00:00Z')).toBe(0);
  });

  test('Kolkata office hours: Friday 16:00 to Monday 10:00 is 2 hours, with no change of offset', () => {
    const kolkata = businessCalendar(officeHours('Asia/Kolkata'));
    expect(businessDuration(kolkata, '2026-03-27T16:00:00+05:30', '2026-03-30T10:00:00+05:30')).toBe(2 * HOUR);
  });

  test('Tokyo (+09:00, no daylight saving): 09:00–17:00 is 00:00Z–08:00Z all year', () => {
    const tokyo = businessCalendar(officeHours('Asia/Tokyo'));
    expect(businessDuration(tokyo, '2026-01-05T00:00:00Z', '2026-01-05T08:00:00Z')).toBe(8 * HOUR);
    expect(businessDuration(tokyo, '2026-07-06T00:00:00Z', '2026-07-06T08:00:00Z')).toBe(8 * HOUR);
    // a week in March (when Europe and America change their clocks) is 5 × 8 hours
    expect(businessDuration(tokyo, '2026-03-23T00:00:00+09:00', '2026-03-30T00:00:00+09:00')).toBe(40 * HOUR);
  });
});

describe('daylight saving in Europe: Copenhagen, 2026-03-29 02:00 → 03:00 and 2026-10-25 03:00 → 02:00', () => {
  const sunday = (...intervals: [string, string][]) => businessCalendar({ timeZone: 'Europe/Copenhagen', week: { sunday: intervals } });
  const saturday = (...intervals: [string, string][]) => businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: intervals } });
  const spring = ['2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z'] as const;
  const autumn = ['2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z'] as const;

  test('a whole day is 23 hours on the spring-forward day and 25 on the fall-back day', () => {
    expect(businessDuration(sunday(['00:00', '24:00']), ...spring)).toBe(23 * HOUR);
    expect(businessDuration(sunday(['00:00', '24:00']), ...autumn)).toBe(25 * HOUR);
  });

  test('the same wall-clock day in UTC terms: Sunday runs from 23:00Z Saturday to 22:00Z Sunday in spring', () => {
    const c = sunday(['00:00', '24:00']);
    expect(businessDuration(c, '2026-03-28T22:59:59Z', '2026-03-28T23:00:00Z')).toBe(0);
    expect(businessDuration(c, '2026-03-29T21:59:59Z', '2026-03-29T22:00:00Z')).toBe(1000);
    expect(businessDuration(c, '2026-03-29T22:00:00Z', '2026-03-29T22:00:01Z')).toBe(0);
  });

  test('office hours on the Monday after each change are 8 hours: the change happens at night', () => {
    const c = businessCalendar(officeHours('Europe/Copenhagen'));
    expect(businessDuration(c, '2026-03-30T00:00:00Z', '2026-03-31T00:00:00Z')).toBe(8 * HOUR);
    expect(businessDuration(c, '2026-10-26T00:00:00Z', '2026-10-27T00:00:00Z')).toBe(8 * HOUR);
  });

  test('a night shift across midnight into the spring-forward night is an hour shorter: Saturday 22:00–06:00 is 7 hours', () => {
    expect(businessDuration(saturday(['22:00', '06:00']), ...spring)).toBe(7 * HOUR);
  });

  test('a night shift across midnight into the fall-back night is an hour longer: Saturday 22:00–06:00 is 9 hours', () => {
    expect(businessDuration(saturday(['22:00', '06:00']), ...autumn)).toBe(9 * HOUR);
  });

  test('00:00–04:00 on the fall-back day holds the repeated hour: 5 hours', () => {
    expect(businessDuration(sunday(['00:00', '04:00']), ...autumn)).toBe(5 * HOUR);
  });

  test('an interval that starts in the skipped hour starts when the clocks jump: 02:30–05:00 is 03:00–05:00, 2 hours', () => {
    expect(businessDuration(sunday(['02:30', '05:00']), ...spring)).toBe(2 * HOUR);
  });

  test('an interval that ends in the skipped hour ends when the clocks jump: 01:00–02:30 is 1 hour', () => {
    expect(businessDuration(sunday(['01:00', '02:30']), ...spring)).toBe(HOUR);
  });

  test('an interval within the skipped hour is empty that day: 02:10–02:50 is 0', () => {
    expect(businessDuration(sunday(['02:10', '02:50']), ...spring)).toBe(0);
  });

  test('an interval within the repeated hour is worked once, the first time: 02:10–02:50 is 40 minutes', () => {
    expect(businessDuration(sunday(['02:10', '02:50']), ...autumn)).toBe(40 * MINUTE);
  });

  test('an interval that starts in the repeated hour starts the first time: 02:30–05:00 is 3.5 hours', () => {
    // 02:30 +02:00 (00:30Z) to 05:00 +01:00 (04:00Z)
    expect(businessDuration(sunday(['02:30', '05:00']), ...autumn)).toBe(3.5 * HOUR);
  });

  test('an interval that ends in the repeated hour ends the first time: Saturday 22:00–02:30 is 4.5 hours', () => {
    // 22:00 +02:00 (20:00Z) to 02:30 +02:00 (00:30Z)
    expect(businessDuration(saturday(['22:00', '02:30']), ...autumn)).toBe(4.5 * HOUR);
  });

  test('an interval that ends at 03:00 on the fall-back night runs through the repeated hour: Saturday 22:00–03:00 is 6 hours', () => {
    // the wall clock first shows 03:00 after the repeated hour: 03:00 +01:00 (02:00Z)
    expect(businessDuration(saturday(['22:00', '03:00']), ...autumn)).toBe(6 * HOUR);
  });

  test('an interval that starts at 03:00 on the fall-back night starts after the repeated hour: 03:00–05:00 is 2 hours', () => {
    expect(businessDuration(sunday(['03:00', '05:00']), ...autumn)).toBe(2 * HOUR);
  });

  test('within the repeated hour, only the time while an interval runs counts', () => {
    const c = saturday(['22:00', '02:30']);
    // 00:00Z–00:30Z is 02:00–02:30 +02:00 (working); 01:00Z–01:30Z is 02:00–02:30 +01:00, after the shift ended
    expect(businessDuration(c, '2026-10-25T00:00:00Z', '2026-10-25T01:30:00Z')).toBe(30 * MINUTE);
  });

  test('24/7 across both changes is the elapsed time', () => {
    const c = businessCalendar({ timeZone: 'Europe/Copenhagen', week: everyDay(['00:00', '24:00']) });
    expect(businessDuration(c, '2026-03-01T00:00:00Z', '2026-11-01T00:00:00Z')).toBe(Date.UTC(2026, 10, 1) - Date.UTC(2026, 2, 1));
  });
});

describe('daylight saving in North America: New York, 2026-03-08 02:00 → 03:00 and 2026-11-01 02:00 → 01:00', () => {
  const weekends = businessCalendar({ timeZone: 'America/New_York', week: { saturday: [['09:00', '17:00']], sunday: [['09:00', '17:00']] } });

  test('Saturday 12:00 −04:00 to Sunday 12:00 −05:00 over the fall-back night is 5 + 3 = 8 working hours', () => {
    expect(businessDuration(weekends, '2026-10-31T12:00:00-04:00', '2026-11-01T12:00:00-05:00')).toBe(8 * HOUR);
  });

  test('office hours on Sunday are 8 hours on both change days', () => {
    expect(businessDuration(weekends, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBe(8 * HOUR);
    expect(businessDuration(weekends, '2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00')).toBe(8 * HOUR);
  });

  test('a Saturday night shift 20:00–04:00 is 7 hours in March and 9 in November', () => {
    const nights = businessCalendar({ timeZone: 'America/New_York', week: { saturday: [['20:00', '04:00']] } });
    expect(businessDuration(nights, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toBe(7 * HOUR);
    expect(businessDuration(nights, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(9 * HOUR);
  });

  test('the Sunday of each change is 23 and 25 hours long', () => {
    const sundays = businessCalendar({ timeZone: 'America/New_York', week: { sunday: [['00:00', '24:00']] } });
    expect(businessDuration(sundays, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toBe(23 * HOUR);
    expect(businessDuration(sundays, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(25 * HOUR);
  });
});

describe('zones with a 30-minute offset', () => {
  test('Adelaide (+10:30 → +09:30 on 2026-04-05 at 03:00, +09:30 → +10:30 on 2026-10-04 at 02:00): Sundays of 25 and 23 hours', () => {
    const sundays = businessCalendar({ timeZone: 'Australia/Adelaide', week: { sunday: [['00:00', '24:00']] } });
    expect(businessDuration(sundays, '2026-04-03T00:00:00Z', '2026-04-07T00:00:00Z')).toBe(25 * HOUR);
    expect(businessDuration(sundays, '2026-10-02T00:00:00Z', '2026-10-06T00:00:00Z')).toBe(23 * HOUR);
  });

  test('Adelaide office hours: Friday 2026-04-03 16:00 +10:30 to Monday 10:00 +09:30 is 2 hours of 67 elapsed', () => {
    const adelaide = businessCalendar(officeHours('Australia/Adelaide'));
    const start = '2026-04-03T16:00:00+10:30';
    const end = '2026-04-06T10:00:00+09:30';
    expect(businessDuration(adelaide, start, end)).toBe(2 * HOUR);
    // Friday 05:30Z to Monday 00:30Z
    expect(businessDuration(businessCalendar.always(), start, end)).toBe(67 * HOUR);
  });

  test('Adelaide: a Saturday night shift 22:00–06:00 is 9 hours in April and 7 in October', () => {
    const nights = businessCalendar({ timeZone: 'Australia/Adelaide', week: { saturday: [['22:00', '06:00']] } });
    expect(businessDuration(nights, '2026-04-03T00:00:00Z', '2026-04-07T00:00:00Z')).toBe(9 * HOUR);
    expect(businessDuration(nights, '2026-10-02T00:00:00Z', '2026-10-06T00:00:00Z')).toBe(7 * HOUR);
  });

  test('Lord Howe moves its clocks by 30 minutes: Sundays of 24.5 and 23.5 hours', () => {
    // 2026-04-05 02:00 → 01:30 (+11:00 → +10:30); 2026-10-04 02:00 → 02:30
    const sundays = businessCalendar({ timeZone: 'Australia/Lord_Howe', week: { sunday: [['00:00', '24:00']] } });
    expect(businessDuration(sundays, '2026-04-03T00:00:00Z', '2026-04-07T00:00:00Z')).toBe(24.5 * HOUR);
    expect(businessDuration(sundays, '2026-10-02T00:00:00Z', '2026-10-06T00:00:00Z')).toBe(23.5 * HOUR);
  });

  test('Kolkata (+05:30) has no daylight saving: every Sunday is 24 hours', () => {
    const sundays = businessCalendar({ timeZone: 'Asia/Kolkata', week: { sunday: [['00:00', '24:00']] } });
    // the four Sundays of March 2026
    expect(businessDuration(sundays, '2026-03-01T00:00:00+05:30', '2026-03-29T00:00:00+05:30')).toBe(4 * 24 * HOUR);
  });
});

describe('intervals crossing midnight on a day the clocks change at midnight: Santiago', () => {
  // 2026-04-05 00:00 −03:00 → Saturday 23:00 −04:00 (03:00Z); 2026-09-06 00:00 −04:00 → 01:00 −03:00 (04:00Z)
  const nights = businessCalendar({ timeZone: 'America/Santiago', week: { saturday: [['22:00', '02:00']] } });

  test('Saturday 22:00–02:00 runs through a repeated 23:00–24:00 in April: 5 hours', () => {
    // 22:00 −03:00 (01:00Z) to 02:00 −04:00 (06:00Z)
    expect(businessDuration(nights, '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toBe(5 * HOUR);
  });

  test('Saturday 22:00–02:00 loses the skipped hour after midnight in September: 3 hours', () => {
    // 22:00 −04:00 (02:00Z) to 02:00 −03:00 (05:00Z)
    expect(businessDuration(nights, '2026-09-05T00:00:00Z', '2026-09-07T00:00:00Z')).toBe(3 * HOUR);
  });

  test('a Sunday that begins at 01:00 (midnight skipped) starts when the clocks jump: 23 hours', () => {
    const sundays = businessCalendar({ timeZone: 'America/Santiago', week: { sunday: [['00:00', '24:00']] } });
    // 04:00Z on the 6th to 03:00Z on the 7th
    expect(businessDuration(sundays, '2026-09-05T00:00:00Z', '2026-09-08T00:00:00Z')).toBe(23 * HOUR);
  });

  test('a Saturday that ends with a repeated hour is 25 hours: it ends when the wall clock first shows Sunday', () => {
    const saturdays = businessCalendar({ timeZone: 'America/Santiago', week: { saturday: [['00:00', '24:00']] } });
    // 03:00Z on the 4th to 04:00Z on the 5th
    expect(businessDuration(saturdays, '2026-04-03T00:00:00Z', '2026-04-07T00:00:00Z')).toBe(25 * HOUR);
  });
});

describe('holidays and night shifts', () => {
  const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays(['22:00', '06:00']), holidays: ['2026-12-24'] });

  test("a holiday removes the night shift that starts on it, and keeps the one that started the day before", () => {
    // Wednesday 23rd 22:00 → Thursday 06:00 is worked; Thursday 24th 22:00 → Friday 06:00 is not;
    // Friday 25th 22:00 → Saturday 06:00 is worked
    expect(businessDuration(nights, '2026-12-23T12:00:00+01:00', '2026-12-26T12:00:00+01:00')).toBe(16 * HOUR);
  });

  test('the morning of a holiday is still worked by the shift that started the evening before', () => {
    expect(businessDuration(nights, '2026-12-24T00:00:00+01:00', '2026-12-24T12:00:00+01:00')).toBe(6 * HOUR);
  });

  test('the morning after a holiday is not worked when the holiday shift was cancelled', () => {
    expect(businessDuration(nights, '2026-12-25T00:00:00+01:00', '2026-12-25T12:00:00+01:00')).toBe(0);
  });

  test('holidays of several years are all honoured: Christmas Eve 2025 and 2026 off', () => {
    const c = businessCalendar(officeHours('Europe/Copenhagen', ['2025-12-24', '2026-12-24']));
    // Wednesday 2025-12-24 and Thursday 2026-12-24 are off; each of those weeks has 4 days
    expect(businessDuration(c, '2025-12-22T00:00:00+01:00', '2025-12-27T00:00:00+01:00')).toBe(32 * HOUR);
    expect(businessDuration(c, '2026-12-21T00:00:00+01:00', '2026-12-26T00:00:00+01:00')).toBe(32 * HOUR);
  });

  test('a holiday on a day without hours changes nothing', () => {
    const c = businessCalendar(officeHours('Europe/Copenhagen', ['2026-12-26']));
    expect(businessDuration(c, '2026-12-21T00:00:00+01:00', '2026-12-28T00:00:00+01:00')).toBe(40 * HOUR);
  });
});

describe('long spans', () => {
  test('a year of office hours in Copenhagen: 2026 has 261 weekdays', () => {
    const c = businessCalendar(officeHours('Europe/Copenhagen'));
    expect(businessDuration(c, '2026-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00')).toBe(261 * 8 * HOUR);
  });

  test('a whole 24/7 year in a zone with daylight saving is 365 days', () => {
    const c = businessCalendar({ timeZone: 'America/New_York', week: everyDay(['00:00', '24:00']) });
    expect(businessDuration(c, '2026-01-01T00:00:00-05:00', '2027-01-01T00:00:00-05:00')).toBe(365 * 24 * HOUR);
  });

  test('spans far in the past and the future are measured (years 1900 and 2100)', () => {
    const c = businessCalendar(officeHours('Europe/Copenhagen'));
    // Monday 1900-01-01 and Monday 2100-01-04 are each one working day of 8 hours
    expect(businessDuration(c, '1900-01-01T00:00:00+01:00', '1900-01-02T00:00:00+01:00')).toBe(8 * HOUR);
    expect(businessDuration(c, '2100-01-04T00:00:00+01:00', '2100-01-05T00:00:00+01:00')).toBe(8 * HOUR);
  });
});

describe('businessDuration: bad input', () => {
  test('an end before the start is NEGATIVE_DURATION, naming both', () => {
    const e = errorOf(() => businessDuration(copenhagen, '2026-11-03T10:00:00Z', '2026-11-03T09:00:00Z'));
    expect(e.code).toBe('NEGATIVE_DURATION');
    expect(e.message).toBe('businessDuration: end (2026-11-03T09:00:00.000Z) is before start (2026-11-03T10:00:00.000Z)');
  });

  test('a timestamp without an offset is INVALID_DATE: a calendar has a zone, but the input must say its own', () => {
    const e = errorOf(() => businessDuration(copenhagen, '2026-11-03T10:00:00', '2026-11-03T11:00:00Z'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toMatch(/^businessDuration: start "2026-11-03T10:00:00" has no offset from UTC/);
  });

  test('a missing end is INVALID_TYPE', () => {
    const e = errorOf(() => businessDuration(copenhagen, 0, undefined as never));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.message).toBe('businessDuration: end is missing');
  });

  test('an invalid Date is INVALID_DATE', () => {
    expect(errorOf(() => businessDuration(copenhagen, new Date(NaN), 0)).code).toBe('INVALID_DATE');
  });

  test('the calendar is checked before the timestamps', () => {
    expect(errorOf(() => businessDuration({} as never, 'nonsense', 0)).code).toBe('INVALID_OPTION');
  });
});
