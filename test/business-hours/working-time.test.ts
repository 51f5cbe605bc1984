/**
 * The two walks of src/business-hours/working-time.ts, through
 * businessDuration and addBusinessTime: the 24/7 and empty shortcuts, spans
 * that start or end exactly at the boundaries of the 400-day blocks before
 * 2100 and of the 400-year cycles after it (one cycle, one cycle ± 1 ms,
 * many cycles), holidays that keep a cycle from being taken whole (also the
 * day of slack each side in zones of −12 and +14 hours), answers that run
 * out exactly at a cycle boundary, and results at the last Date. Expected
 * values are counted by hand in the comments, and a property test compares
 * both functions with a reference that intersects every local day's
 * intervals with the span in zones of constant offset (UTC, −12, +14).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addBusinessTime, businessCalendar, businessDuration, type BusinessCalendarSpec, type WorkingWeek } from '../../src/index.js';
import { expectRefusal, runs } from '../helpers.js';
import { weekArb } from './arbitraries.js';
import { DAY, everyDay, HOUR, weekdays, WEEKDAYS } from './helpers.js';

const WEEK = 7 * DAY;
const MAX_DATE = 8.64e15;
/** 2100-04-29T00:00Z, a Thursday: where the 400-year cycles begin (local day 47,600). */
const CYCLE_START = 4_112_640_000_000;
/** 400 Gregorian years: 146,097 days, 20,871 weeks. */
const CYCLE_DAYS = 146_097;
const CYCLE = CYCLE_DAYS * DAY;
/** 400 days: the blocks of offsets before 2100 begin at whole multiples of it from 1970. */
const BLOCK = 400 * DAY;
/** 1799-02-26T00:00Z: before it a zone has one stretch of constant offset. */
const PAST_END = -5_391_360_000_000;

const utc = (week: WorkingWeek, holidays: string[] = []) => businessCalendar({ timeZone: 'UTC', week, holidays });

// ---------------------------------------------------------------------------
// The reference: local days intersected with the span, in a zone of constant offset

/** Each weekday's intervals (Monday first) in milliseconds from its midnight; an end at or before the start is on the next day. */
function intervalsOf(week: WorkingWeek): [number, number][][] {
  const ms = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;
  return WEEKDAYS.map((day) =>
    (week[day] ?? []).map(([s, e]) => {
      const start = ms(s!);
      const end = ms(e!);
      return [start, end <= start ? end + DAY : end] as [number, number];
    }),
  );
}

/** Monday 0 to Sunday 6 of a local day number (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** Local day number of a date 'YYYY-MM-DD' (years 0000 to 9999). */
function dayOfDate(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / DAY);
}

/** Date 'YYYY-MM-DD' of a local day number. */
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Working time in [from, to) of a calendar whose wall clock reads `t + offset`
 * at every instant: every local day's intervals (not those of a holiday)
 * placed on the timeline and intersected with the span. Days whose intervals
 * all lie inside the span are counted by weekday, each weekday's total times
 * how many of it there are, less the holidays among them.
 */
function reference(spec: BusinessCalendarSpec, offset: number, from: number, to: number): number {
  if (to <= from) return 0;
  const days = intervalsOf(spec.week);
  const own = days.map((list) => list.reduce((sum, [s, e]) => sum + e - s, 0));
  const holidays = new Set((spec.holidays ?? []).map(dayOfDate));
  const a = from + offset;
  const b = to + offset;
  const overlap = (day: number) => {
    if (holidays.has(day)) return 0;
    let sum = 0;
    for (const [s, e] of days[weekdayOf(day)]!) sum += Math.max(0, Math.min(b, day * DAY + e) - Math.max(a, day * DAY + s));
    return sum;
  };
  const lo = Math.floor(a / DAY) - 2;
  const hi = Math.floor(b / DAY) + 1;
  // days m1..m2 start at or after a and end (their night shifts included) two days later, at or before b
  const m1 = Math.floor(a / DAY) + 2;
  const m2 = Math.floor(b / DAY) - 3;
  let total = 0;
  if (m2 - m1 < 20) {
    for (let d = lo; d <= hi; d++) total += overlap(d);
    return total;
  }
  for (let d = lo; d < m1; d++) total += overlap(d);
  for (let d = m2 + 1; d <= hi; d++) total += overlap(d);
  const n = m2 - m1 + 1;
  for (let w = 0; w < 7; w++) {
    const count = Math.floor(n / 7) + ((w - weekdayOf(m1) + 7) % 7 < n % 7 ? 1 : 0);
    total += count * own[w]!;
  }
  for (const h of holidays) if (h >= m1 && h <= m2) total -= own[weekdayOf(h)]!;
  return total;
}

/** Zones of constant offset, and the offset. */
const FIXED: Readonly<Record<string, number>> = { UTC: 0, 'Etc/GMT+12': -12 * HOUR, 'Etc/GMT-14': 14 * HOUR };

/** Where the walks change how they go: the ends of the Date range, 1799, 1970, a block boundary, 2100, the second and third cycles, and far ahead. */
const MARKS = [-MAX_DATE, PAST_END, 0, BLOCK, 57 * BLOCK, CYCLE_START - DAY, CYCLE_START, CYCLE_START + CYCLE, CYCLE_START + 2 * CYCLE, CYCLE_START + 600 * CYCLE, MAX_DATE];

const instantArb = fc
  .tuple(fc.constantFrom(...MARKS), fc.oneof(fc.constant(0), fc.integer({ min: -3 * DAY, max: 3 * DAY }), fc.integer({ min: -20 * DAY, max: 20 * DAY })))
  .map(([mark, shift]) => Math.min(MAX_DATE, Math.max(-MAX_DATE, mark + shift)));

/** Holidays near the marks of four-digit years, and anywhere from 0000 to 9999. */
const holidayArb = fc
  .oneof(
    fc.tuple(fc.constantFrom(...MARKS.map((m) => Math.floor(m / DAY))), fc.integer({ min: -5, max: 5 })).map(([d, k]) => d + k),
    fc.integer({ min: -719_528, max: 2_932_896 }),
  )
  .filter((day) => day >= -719_528 && day <= 2_932_896)
  .map(dateOf);

const caseArb = fc.tuple(
  fc.constantFrom(...Object.keys(FIXED)),
  weekArb,
  fc.uniqueArray(holidayArb, { maxLength: 6 }),
  instantArb,
  instantArb,
);

/** The span ordered, and no longer than 9e15 ms, so that every sum stays below 2^53 and exact. */
function spanOf(x: number, y: number): [number, number] {
  const [a, b] = x <= y ? [x, y] : [y, x];
  return [Math.max(a, b - 9e15), b];
}

/** The first span in each zone reads its offsets from 1799 to 2100 and a 400-year cycle from Intl: seconds on a loaded machine. */
const TIMEOUT = 120_000;

describe('the same as a day-by-day reference in zones of constant offset, across blocks and cycles', () => {
  test.prop([caseArb], { numRuns: runs(100) })(
    'businessDuration',
    ([timeZone, week, holidays, x, y]) => {
      const spec = { timeZone, week, holidays };
      const [a, b] = spanOf(x, y);
      expect(businessDuration(businessCalendar(spec), a, b)).toBe(reference(spec, FIXED[timeZone]!, a, b));
    },
    TIMEOUT,
  );

  test.prop([caseArb], { numRuns: runs(100) })(
    'addBusinessTime: the reference measures the amount up to the result, and less a millisecond before it',
    ([timeZone, week, holidays, x, y]) => {
      const spec = { timeZone, week, holidays };
      const [a, b] = spanOf(x, y);
      const amount = reference(spec, FIXED[timeZone]!, a, b);
      if (amount === 0) return;
      const due = addBusinessTime(businessCalendar(spec), a, amount).getTime();
      expect(due).toBeLessThanOrEqual(b);
      expect(reference(spec, FIXED[timeZone]!, a, due)).toBe(amount);
      expect(reference(spec, FIXED[timeZone]!, a, due - 1)).toBeLessThan(amount);
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// The shortcuts

describe('businessDuration: the 24/7 and the empty calendar', () => {
  test('24/7 is the elapsed time, over the whole Date range too', () => {
    expect(businessDuration(businessCalendar.always(), -MAX_DATE, MAX_DATE)).toBe(2 * MAX_DATE);
    expect(businessDuration(businessCalendar.always(), CYCLE_START - 1, CYCLE_START + 5 * CYCLE + 1)).toBe(5 * CYCLE + 2);
  });

  test('a calendar without hours is 0 over any span, with holidays too', () => {
    expect(businessDuration(utc({}, ['2026-01-01']), -MAX_DATE, MAX_DATE)).toBe(0);
    expect(businessDuration(businessCalendar({ timeZone: 'Etc/GMT-14', week: {} }), 0, WEEK)).toBe(0);
  });

  test('every hour of every day with one holiday is not 24/7: the elapsed time less that day', () => {
    // 1970-01-01 to the last Date, all worked but 2026-01-01
    expect(businessDuration(utc(everyDay(['00:00', '24:00']), ['2026-01-01']), 0, MAX_DATE)).toBe(MAX_DATE - DAY);
    // the first Date to 1970: the stretch of the distant past, the blocks from 1799; the holiday is 1969-12-31
    expect(businessDuration(utc(everyDay(['00:00', '24:00']), ['1969-12-31']), -MAX_DATE, 0)).toBe(MAX_DATE - DAY);
    // from the first cycle to the last Date, the holiday in cycle 19 (9999-12-31)
    expect(businessDuration(utc(everyDay(['00:00', '24:00']), ['9999-12-31']), CYCLE_START, MAX_DATE)).toBe(MAX_DATE - CYCLE_START - DAY);
  });
});

// ---------------------------------------------------------------------------
// Weeks, blocks and cycles in UTC

describe('businessDuration: spans of whole weeks and their neighbours', () => {
  // Monday to Friday 09:00–17:00 in UTC: 40 hours a week; 2026-01-05 is a Monday
  const office = utc(weekdays(['09:00', '17:00']));
  const monday = Date.UTC(2026, 0, 5);

  test.each([
    ['Monday 00:00 to Monday 00:00', monday, monday + WEEK, 40 * HOUR],
    ['Monday 09:00 (opening) to Monday 09:00', monday + 9 * HOUR, monday + WEEK + 9 * HOUR, 40 * HOUR],
    ['Monday 09:00 to a week less 1 ms later: that ms is before opening', monday + 9 * HOUR, monday + WEEK + 9 * HOUR - 1, 40 * HOUR],
    ['Monday 09:00 to a week and 1 ms later', monday + 9 * HOUR, monday + WEEK + 9 * HOUR + 1, 40 * HOUR + 1],
    ['Monday 12:00 to a week less 1 ms later', monday + 12 * HOUR, monday + WEEK + 12 * HOUR - 1, 40 * HOUR - 1],
    ['Monday 12:00 to a week and 1 ms later', monday + 12 * HOUR, monday + WEEK + 12 * HOUR + 1, 40 * HOUR + 1],
    ['Monday 08:59:59.999 to a week later: the first ms is before opening, the last is worked', monday + 9 * HOUR - 1, monday + WEEK + 9 * HOUR - 1, 40 * HOUR],
    ['Monday 17:00 (closing) to Monday 17:00', monday + 17 * HOUR, monday + WEEK + 17 * HOUR, 40 * HOUR],
    ['Monday 16:59:59.999 to Monday 17:00 a week later: 1 ms more than a week of work', monday + 17 * HOUR - 1, monday + WEEK + 17 * HOUR, 40 * HOUR + 1],
    ['Saturday 12:00 to Saturday 12:00, 52 weeks on', monday + 5 * DAY + 12 * HOUR, monday + 5 * DAY + 12 * HOUR + 52 * WEEK, 52 * 40 * HOUR],
  ])('%s', (_name, from, to, expected) => {
    expect(businessDuration(office, from, to)).toBe(expected);
  });
});

describe('businessDuration: the 400-day blocks before 2100', () => {
  // block 1 begins at 400 days, 1971-02-05T00:00Z, a Friday; office hours 09:00–17:00 on weekdays
  const office = utc(weekdays(['09:00', '17:00']));

  test('a span across the start of a block: Thursday 12:00 to Friday 12:00 is 5 + 3 hours', () => {
    expect(businessDuration(office, BLOCK - 12 * HOUR, BLOCK + 12 * HOUR)).toBe(8 * HOUR);
  });

  test('a span that ends at the start of a block, and one that starts there', () => {
    expect(businessDuration(office, BLOCK - 12 * HOUR, BLOCK)).toBe(5 * HOUR);
    expect(businessDuration(office, BLOCK, BLOCK + 13 * HOUR)).toBe(4 * HOUR);
    expect(businessDuration(office, BLOCK, BLOCK)).toBe(0);
  });

  test('a span of exactly one block, 400 days from a Friday: 57 weeks and a Friday, 286 weekdays', () => {
    // 400 = 57 × 7 + 1: 57 whole weeks of 5 weekdays, and one day more, Friday 1972-03-10 (the next block begins on Saturday 1972-03-11)
    expect(businessDuration(office, BLOCK, 2 * BLOCK)).toBe((57 * 5 + 1) * 8 * HOUR);
  });

  test('from 1799-02-26 (the end of the distant past) to 2100-04-29, every day worked but one holiday', () => {
    const all = utc(everyDay(['00:00', '24:00']), ['1900-01-01']);
    expect(businessDuration(all, PAST_END, CYCLE_START)).toBe(CYCLE_START - PAST_END - DAY);
    expect(businessDuration(all, PAST_END - 1, CYCLE_START + 1)).toBe(CYCLE_START - PAST_END - DAY + 2);
    expect(businessDuration(all, -MAX_DATE, PAST_END)).toBe(PAST_END + MAX_DATE);
  });
});

describe('businessDuration: whole 400-year cycles from 2100', () => {
  // every day 18:00–06:00 in UTC: 12 hours a day, and the cycle boundaries (Thursdays 00:00) fall inside a shift
  const nights = (holidays: string[] = []) => utc(everyDay(['18:00', '06:00']), holidays);

  test.each([
    ['one cycle', CYCLE_START, CYCLE_START + CYCLE, CYCLE_DAYS * 12 * HOUR],
    ['one cycle less 1 ms', CYCLE_START, CYCLE_START + CYCLE - 1, CYCLE_DAYS * 12 * HOUR - 1],
    ['one cycle and 1 ms', CYCLE_START, CYCLE_START + CYCLE + 1, CYCLE_DAYS * 12 * HOUR + 1],
    ['one cycle from 1 ms before it begins', CYCLE_START - 1, CYCLE_START + CYCLE, CYCLE_DAYS * 12 * HOUR + 1],
    ['the second cycle', CYCLE_START + CYCLE, CYCLE_START + 2 * CYCLE, CYCLE_DAYS * 12 * HOUR],
    ['three cycles', CYCLE_START, CYCLE_START + 3 * CYCLE, 3 * CYCLE_DAYS * 12 * HOUR],
    ['three cycles from a day before them: the day adds 12 hours', CYCLE_START - DAY, CYCLE_START + 3 * CYCLE, (3 * CYCLE_DAYS + 1) * 12 * HOUR],
    ['600 cycles from 06:00 on their first day', CYCLE_START + 6 * HOUR, CYCLE_START + 600 * CYCLE + 6 * HOUR, 600 * CYCLE_DAYS * 12 * HOUR],
  ])('every night 18:00–06:00: %s', (_name, from, to, expected) => {
    expect(businessDuration(nights(), from, to)).toBe(expected);
  });

  test('a holiday within the first cycle removes its 12-hour shift from any span of whole cycles over it', () => {
    const calendar = nights(['2300-06-15']);
    expect(businessDuration(calendar, CYCLE_START, CYCLE_START + 3 * CYCLE)).toBe((3 * CYCLE_DAYS - 1) * 12 * HOUR);
    expect(businessDuration(calendar, CYCLE_START + CYCLE, CYCLE_START + 3 * CYCLE)).toBe(2 * CYCLE_DAYS * 12 * HOUR);
  });

  test('a holiday on the last day of a cycle: its shift is 6 hours in that cycle and 6 in the next', () => {
    // 2500-04-28 is the Wednesday before the second cycle begins (2500-04-29T00:00Z)
    const calendar = nights(['2500-04-28']);
    expect(businessDuration(calendar, CYCLE_START, CYCLE_START + CYCLE)).toBe(CYCLE_DAYS * 12 * HOUR - 6 * HOUR);
    expect(businessDuration(calendar, CYCLE_START + CYCLE, CYCLE_START + 2 * CYCLE)).toBe(CYCLE_DAYS * 12 * HOUR - 6 * HOUR);
    expect(businessDuration(calendar, CYCLE_START + CYCLE, CYCLE_START + 5 * CYCLE)).toBe(4 * CYCLE_DAYS * 12 * HOUR - 6 * HOUR);
    expect(businessDuration(calendar, CYCLE_START, CYCLE_START + 5 * CYCLE)).toBe(5 * CYCLE_DAYS * 12 * HOUR - 12 * HOUR);
  });

  test('holidays in two cycles far apart, and cycles without any between them', () => {
    const calendar = nights(['2200-01-01', '9000-01-01']);
    // 2200-01-01 lies in cycle 0, 9000-01-01 in cycle 17 (8900-04-29 to 9300-04-29); cycles 18 and 19 hold none
    expect(businessDuration(calendar, CYCLE_START, CYCLE_START + 20 * CYCLE)).toBe((20 * CYCLE_DAYS - 2) * 12 * HOUR);
    expect(businessDuration(calendar, CYCLE_START + 18 * CYCLE, CYCLE_START + 20 * CYCLE)).toBe(2 * CYCLE_DAYS * 12 * HOUR);
  });

  test('UTC−12: a holiday on the Tuesday two days before a cycle begins still reaches into it', () => {
    // Tuesday 14:00 to Wednesday 13:00 local (23 hours) is Wednesday 02:00Z to Thursday 01:00Z. The span is the
    // second cycle, 2500-04-29T00:00Z on: the shift of Tuesday 2500-04-27 gives its first hour, then 20,870 shifts
    // whole, and the last one 22 hours before the span ends: 20,871 × 23 hours, less the first hour, on the holiday.
    const week = { tuesday: [['14:00', '13:00']] as const };
    const span = [CYCLE_START + CYCLE, CYCLE_START + 2 * CYCLE] as const;
    expect(businessDuration(businessCalendar({ timeZone: 'Etc/GMT+12', week }), ...span)).toBe(20_871 * 23 * HOUR);
    expect(businessDuration(businessCalendar({ timeZone: 'Etc/GMT+12', week, holidays: ['2500-04-27'] }), ...span)).toBe(20_871 * 23 * HOUR - HOUR);
  });

  test('UTC+14: a holiday on the first day of a cycle already begins in the cycle before', () => {
    // Thursday 00:00–24:00 local is Wednesday 10:00Z to Thursday 10:00Z. The span is the second cycle: 10 hours of
    // the Thursday it begins on, 20,870 whole Thursdays, and 14 hours of Thursday 2900-04-29, the holiday.
    const week = { thursday: [['00:00', '24:00']] as const };
    const span = [CYCLE_START + CYCLE, CYCLE_START + 2 * CYCLE] as const;
    expect(businessDuration(businessCalendar({ timeZone: 'Etc/GMT-14', week }), ...span)).toBe(20_871 * 24 * HOUR);
    expect(businessDuration(businessCalendar({ timeZone: 'Etc/GMT-14', week, holidays: ['2900-04-29'] }), ...span)).toBe(20_871 * 24 * HOUR - 14 * HOUR);
  });
});

// ---------------------------------------------------------------------------
// addBusinessTime over blocks and cycles

describe('addBusinessTime: answers at and around cycle boundaries', () => {
  const nights = (holidays: string[] = []) => utc(everyDay(['18:00', '06:00']), holidays);

  test.each([1, 2, 3, 600])('every night 18:00–06:00: %i cycles of work from 2100-04-29 end exactly where the cycles do', (n) => {
    // the boundary (a Thursday 00:00) lies within a shift, so the work of n cycles runs out there, and 1 ms either side
    const amount = n * CYCLE_DAYS * 12 * HOUR;
    expect(addBusinessTime(nights(), CYCLE_START, amount).getTime()).toBe(CYCLE_START + n * CYCLE);
    expect(addBusinessTime(nights(), CYCLE_START, amount - 1).getTime()).toBe(CYCLE_START + n * CYCLE - 1);
    expect(addBusinessTime(nights(), CYCLE_START, amount + 1).getTime()).toBe(CYCLE_START + n * CYCLE + 1);
  });

  test.each([1, 2, 600])('every night: %i cycles of work and 12 hours from the day before the cycles', (n) => {
    // 2100-04-28 00:00Z to 2100-04-29 00:00Z holds 6 + 6 hours
    expect(addBusinessTime(nights(), CYCLE_START - DAY, (n * CYCLE_DAYS + 1) * 12 * HOUR).getTime()).toBe(CYCLE_START + n * CYCLE);
    expect(addBusinessTime(nights(), CYCLE_START - DAY, (n * CYCLE_DAYS + 1) * 12 * HOUR + 1).getTime()).toBe(CYCLE_START + n * CYCLE + 1);
  });

  test.each([1, 2, 7])('office hours: 8 hours and %i cycles of work from Wednesday 2100-04-28 end on a Wednesday at 17:00', (n) => {
    // each cycle is 20,871 weeks of 40 hours, and ends on a Wednesday at 24:00; 1 ms more is Thursday 09:00:00.001
    const office = utc(weekdays(['09:00', '17:00']));
    const amount = 8 * HOUR + n * 20_871 * 40 * HOUR;
    expect(addBusinessTime(office, CYCLE_START - DAY, amount).getTime()).toBe(CYCLE_START + n * CYCLE - 7 * HOUR);
    expect(addBusinessTime(office, CYCLE_START - DAY, amount + 1).getTime()).toBe(CYCLE_START + n * CYCLE + 9 * HOUR + 1);
  });

  test('a holiday in the second cycle pushes the answer on by a day', () => {
    // the holiday takes a 12-hour shift out of cycle 1; past the end of two cycles (a Thursday 00:00, in a shift)
    // 12 hours remain: 00:00–06:00 and 18:00–24:00 of that Thursday
    const calendar = nights(['2700-01-01']);
    const amount = 2 * CYCLE_DAYS * 12 * HOUR;
    expect(addBusinessTime(calendar, CYCLE_START, amount).getTime()).toBe(CYCLE_START + 2 * CYCLE + DAY);
    expect(addBusinessTime(calendar, CYCLE_START, amount - 12 * HOUR).getTime()).toBe(CYCLE_START + 2 * CYCLE);
    expect(addBusinessTime(calendar, CYCLE_START, amount - 6 * HOUR).getTime()).toBe(CYCLE_START + 2 * CYCLE + 6 * HOUR);
  });

  test('a holiday on the last day of the first cycle: half its shift in each cycle', () => {
    // 2500-04-28 18:00–24:00 is in cycle 0, 2500-04-29 00:00–06:00 in cycle 1
    const calendar = nights(['2500-04-28']);
    const cycle = CYCLE_DAYS * 12 * HOUR;
    expect(addBusinessTime(calendar, CYCLE_START, cycle - 6 * HOUR).getTime()).toBe(CYCLE_START + CYCLE - DAY + 6 * HOUR);
    // the shift of the holiday is off on both days: the next work is 2500-04-29 18:00
    expect(addBusinessTime(calendar, CYCLE_START, cycle - 6 * HOUR + 1).getTime()).toBe(CYCLE_START + CYCLE + 18 * HOUR + 1);
    expect(addBusinessTime(calendar, CYCLE_START, 3 * cycle - 12 * HOUR).getTime()).toBe(CYCLE_START + 3 * CYCLE);
  });

  test('across the 400-day blocks before 2100: a year of every-day work from 1971-02-05 (a block start)', () => {
    // every day 00:00–24:00 but the holiday 1971-03-01: 365 days of work take 366 days, and end on 1971-02-05 + 366 days
    const calendar = utc(everyDay(['00:00', '24:00']), ['1971-03-01']);
    expect(addBusinessTime(calendar, BLOCK, 365 * DAY).getTime()).toBe(BLOCK + 366 * DAY);
    expect(addBusinessTime(calendar, BLOCK, 365 * DAY).toISOString()).toBe('1972-02-06T00:00:00.000Z');
    expect(addBusinessTime(calendar, BLOCK - 1, 1).getTime()).toBe(BLOCK);
    expect(addBusinessTime(calendar, PAST_END - DAY, 2 * DAY).getTime()).toBe(PAST_END + DAY);
  });
});

describe('addBusinessTime: work that runs out where the clocks change', () => {
  // Copenhagen, Saturdays 20:00–24:00; the clocks change on the Sunday at 01:00Z, when no one works
  const calendar = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { saturday: [['20:00', '24:00']] } });

  test('spring: 4 hours from Saturday 2026-03-28 20:00 CET end at 24:00 CET (23:00Z), before the change', () => {
    expect(addBusinessTime(calendar, '2026-03-28T19:00:00Z', 4 * HOUR).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(addBusinessTime(calendar, '2026-03-28T19:00:00Z', 4 * HOUR - 1).toISOString()).toBe('2026-03-28T22:59:59.999Z');
    // the next Saturday opens at 20:00 CEST, 18:00Z
    expect(addBusinessTime(calendar, '2026-03-28T19:00:00Z', 4 * HOUR + 1).toISOString()).toBe('2026-04-04T18:00:00.001Z');
  });

  test('autumn: 4 hours from Saturday 2026-10-24 20:00 CEST end at 24:00 CEST (22:00Z), before the change', () => {
    expect(addBusinessTime(calendar, '2026-10-24T18:00:00Z', 4 * HOUR).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    // the next Saturday opens at 20:00 CET, 19:00Z
    expect(addBusinessTime(calendar, '2026-10-24T18:00:00Z', 4 * HOUR + 1).toISOString()).toBe('2026-10-31T19:00:00.001Z');
  });
});

describe('addBusinessTime: whole cycles skipped up to the first one with a holiday', () => {
  // every night 18:00–06:00 in UTC; 3500-01-01 lies in cycle 3 (3300-04-29 to 3700-04-29), whose 12 hours it removes.
  // From 2100-04-28 (12 hours that day), cycles 0 to 2 are taken whole, cycle 3 walked, cycle 4 whole again.
  const calendar = utc(everyDay(['18:00', '06:00']), ['3500-01-01']);
  const cycle = CYCLE_DAYS * 12 * HOUR;

  test('the work of the day and five cycles, less the holiday, ends where the fifth cycle does', () => {
    expect(addBusinessTime(calendar, CYCLE_START - DAY, 12 * HOUR + 5 * cycle - 12 * HOUR).getTime()).toBe(CYCLE_START + 5 * CYCLE);
    expect(addBusinessTime(calendar, CYCLE_START - DAY, 12 * HOUR + 5 * cycle - 12 * HOUR + 1).getTime()).toBe(CYCLE_START + 5 * CYCLE + 1);
    // 12 hours into cycle 3: 00:00–06:00 and 18:00–24:00 of its first day
    expect(addBusinessTime(calendar, CYCLE_START - DAY, 12 * HOUR + 3 * cycle + 12 * HOUR).getTime()).toBe(CYCLE_START + 3 * CYCLE + DAY);
    expect(businessDuration(calendar, CYCLE_START - DAY, CYCLE_START + 5 * CYCLE)).toBe(5 * cycle);
  });

  test('the work up to the holiday itself', () => {
    // 3500-01-01 18:00Z: the holiday shift would begin; its 12 hours are off, so 1 ms more is 3500-01-02 18:00:00.001
    const holiday = Date.UTC(3500, 0, 1);
    // 12 hours a day from 2100-04-28 (local day 47,599) to the day before the holiday, and 00:00–06:00 of the holiday
    const before = (holiday / DAY - 47_599) * 12 * HOUR + 6 * HOUR;
    expect(businessDuration(calendar, CYCLE_START - DAY, holiday + 18 * HOUR)).toBe(before);
    expect(addBusinessTime(calendar, CYCLE_START - DAY, before).getTime()).toBe(holiday + 6 * HOUR);
    expect(addBusinessTime(calendar, CYCLE_START - DAY, before + 1).getTime()).toBe(holiday + DAY + 18 * HOUR + 1);
  });
});

describe('addBusinessTime: at the last Date', () => {
  // 275760-09-13T00:00Z, the last Date, is a Saturday: the Friday before it is the last working day
  const fn = 'addBusinessTime';

  test('office hours: the last Friday 09:00–17:00 is the last work; 1 ms more is OUT_OF_RANGE', () => {
    const office = utc(weekdays(['09:00', '17:00']));
    expect(addBusinessTime(office, MAX_DATE - DAY, 8 * HOUR).getTime()).toBe(MAX_DATE - 7 * HOUR);
    expectRefusal(
      () => addBusinessTime(office, MAX_DATE - DAY, 8 * HOUR + 1),
      'OUT_OF_RANGE',
      { fn },
      '28800001 milliseconds of working time from the start end after the last Date (+275760-09-13)',
    );
  });

  test('office hours from Wednesday 2100-04-28: all the work to the last Date, and 1 ms more', () => {
    // local days 47,599 (Wednesday) to 99,999,999 (Friday): 99,952,401 days, 14,278,914 weeks and Wednesday to
    // Friday, so 14,278,914 × 5 + 3 = 71,394,573 weekdays of 8 hours
    const office = utc(weekdays(['09:00', '17:00']));
    const all = 71_394_573 * 8 * HOUR;
    expect(businessDuration(office, CYCLE_START - DAY, MAX_DATE)).toBe(all);
    expect(addBusinessTime(office, CYCLE_START - DAY, all).getTime()).toBe(MAX_DATE - 7 * HOUR);
    expectRefusal(
      () => addBusinessTime(office, CYCLE_START - DAY, all + 1),
      'OUT_OF_RANGE',
      { fn },
      `${all + 1} milliseconds of working time from the start end after the last Date (+275760-09-13)`,
    );
  });

  test('every day worked but a holiday: work up to the last Date ends there', () => {
    const calendar = utc(everyDay(['00:00', '24:00']), ['2026-01-01']);
    expect(addBusinessTime(calendar, MAX_DATE - DAY, DAY).getTime()).toBe(MAX_DATE);
    expect(addBusinessTime(calendar, CYCLE_START, MAX_DATE - CYCLE_START).getTime()).toBe(MAX_DATE);
    expect(addBusinessTime(calendar, MAX_DATE, 0).getTime()).toBe(MAX_DATE);
  });

  test('a Monday-only calendar from the last Wednesday: no Monday is left, OUT_OF_RANGE', () => {
    const calendar = utc({ monday: [['09:00', '17:00']] });
    expectRefusal(
      () => addBusinessTime(calendar, MAX_DATE - 3 * DAY, 1),
      'OUT_OF_RANGE',
      { fn },
      '1 milliseconds of working time from the start end after the last Date (+275760-09-13)',
    );
    // the Monday before: 275760-09-08 09:00Z is 5 days before the last Date, less 9 hours
    expect(addBusinessTime(calendar, MAX_DATE - 6 * DAY, 1).getTime()).toBe(MAX_DATE - 5 * DAY + 9 * HOUR + 1);
  });
});

// ---------------------------------------------------------------------------
// The readings repeated after the clocks go back

describe('the hour repeated in Copenhagen on 2026-10-25 (01:00Z: 03:00 CEST back to 02:00 CET)', () => {
  // 00:00Z–01:00Z reads 02:00–03:00 CEST, 01:00Z–02:00Z reads 02:00–03:00 again (CET), 02:00Z is 03:00 CET
  const at = (hhmm: string) => Date.parse(`2026-10-25T${hhmm}:00Z`);
  const untilThree = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { sunday: [['00:00', '03:00']] } });
  const fromThree = businessCalendar({ timeZone: 'Europe/Copenhagen', week: { sunday: [['03:00', '05:00']] } });

  test('00:00–03:00 was running when the clocks went back: the repeated hour is worked', () => {
    expect(businessDuration(untilThree, at('01:30'), at('01:45'))).toBe(15 * 60_000);
    expect(businessDuration(untilThree, at('01:30'), at('02:30'))).toBe(30 * 60_000);
    expect(businessDuration(untilThree, at('00:30'), at('01:30'))).toBe(60 * 60_000);
    expect(businessDuration(untilThree, at('01:00'), at('02:00'))).toBe(60 * 60_000);
    expect(businessDuration(untilThree, at('02:00'), at('03:00'))).toBe(0);
  });

  test('03:00–05:00 begins after the repeated hour: none of it is worked', () => {
    expect(businessDuration(fromThree, at('01:30'), at('02:30'))).toBe(30 * 60_000);
    expect(businessDuration(fromThree, at('00:30'), at('02:30'))).toBe(30 * 60_000);
    expect(businessDuration(fromThree, at('01:00'), at('02:00'))).toBe(0);
  });

  test('addBusinessTime within the repeated hour, to its end, and past it', () => {
    expect(addBusinessTime(untilThree, at('01:30'), 15 * 60_000).getTime()).toBe(at('01:45'));
    expect(addBusinessTime(untilThree, at('01:30'), 30 * 60_000).getTime()).toBe(at('02:00'));
    // past 03:00 CET the next work is Sunday 2026-11-01 00:00 CET, 2026-10-31T23:00Z
    expect(addBusinessTime(untilThree, at('01:30'), 31 * 60_000).toISOString()).toBe('2026-10-31T23:01:00.000Z');
    expect(addBusinessTime(fromThree, at('01:30'), 60_000).getTime()).toBe(at('02:01'));
    expect(addBusinessTime(fromThree, at('00:30'), 2 * HOUR).getTime()).toBe(at('04:00'));
  });
});
