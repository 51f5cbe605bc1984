/**
 * Business hours far from today and over spans of any length within the
 * range of a `Date`: the results agree with a simple reference that walks
 * the local dates one by one and asks `Intl` for every offset, across the
 * instants where the library changes how it reads the zone (1799, 2100, and
 * 2500, where the second 400-year cycle begins), and over the whole range
 * with a count of weekdays done by hand.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addBusinessTime, businessCalendar, businessDuration, type BusinessCalendarSpec } from '../../src/index.js';
import { weekArb, ZONES } from './arbitraries.js';
import { runs } from '../helpers.js';
import { DAY, HOUR, WEEKDAYS } from './helpers.js';

const SECOND = 1000;
const MAX_DATE = 8.64e15;

// ---------------------------------------------------------------------------
// The reference: local date by local date, every offset from Intl

const formats = new Map<string, Intl.DateTimeFormat>();

/** The offset (wall clock − UTC, ms) of `timeZone` at instant `t`, straight from Intl. */
function offsetOf(timeZone: string, t: number): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const p of format.formatToParts(Math.floor(t / SECOND) * SECOND)) parts[p.type] = p.value;
  let year = Number(parts['year']);
  if (parts['era'] === 'BC' || parts['era'] === 'B') year = 1 - year;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  wall.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return wall.getTime() - Math.floor(t / SECOND) * SECOND;
}

/**
 * The first instant at which the wall clock shows local time `wall` (ms on
 * the wall clock since 1970) or a later one for the first time: a reading
 * shown twice is reached the first time, one skipped when the clocks jump
 * is reached at the jump.
 */
function firstInstant(timeZone: string, wall: number): number {
  const before = offsetOf(timeZone, wall - DAY);
  const after = offsetOf(timeZone, wall + DAY);
  const valid = [before, after].filter((o) => offsetOf(timeZone, wall - o) === o).map((o) => wall - o);
  if (valid.length > 0) return Math.min(...valid);
  // skipped: the clocks jump from `before` to `after` between the two candidates; find the jump to the second
  let lo = wall - after;
  let hi = wall - before;
  while (hi - lo > SECOND) {
    const mid = lo + Math.floor((hi - lo) / (2 * SECOND)) * SECOND;
    if (offsetOf(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Working time in [from, to): each local date's intervals placed on the timeline with Intl's offsets, and intersected. */
function referenceDuration(spec: BusinessCalendarSpec, from: number, to: number): number {
  const holidays = new Set(spec.holidays ?? []);
  let total = 0;
  for (let day = Math.floor(from / DAY) - 2; day <= Math.floor(to / DAY) + 1; day++) {
    if (holidays.has(dateOf(day))) continue;
    const weekday = WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
    for (const [s, e] of spec.week[weekday] ?? []) {
      const start = minutesOf(s!) * 60_000;
      let end = minutesOf(e!) * 60_000;
      if (end <= start) end += DAY;
      const a = Math.max(from, firstInstant(spec.timeZone, day * DAY + start));
      const b = Math.min(to, firstInstant(spec.timeZone, day * DAY + end));
      if (b > a) total += b - a;
    }
  }
  return total;
}

// ---------------------------------------------------------------------------
// Spans around the instants where the library reads a zone differently

/** Where the library's reading of a zone changes shape: 1799-02-26, 2100-04-29 and 2500-04-29; and a year far ahead and far back. */
const MARKS = [-5_391_360_000_000, 4_112_640_000_000, 4_112_640_000_000 + 12_622_780_800_000, Date.UTC(150_000, 2, 20), Date.UTC(-90_000, 9, 20)];

/** Instants within 400 days of a mark (whole seconds, so that wall-clock readings from Intl are exact). */
const nearMarkArb = fc
  .tuple(fc.constantFrom(...MARKS), fc.integer({ min: -400 * 86_400, max: 400 * 86_400 }))
  .map(([mark, seconds]) => mark + seconds * SECOND);

/** A calendar in one of the test zones, with up to 4 holidays in the 20 days from `start` (when they are dates of four-digit years). */
function specNear(start: number) {
  const day = Math.floor(start / DAY);
  return fc.record({
    timeZone: fc.constantFrom(...Object.keys(ZONES)),
    week: weekArb,
    holidays: fc
      .uniqueArray(fc.integer({ min: day - 1, max: day + 20 }), { maxLength: 4 })
      .map((days) => days.map(dateOf).filter((d) => /^\d{4}-/.test(d))),
  });
}

/** Calendar, start and end (a span of up to 20 days) near one of the marks. */
const spanArb = nearMarkArb.chain((a) =>
  fc.tuple(
    specNear(a),
    fc.constant(a),
    fc.integer({ min: 0, max: 20 * 86_400 }).map((s) => Math.min(a + s * SECOND, MAX_DATE)),
  ),
);

/** Intl is asked some hundred times a run; on a loaded machine that takes seconds. */
const TIMEOUT = 300_000;

describe('far from today: the same as a day-by-day reference on Intl', () => {
  test.prop([spanArb], { numRuns: runs(60) })(
    'businessDuration near 1799, 2100, 2500 and far years, across changes of clocks and holidays',
    ([spec, a, b]) => {
      expect(businessDuration(businessCalendar(spec), a, b)).toBe(referenceDuration(spec, a, b));
    },
    TIMEOUT,
  );

  test.prop([spanArb.filter(([spec]) => Object.values(spec.week).some((d) => d !== undefined && d.length > 0))], { numRuns: runs(40) })(
    'addBusinessTime near the marks: the reference measures the amount up to the result, and less a millisecond before it',
    ([spec, a, b]) => {
      const calendar = businessCalendar(spec);
      const amount = Math.max(1, Math.round(referenceDuration(spec, a, b)));
      const due = addBusinessTime(calendar, a, amount).getTime();
      expect(referenceDuration(spec, a, due)).toBe(amount);
      expect(referenceDuration(spec, a, due - 1)).toBeLessThan(amount);
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// Spans over many of the 400-day blocks read from Intl before 2100

/** A calendar and a span of up to three years between 1970 and 2100 (whole seconds), with up to 6 holidays inside it. */
const yearsArb = fc
  .tuple(fc.integer({ min: 0, max: 4_000_000_000 }), fc.integer({ min: 0, max: 3 * 366 * 86_400 }))
  .chain(([startSeconds, length]) => {
    const a = startSeconds * SECOND;
    const b = a + length * SECOND;
    return fc.tuple(
      fc.record({
        timeZone: fc.constantFrom(...Object.keys(ZONES)),
        week: weekArb,
        holidays: fc.uniqueArray(fc.integer({ min: Math.floor(a / DAY) - 1, max: Math.floor(b / DAY) + 1 }), { maxLength: 6 }).map((days) => days.map(dateOf)),
      }),
      fc.constant(a),
      fc.constant(b),
    );
  });

describe('spans of years before 2100, where each 400-day block of offsets is summed once and then taken whole', () => {
  test.prop([yearsArb], { numRuns: runs(25) })(
    'businessDuration is the day-by-day reference, from and to any instant, with holidays inside',
    ([spec, a, b]) => {
      const calendar = businessCalendar(spec);
      expect(businessDuration(calendar, a, b)).toBe(referenceDuration(spec, a, b));
      // asked again, from the sums made by the first call
      expect(businessDuration(calendar, a, b)).toBe(referenceDuration(spec, a, b));
    },
    TIMEOUT,
  );

  test.prop([yearsArb.filter(([spec]) => Object.values(spec.week).some((d) => d !== undefined && d.length > 0))], { numRuns: runs(15) })(
    'addBusinessTime over years: the reference measures the amount up to the result, and less a millisecond before it',
    ([spec, a, b]) => {
      const calendar = businessCalendar(spec);
      const amount = Math.max(1, Math.round(referenceDuration(spec, a, b)));
      const due = addBusinessTime(calendar, a, amount).getTime();
      expect(referenceDuration(spec, a, due)).toBe(amount);
      expect(referenceDuration(spec, a, due - 1)).toBeLessThan(amount);
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// Whole-range spans, against a count of weekdays

/** Weekdays (Monday to Friday) among local days first..last, by counting whole weeks and the days left. */
function weekdaysBetween(first: number, last: number): number {
  const days = last - first + 1;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let d = first + weeks * 7; d <= last; d++) if ((((d + 3) % 7) + 7) % 7 < 5) count++;
  return count;
}

/**
 * Tokyo has kept its clocks on weekday working hours since its local mean
 * time (its daylight saving of 1948–1951 changed at weekends, at night):
 * 09:00–17:00 on weekdays is 8 hours a weekday, in every year of the Date
 * range. Instants at 12:00 UTC are 21:00 or later in Tokyo, after the day's
 * work.
 */
const tokyo = (holidays: string[] = []): BusinessCalendarSpec => ({
  timeZone: 'Asia/Tokyo',
  week: { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']], thursday: [['09:00', '17:00']], friday: [['09:00', '17:00']] },
  holidays,
});
const dayArb = fc.integer({ min: -99_999_999, max: 99_999_998 });

describe('spans as long as the Date range', () => {
  test.prop([dayArb, dayArb, fc.uniqueArray(fc.integer({ min: -354_000, max: 2_932_000 }), { maxLength: 8 })], { numRuns: runs(60) })(
    'businessDuration from noon UTC to noon UTC is 8 hours a weekday between, less the weekday holidays',
    (x, y, holidayDays) => {
      const [first, last] = x <= y ? [x, y] : [y, x];
      const holidays = holidayDays.map(dateOf);
      const off = holidayDays.filter((d) => d > first && d <= last && (((d + 3) % 7) + 7) % 7 < 5).length;
      const expected = (weekdaysBetween(first + 1, last) - off) * 8 * HOUR;
      expect(businessDuration(businessCalendar(tokyo(holidays)), first * DAY + 12 * HOUR, last * DAY + 12 * HOUR)).toBe(expected);
    },
  );

  // 50 million weekdays are 70 million days: from day 10 million on, within the range
  test.prop([fc.integer({ min: -99_999_999, max: 10_000_000 }), fc.integer({ min: 0, max: 50_000_000 })], { numRuns: runs(60) })(
    'addBusinessTime of k working days from noon UTC ends at 17:00 in Tokyo on the k-th weekday after',
    (day, k) => {
      const due = addBusinessTime(businessCalendar(tokyo()), day * DAY + 12 * HOUR, k * 8 * HOUR, {}).getTime();
      if (k === 0) {
        expect(due).toBe(day * DAY + 12 * HOUR);
        return;
      }
      // +09:00, or +09:18:59 before 1888 (Tokyo's local mean time)
      const wall = due + offsetOf('Asia/Tokyo', due);
      const dueDay = Math.floor(wall / DAY);
      expect(weekdaysBetween(day + 1, dueDay)).toBe(k);
      expect(wall - dueDay * DAY).toBe(17 * HOUR);
    },
  );

  // the first span in a zone reads its offsets from 1799 to 2100 and one 400-year cycle from Intl: seconds on a loaded machine
  test.prop(
    [
      fc.constantFrom('Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'),
      weekArb,
      fc.array(fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 }).map((s) => s * 1000), { minLength: 3, maxLength: 3 }),
    ],
    { numRuns: runs(40) },
  )(
    'is additive over any three instants of the Date range',
    (timeZone, week, instants) => {
      const [a, b, c] = instants.sort((p, q) => p - q) as [number, number, number];
      const calendar = businessCalendar({ timeZone, week, holidays: ['2026-03-29', '2100-05-03', '2500-05-02', '9999-12-31'] });
      expect(businessDuration(calendar, a, c)).toBe(businessDuration(calendar, a, b) + businessDuration(calendar, b, c));
    },
    TIMEOUT,
  );
});
