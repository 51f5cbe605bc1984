import { describe, expect, test } from 'vitest';
import { businessCalendar, isWithinBusinessHours } from '../../src/index.js';
import { errorOf, officeHours, weekdays } from './helpers.js';

const copenhagen = businessCalendar(officeHours('Europe/Copenhagen', ['2026-12-24']));

describe('isWithinBusinessHours', () => {
  test('the opening instant is within, the closing instant is not', () => {
    expect(isWithinBusinessHours(copenhagen, '2026-11-03T09:00:00+01:00')).toBe(true);
    expect(isWithinBusinessHours(copenhagen, '2026-11-03T16:59:59.999+01:00')).toBe(true);
    expect(isWithinBusinessHours(copenhagen, '2026-11-03T17:00:00+01:00')).toBe(false);
    expect(isWithinBusinessHours(copenhagen, '2026-11-03T08:59:59.999+01:00')).toBe(false);
  });

  test('the wall clock of the zone decides, whatever offset the instant is written with', () => {
    // 08:30Z is 09:30 in Copenhagen in November, and 10:30 in June
    expect(isWithinBusinessHours(copenhagen, '2026-11-03T08:30:00Z')).toBe(true);
    expect(isWithinBusinessHours(copenhagen, '2026-11-03T03:30:00-05:00')).toBe(true);
    // 07:30Z is 08:30 in November (closed) and 09:30 in June (open)
    expect(isWithinBusinessHours(copenhagen, '2026-11-03T07:30:00Z')).toBe(false);
    expect(isWithinBusinessHours(copenhagen, '2026-06-02T07:30:00Z')).toBe(true);
  });

  test('weekends and holidays are outside', () => {
    expect(isWithinBusinessHours(copenhagen, '2026-11-07T12:00:00+01:00')).toBe(false);
    expect(isWithinBusinessHours(copenhagen, '2026-12-24T12:00:00+01:00')).toBe(false);
    expect(isWithinBusinessHours(copenhagen, '2026-12-23T12:00:00+01:00')).toBe(true);
  });

  test('a break is outside', () => {
    const lunch = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays(['09:00', '12:00'], ['13:00', '17:00']) });
    expect(isWithinBusinessHours(lunch, '2026-11-03T12:30:00+01:00')).toBe(false);
    expect(isWithinBusinessHours(lunch, '2026-11-03T13:00:00+01:00')).toBe(true);
  });

  test("a night shift counts after midnight, on the next day's date", () => {
    const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { monday: [['22:00', '06:00']] } });
    expect(isWithinBusinessHours(nights, '2026-11-03T05:00:00+01:00')).toBe(true);
    expect(isWithinBusinessHours(nights, '2026-11-03T06:00:00+01:00')).toBe(false);
    expect(isWithinBusinessHours(nights, '2026-11-02T05:00:00+01:00')).toBe(false);
  });

  test('a night shift that starts on a holiday is off after midnight too; one that started the evening before is on', () => {
    const nights = businessCalendar({ timeZone: 'Europe/Copenhagen', week: weekdays(['22:00', '06:00']), holidays: ['2026-12-24'] });
    expect(isWithinBusinessHours(nights, '2026-12-24T05:00:00+01:00')).toBe(true);
    expect(isWithinBusinessHours(nights, '2026-12-24T23:00:00+01:00')).toBe(false);
    expect(isWithinBusinessHours(nights, '2026-12-25T05:00:00+01:00')).toBe(false);
  });

  test('in the repeated hour, an instant counts as the interval that was running when the clocks went back', () => {
    const untilThree = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: [['22:00', '03:00']] } });
    const untilHalfPastTwo = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: [['22:00', '02:30']] } });
    // 02:15 +01:00 (the second 02:15): the 22:00–03:00 shift runs until 03:00 +01:00; the 22:00–02:30 shift ended at the first 02:30
    expect(isWithinBusinessHours(untilThree, '2026-10-25T02:15:00+01:00')).toBe(true);
    expect(isWithinBusinessHours(untilHalfPastTwo, '2026-10-25T02:15:00+01:00')).toBe(false);
    expect(isWithinBusinessHours(untilHalfPastTwo, '2026-10-25T02:15:00+02:00')).toBe(true);
  });

  test('in the skipped hour nothing can be asked, but the instant of the jump reads 03:00', () => {
    const early = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { sunday: [['02:30', '05:00']] } });
    expect(isWithinBusinessHours(early, '2026-03-29T00:59:59Z')).toBe(false);
    expect(isWithinBusinessHours(early, '2026-03-29T01:00:00Z')).toBe(true);
  });

  test('businessCalendar.always() holds every instant', () => {
    expect(isWithinBusinessHours(businessCalendar.always(), '2026-12-24T03:00:00Z')).toBe(true);
  });

  test('a missing instant is INVALID_TYPE; one without an offset INVALID_DATE', () => {
    expect(errorOf(() => isWithinBusinessHours(copenhagen, undefined as never)).code).toBe('INVALID_TYPE');
    expect(errorOf(() => isWithinBusinessHours(copenhagen, '2026-11-03T10:00:00')).code).toBe('INVALID_DATE');
  });
});
