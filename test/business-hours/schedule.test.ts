/**
 * The wall-clock schedule of src/business-hours/schedule.ts, through
 * businessDuration, addBusinessTime and isWithinBusinessHours in zones of
 * constant offset: the weekday of any local day (negative ones, leap days,
 * year ends, the ends of the Date range), days of several periods, touching
 * intervals joined across midnight and from Sunday into Monday, night
 * shifts and the holidays that cancel them, the first and last millisecond
 * of a holiday, holidays found among many, the answer of addBusinessTime at
 * the end of an interval and after whole weeks, and holidays in a row. The
 * expected values are counted by hand (the weekdays checked with the Date
 * of the platform), and property tests compare all three functions with a
 * minute-by-minute reference over spans of up to three weeks with holidays
 * on half their days.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addBusinessTime, businessCalendar, businessDuration, isWithinBusinessHours, type WorkingWeek } from '../../src/index.js';
import { runs, TIME_SCALE } from '../helpers.js';
import { weekArb } from './arbitraries.js';
import { DAY, everyDay, HOUR, MINUTE, weekdays, WEEKDAYS } from './helpers.js';

const WEEK = 7 * DAY;
const MAX_DATE = 8.64e15;

const utc = (week: WorkingWeek, holidays: string[] = []) => businessCalendar({ timeZone: 'UTC', week, holidays });
const at = (iso: string) => Date.parse(iso);

// ---------------------------------------------------------------------------
// The reference: minute by minute

/** Monday 0 to Sunday 6 of a local day number, from the Date of the platform (remembered, as the reference asks often). */
const weekdayCache = new Map<number, number>();
function weekdayOf(day: number): number {
  let weekday = weekdayCache.get(day);
  if (weekday === undefined) {
    if (weekdayCache.size > 10_000) weekdayCache.clear();
    weekday = (new Date(day * DAY).getUTCDay() + 6) % 7;
    weekdayCache.set(day, weekday);
  }
  return weekday;
}
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** A week's intervals per weekday (Monday first) in ms from midnight, an end at or before the start on the next day, and the holidays as local day numbers. */
interface Reference {
  readonly days: readonly (readonly [number, number])[][];
  readonly off: ReadonlySet<number>;
}

function referenceOf(week: WorkingWeek, holidays: readonly string[]): Reference {
  const ms = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MINUTE;
  const days = WEEKDAYS.map((day) =>
    (week[day] ?? []).map(([s, e]) => {
      const start = ms(s!);
      const end = ms(e!);
      return [start, end <= start ? end + DAY : end] as const;
    }),
  );
  return { days, off: new Set(holidays.map((d) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY))) };
}

/** Whether local time `local` (ms on the wall clock from 1970) lies in an interval of its day or of the night shift of the day before, on no holiday. */
function working(ref: Reference, local: number): boolean {
  const today = Math.floor(local / DAY);
  for (let day = today; day >= today - 1; day--) {
    if (ref.off.has(day)) continue;
    for (const [s, e] of ref.days[weekdayOf(day)]!) if (local >= day * DAY + s && local < day * DAY + e) return true;
  }
  return false;
}

/** Working minutes in [from, to), both whole minutes, at a constant offset. */
function minutesWorked(ref: Reference, offset: number, from: number, to: number): number {
  let count = 0;
  for (let t = from; t < to; t += MINUTE) if (working(ref, t + offset)) count++;
  return count;
}

/** The reference counts up to 30,240 minutes a run: on a loaded machine that takes seconds. */
const TIMEOUT = 60_000;

const FIXED: Readonly<Record<string, number>> = { UTC: 0, 'Etc/GMT+12': -12 * HOUR, 'Etc/GMT-14': 14 * HOUR };

/** Whole minutes near 1970, in 2026, near the ends of the Date range and far in the past; three weeks from there must stay within it. */
const startArb = fc
  .tuple(
    fc.constantFrom(-MAX_DATE + 2 * DAY, Date.UTC(1969, 11, 20), Date.UTC(2026, 0, 1), Date.UTC(2028, 1, 20), Date.UTC(1600, 1, 20), Date.UTC(-5000, 5, 1), MAX_DATE - 36 * DAY),
    fc.integer({ min: 0, max: 14 * 24 * 60 }),
  )
  .map(([base, minutes]) => base + minutes * MINUTE);

/** A calendar and a span of up to three weeks (whole minutes), with holidays on up to 10 of its days (of four-digit years). */
const caseArb = fc
  .tuple(fc.constantFrom(...Object.keys(FIXED)), weekArb, startArb, fc.integer({ min: 0, max: 21 * 24 * 60 }))
  .chain(([timeZone, week, from, minutes]) => {
    const to = from + minutes * MINUTE;
    const first = Math.floor((from + FIXED[timeZone]!) / DAY) - 1;
    const holidayArb = fc.uniqueArray(fc.integer({ min: first, max: first + 23 }), { maxLength: 10 });
    return fc.tuple(
      fc.constant({ timeZone, week }),
      holidayArb.map((days) => days.map(dateOf).filter((d) => /^\d{4}-/.test(d))),
      fc.constant(from),
      fc.constant(to),
    );
  });

describe('the same as a minute-by-minute reference over spans of up to three weeks', () => {
  test.prop([caseArb], { numRuns: runs(40) })(
    'businessDuration',
    ([{ timeZone, week }, holidays, from, to]) => {
      const minutes = minutesWorked(referenceOf(week, holidays), FIXED[timeZone]!, from, to);
      expect(businessDuration(businessCalendar({ timeZone, week, holidays }), from, to)).toBe(minutes * MINUTE);
    },
    TIMEOUT,
  );

  test.prop([caseArb, fc.integer({ min: 0, max: MINUTE - 1 })], { numRuns: runs(60) })(
    'isWithinBusinessHours at any millisecond',
    ([{ timeZone, week }, holidays, , to], ms) => {
      const t = to - ms;
      expect(isWithinBusinessHours(businessCalendar({ timeZone, week, holidays }), t)).toBe(working(referenceOf(week, holidays), t + FIXED[timeZone]!));
    },
  );

  test.prop([caseArb], { numRuns: runs(40) })(
    'addBusinessTime ends where the reference has counted the amount, after a working millisecond',
    ([{ timeZone, week }, holidays, from, to]) => {
      const ref = referenceOf(week, holidays);
      const offset = FIXED[timeZone]!;
      const minutes = minutesWorked(ref, offset, from, to);
      if (minutes === 0) return;
      const due = addBusinessTime(businessCalendar({ timeZone, week, holidays }), from, minutes * MINUTE).getTime();
      expect(Number.isInteger(due / MINUTE)).toBe(true);
      expect(minutesWorked(ref, offset, from, due)).toBe(minutes);
      expect(working(ref, due - 1 + offset)).toBe(true);
      // less a millisecond, it ends 1 ms earlier (within the last working minute)
      expect(addBusinessTime(businessCalendar({ timeZone, week, holidays }), from, minutes * MINUTE - 1).getTime()).toBe(due - 1);
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// Weekdays

describe('the weekday of a local day', () => {
  // Monday 1 hour, Tuesday 2, … Sunday 7, each from 10:00: a day's working time names its weekday
  const ladder = Object.fromEntries(WEEKDAYS.map((day, i) => [day, [['10:00', `${String(11 + i)}:00`]]])) as WorkingWeek;
  const calendar = utc(ladder);

  test.each([
    // date, weekday (Monday 0), from the Date of the platform
    ['1970-01-01', 3],
    ['1969-12-31', 2],
    ['1969-12-29', 0],
    ['1969-12-28', 6],
    ['1899-12-31', 6],
    ['1600-03-01', 2],
    ['0000-03-01', 2],
    ['2000-02-29', 1],
    ['2028-02-29', 1],
    ['2026-12-31', 3],
    ['2027-01-01', 4],
    ['9999-12-31', 4],
  ])('%s has the hours of weekday %i', (date, weekday) => {
    const midnight = at(`${date}T00:00:00Z`);
    expect(businessDuration(calendar, midnight, midnight + DAY)).toBe((weekday + 1) * HOUR);
    expect(isWithinBusinessHours(calendar, midnight + 10 * HOUR - 1)).toBe(false);
    expect(isWithinBusinessHours(calendar, midnight + 10 * HOUR)).toBe(true);
    expect(isWithinBusinessHours(calendar, midnight + (11 + weekday) * HOUR - 1)).toBe(true);
    expect(isWithinBusinessHours(calendar, midnight + (11 + weekday) * HOUR)).toBe(false);
  });

  test('the first and the last day of the Date range: a Tuesday and a Friday', () => {
    // −271821-04-20 is a Tuesday, +275760-09-12 a Friday (the last Date, 09-13 00:00Z, begins a Saturday)
    expect(businessDuration(calendar, -MAX_DATE, -MAX_DATE + DAY)).toBe(2 * HOUR);
    expect(businessDuration(calendar, MAX_DATE - DAY, MAX_DATE)).toBe(5 * HOUR);
    expect(addBusinessTime(calendar, -MAX_DATE, HOUR).getTime()).toBe(-MAX_DATE + 11 * HOUR);
    expect(addBusinessTime(calendar, MAX_DATE - DAY, 5 * HOUR).getTime()).toBe(MAX_DATE - 9 * HOUR);
  });

  test.prop([fc.integer({ min: -99_999_999, max: 99_999_998 })], { numRuns: runs(200) })(
    'any local day of the Date range has the hours of its weekday, in UTC and at +14 hours',
    (day) => {
      const hours = weekdayOf(day) + 1;
      expect(businessDuration(calendar, day * DAY, (day + 1) * DAY)).toBe(hours * HOUR);
      const plus14 = businessCalendar({ timeZone: 'Etc/GMT-14', week: ladder });
      expect(businessDuration(plus14, day * DAY - 14 * HOUR, (day + 1) * DAY - 14 * HOUR)).toBe(hours * HOUR);
    },
  );
});

// ---------------------------------------------------------------------------
// Periods of a day

describe('days of several periods', () => {
  // Monday 08:00–10:00, 12:00–14:00, 16:00–18:00 and Wednesday 16:00–18:00 in UTC: 8 hours a week; 2026-01-05 is a Monday
  const calendar = utc({ monday: [['12:00', '14:00'], ['08:00', '10:00'], ['16:00', '18:00']], wednesday: [['16:00', '18:00']] });
  const monday = at('2026-01-05T00:00:00Z');

  test.each([
    ['the whole Monday', 0, DAY, 6 * HOUR],
    ['08:00 to 18:00', 8 * HOUR, 18 * HOUR, 6 * HOUR],
    ['a break, 10:00 to 12:00', 10 * HOUR, 12 * HOUR, 0],
    ['a break and a millisecond each side', 10 * HOUR - 1, 12 * HOUR + 1, 2],
    ['14:00 to 16:00', 14 * HOUR, 16 * HOUR, 0],
    ['13:59:59.999 to 16:00:00.001', 14 * HOUR - 1, 16 * HOUR + 1, 2],
    ['09:00 to 17:00', 9 * HOUR, 17 * HOUR, 4 * HOUR],
    ['18:00 to Wednesday 16:00', 18 * HOUR, 2 * DAY + 16 * HOUR, 0],
    ['17:59:59.999 to Wednesday 16:00:00.001', 18 * HOUR - 1, 2 * DAY + 16 * HOUR + 1, 2],
    ['Monday 09:00 to the Monday 09:00 a week later', 9 * HOUR, WEEK + 9 * HOUR, 8 * HOUR],
    ['Monday 13:00 to Monday 13:00 four weeks later, less 1 ms', 13 * HOUR, 4 * WEEK + 13 * HOUR - 1, 32 * HOUR - 1],
  ])('businessDuration %s', (_name, from, to, expected) => {
    expect(businessDuration(calendar, monday + from, monday + to)).toBe(expected);
  });

  test.each([
    ['2 hours from 08:00 end at 10:00, not at 12:00', 8 * HOUR, 2 * HOUR, 10 * HOUR],
    ['2 hours and 1 ms from 08:00 are 12:00:00.001', 8 * HOUR, 2 * HOUR + 1, 12 * HOUR + 1],
    ['4 hours from 08:00 end at 14:00', 8 * HOUR, 4 * HOUR, 14 * HOUR],
    ['4 hours and 1 ms from 08:00 are 16:00:00.001', 8 * HOUR, 4 * HOUR + 1, 16 * HOUR + 1],
    ['6 hours and 1 ms from 08:00 go on to Wednesday', 8 * HOUR, 6 * HOUR + 1, 2 * DAY + 16 * HOUR + 1],
    ['1 ms from 10:00 (a closing) is 12:00:00.001', 10 * HOUR, 1, 12 * HOUR + 1],
    ['a week of work (8 hours) from 08:00 ends on Wednesday at 18:00', 8 * HOUR, 8 * HOUR, 2 * DAY + 18 * HOUR],
    ['two weeks of work from 08:00 end on the next Wednesday at 18:00', 8 * HOUR, 16 * HOUR, WEEK + 2 * DAY + 18 * HOUR],
    ['52 weeks of work from 08:00 end on the 52nd Wednesday at 18:00', 8 * HOUR, 52 * 8 * HOUR, 51 * WEEK + 2 * DAY + 18 * HOUR],
    ['a week of work and 1 ms from 08:00 is the next Monday 08:00:00.001', 8 * HOUR, 8 * HOUR + 1, WEEK + 8 * HOUR + 1],
    ['a week of work from Wednesday 18:00 ends a week later', 2 * DAY + 18 * HOUR, 8 * HOUR, WEEK + 2 * DAY + 18 * HOUR],
    ['1 ms from Sunday 23:59:59.999 is Monday 08:00:00.001', -1, 1, 8 * HOUR + 1],
  ])('addBusinessTime: %s', (_name, from, amount, expected) => {
    expect(addBusinessTime(calendar, monday + from, amount).getTime()).toBe(monday + expected);
  });

  test('the same answers in a week of the distant past: 51 weeks of work from Monday −271821-04-26 08:00', () => {
    // the first Date is a Tuesday: the first Monday is 6 days on
    const first = -MAX_DATE + 6 * DAY;
    expect(addBusinessTime(calendar, first + 8 * HOUR, 51 * 8 * HOUR).getTime()).toBe(first + 50 * WEEK + 2 * DAY + 18 * HOUR);
    expect(addBusinessTime(calendar, first + 8 * HOUR, 2 * HOUR).getTime()).toBe(first + 10 * HOUR);
    // before it, Wednesday 16:00–18:00 of the first week
    expect(businessDuration(calendar, -MAX_DATE, first + 51 * WEEK)).toBe(2 * HOUR + 51 * 8 * HOUR);
  });

  test('isWithinBusinessHours at each opening and closing', () => {
    for (const [open, close] of [
      [8, 10],
      [12, 14],
      [16, 18],
    ] as const) {
      expect(isWithinBusinessHours(calendar, monday + open * HOUR - 1)).toBe(false);
      expect(isWithinBusinessHours(calendar, monday + open * HOUR)).toBe(true);
      expect(isWithinBusinessHours(calendar, monday + close * HOUR - 1)).toBe(true);
      expect(isWithinBusinessHours(calendar, monday + close * HOUR)).toBe(false);
    }
    expect(isWithinBusinessHours(calendar, monday + DAY + 16 * HOUR)).toBe(false);
    expect(isWithinBusinessHours(calendar, monday + 2 * DAY + 16 * HOUR)).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Across midnight and the end of the week

describe('intervals across midnight and from Sunday into Monday', () => {
  const monday = at('2026-01-05T00:00:00Z');

  test('Monday 20:00–24:00 touching Tuesday 00:00–02:00 is one run of 6 hours, and each day keeps its own for a holiday', () => {
    const week = { monday: [['20:00', '24:00']], tuesday: [['00:00', '02:00']] } as const;
    expect(businessDuration(utc(week), monday + 21 * HOUR, monday + DAY + HOUR)).toBe(4 * HOUR);
    expect(businessDuration(utc(week), monday + DAY, monday + DAY + HOUR)).toBe(HOUR);
    expect(businessDuration(utc(week), monday + 23 * HOUR + 59 * MINUTE, monday + DAY + MINUTE)).toBe(2 * MINUTE);
    // a holiday on Monday leaves Tuesday 00:00–02:00; one on Tuesday leaves Monday 20:00–24:00
    expect(businessDuration(utc(week, ['2026-01-05']), monday, monday + 2 * DAY)).toBe(2 * HOUR);
    expect(businessDuration(utc(week, ['2026-01-06']), monday, monday + 2 * DAY)).toBe(4 * HOUR);
    expect(isWithinBusinessHours(utc(week, ['2026-01-05']), monday + DAY)).toBe(true);
    expect(isWithinBusinessHours(utc(week, ['2026-01-05']), monday + DAY - 1)).toBe(false);
    expect(addBusinessTime(utc(week), monday + 20 * HOUR, 6 * HOUR).getTime()).toBe(monday + DAY + 2 * HOUR);
    expect(addBusinessTime(utc(week, ['2026-01-05']), monday, HOUR).getTime()).toBe(monday + DAY + HOUR);
  });

  test('a Sunday night shift 22:00–06:00 touching Monday 06:00–10:00: 12 hours from Sunday 21:00 to Monday 11:00', () => {
    // 2026-01-04 is a Sunday
    const week = { sunday: [['22:00', '06:00']], monday: [['06:00', '10:00']] } as const;
    const sunday = monday - DAY;
    expect(businessDuration(utc(week), sunday + 21 * HOUR, monday + 11 * HOUR)).toBe(12 * HOUR);
    expect(businessDuration(utc(week), monday, monday + WEEK)).toBe(12 * HOUR);
    expect(isWithinBusinessHours(utc(week), sunday + 22 * HOUR - 1)).toBe(false);
    expect(isWithinBusinessHours(utc(week), sunday + 22 * HOUR)).toBe(true);
    expect(isWithinBusinessHours(utc(week), monday + 6 * HOUR - 1)).toBe(true);
    expect(isWithinBusinessHours(utc(week), monday + 6 * HOUR)).toBe(true);
    expect(isWithinBusinessHours(utc(week), monday + 10 * HOUR)).toBe(false);
    // the Sunday a holiday: Monday 00:00–06:00 is off, 06:00–10:00 on; the Monday a holiday: the other way round
    expect(businessDuration(utc(week, ['2026-01-04']), sunday, monday + DAY)).toBe(4 * HOUR);
    expect(businessDuration(utc(week, ['2026-01-05']), sunday, monday + DAY)).toBe(8 * HOUR);
    expect(isWithinBusinessHours(utc(week, ['2026-01-04']), monday + HOUR)).toBe(false);
    expect(isWithinBusinessHours(utc(week, ['2026-01-05']), monday + HOUR)).toBe(true);
    expect(isWithinBusinessHours(utc(week, ['2026-01-05']), monday + 7 * HOUR)).toBe(false);
    // 12 hours from Sunday 22:00 end on Monday 10:00; with the Sunday off, 4 hours from Sunday 12:00 end then too
    expect(addBusinessTime(utc(week), sunday + 22 * HOUR, 12 * HOUR).getTime()).toBe(monday + 10 * HOUR);
    expect(addBusinessTime(utc(week, ['2026-01-04']), sunday + 12 * HOUR, 4 * HOUR).getTime()).toBe(monday + 10 * HOUR);
    expect(addBusinessTime(utc(week, ['2026-01-05']), monday + 5 * HOUR, 2 * HOUR).getTime()).toBe(monday + 6 * DAY + 23 * HOUR);
  });

  test('every day 00:00–24:00 but Sunday 12:00–24:00, one run around the week: a week is 6.5 days', () => {
    const week = { ...everyDay(['00:00', '24:00']), sunday: [['12:00', '24:00']] } as WorkingWeek;
    expect(businessDuration(utc(week), monday, monday + WEEK)).toBe(6 * DAY + 12 * HOUR);
    expect(businessDuration(utc(week), monday - HOUR, monday + HOUR)).toBe(2 * HOUR);
    // Sunday 12:00–24:00, then Monday from 00:00
    expect(addBusinessTime(utc(week), monday - DAY, 13 * HOUR).getTime()).toBe(monday + HOUR);
    expect(addBusinessTime(utc(week), monday + 6 * DAY, 1).getTime()).toBe(monday + 6 * DAY + 12 * HOUR + 1);
  });
});

// ---------------------------------------------------------------------------
// Holidays

describe('holidays', () => {
  const office = (holidays: string[]) => utc(weekdays(['09:00', '17:00']), holidays);

  test('the first and the last millisecond of a holiday are off, the ones around it on', () => {
    // Tuesday 2026-03-17 off, with office hours: Monday 16:59:59.999 and Wednesday 09:00 are worked
    const calendar = office(['2026-03-17']);
    const tuesday = at('2026-03-17T00:00:00Z');
    expect(businessDuration(calendar, tuesday, tuesday + DAY)).toBe(0);
    expect(businessDuration(calendar, tuesday - DAY + 17 * HOUR - 1, tuesday + DAY + 9 * HOUR + 1)).toBe(2);
    expect(businessDuration(calendar, tuesday - 1, tuesday + DAY + 1)).toBe(0);
    expect(isWithinBusinessHours(calendar, tuesday + 9 * HOUR)).toBe(false);
    expect(isWithinBusinessHours(calendar, tuesday + 17 * HOUR - 1)).toBe(false);
    expect(isWithinBusinessHours(calendar, tuesday + DAY + 9 * HOUR)).toBe(true);
    expect(isWithinBusinessHours(calendar, tuesday - DAY + 17 * HOUR - 1)).toBe(true);
  });

  test('at midnight: a holiday starts at its first millisecond, and a Monday 00:00 opening is on at Monday 00:00', () => {
    // every day 00:00–24:00 but Wednesday 2026-03-18 off
    const calendar = utc(everyDay(['00:00', '24:00']), ['2026-03-18']);
    const wednesday = at('2026-03-18T00:00:00Z');
    expect(isWithinBusinessHours(calendar, wednesday - 1)).toBe(true);
    expect(isWithinBusinessHours(calendar, wednesday)).toBe(false);
    expect(isWithinBusinessHours(calendar, wednesday + DAY - 1)).toBe(false);
    expect(isWithinBusinessHours(calendar, wednesday + DAY)).toBe(true);
    expect(businessDuration(calendar, wednesday - 1, wednesday + DAY + 1)).toBe(2);
    expect(addBusinessTime(calendar, wednesday - 1, 2).getTime()).toBe(wednesday + DAY + 1);
    // Monday 00:00–08:00 only: 2026-03-16 and 2026-03-23 are Mondays, 1970-01-05 and 1969-12-29 too
    const mondays = utc({ monday: [['00:00', '08:00']] });
    for (const monday of [at('2026-03-16T00:00:00Z'), at('2026-03-23T00:00:00Z'), 4 * DAY, -3 * DAY]) {
      expect(isWithinBusinessHours(mondays, monday - 1)).toBe(false);
      expect(isWithinBusinessHours(mondays, monday)).toBe(true);
      expect(isWithinBusinessHours(mondays, monday + 8 * HOUR - 1)).toBe(true);
      expect(isWithinBusinessHours(mondays, monday + 8 * HOUR)).toBe(false);
      expect(addBusinessTime(mondays, monday - DAY, 1).getTime()).toBe(monday + 1);
      expect(businessDuration(mondays, monday - 1, monday + 1)).toBe(1);
    }
  });

  test('a span ending or starting in the middle of a holiday counts the working days beside it only', () => {
    const calendar = office(['2026-03-17']);
    const monday = at('2026-03-16T00:00:00Z');
    expect(businessDuration(calendar, monday + 12 * HOUR, monday + DAY + 12 * HOUR)).toBe(5 * HOUR);
    expect(businessDuration(calendar, monday + DAY + 12 * HOUR, monday + 2 * DAY + 12 * HOUR)).toBe(3 * HOUR);
    expect(businessDuration(calendar, monday + DAY + 10 * HOUR, monday + DAY + 16 * HOUR)).toBe(0);
    expect(addBusinessTime(calendar, monday + DAY + 12 * HOUR, HOUR).getTime()).toBe(monday + 2 * DAY + 10 * HOUR);
    expect(addBusinessTime(calendar, monday + 16 * HOUR, 2 * HOUR).getTime()).toBe(monday + 2 * DAY + 10 * HOUR);
  });

  test('all 52 Tuesdays of 2026 off: 209 working days in the year, 103 in its first half', () => {
    // 2026 has 261 weekdays and 52 Tuesdays; January to June 129 weekdays and 26 Tuesdays (counted with Date)
    const tuesdays = Array.from({ length: 52 }, (_, i) => new Date(at('2026-01-06T00:00:00Z') + i * WEEK).toISOString().slice(0, 10));
    const calendar = office(tuesdays);
    expect(businessDuration(calendar, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(209 * 8 * HOUR);
    expect(businessDuration(calendar, at('2026-01-01T00:00:00Z'), at('2026-07-01T00:00:00Z'))).toBe(103 * 8 * HOUR);
    expect(businessDuration(calendar, at('2026-07-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(106 * 8 * HOUR);
    // the first, a middle and the last of them
    for (const date of [tuesdays[0]!, tuesdays[25]!, tuesdays[51]!]) {
      const midnight = at(`${date}T00:00:00Z`);
      expect(businessDuration(calendar, midnight - DAY, midnight + 2 * DAY)).toBe(16 * HOUR);
      expect(isWithinBusinessHours(calendar, midnight + 12 * HOUR)).toBe(false);
      expect(isWithinBusinessHours(calendar, midnight + DAY + 12 * HOUR)).toBe(true);
      expect(addBusinessTime(calendar, midnight - DAY + 16 * HOUR, 2 * HOUR).getTime()).toBe(midnight + DAY + 10 * HOUR);
    }
    // 209 days of work from 2026-01-01 end on Thursday 2026-12-31 at 17:00
    expect(addBusinessTime(calendar, at('2026-01-01T00:00:00Z'), 209 * 8 * HOUR).toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  test('the last day of a year and the first of the next, and a leap day', () => {
    // Thursday 2026-12-31 and Friday 2027-01-01 off: Wednesday 12:00 to Monday 12:00 is 5 + 3 hours
    const newYear = office(['2026-12-31', '2027-01-01']);
    expect(businessDuration(newYear, at('2026-12-30T12:00:00Z'), at('2027-01-04T12:00:00Z'))).toBe(8 * HOUR);
    expect(addBusinessTime(newYear, at('2026-12-30T16:00:00Z'), 2 * HOUR).toISOString()).toBe('2027-01-04T10:00:00.000Z');
    // Tuesday 2028-02-29 off: Monday the 28th and Wednesday March 1st are worked
    const leap = office(['2028-02-29']);
    expect(businessDuration(leap, at('2028-02-28T00:00:00Z'), at('2028-03-02T00:00:00Z'))).toBe(16 * HOUR);
    expect(isWithinBusinessHours(leap, at('2028-02-29T12:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(leap, at('2028-03-01T09:00:00Z'))).toBe(true);
  });

  test('holidays in a row: a whole week and the Monday after are skipped in one answer', () => {
    // 2026-03-16 to 03-20 (Monday to Friday) and Monday 03-23 off: Friday 03-13 16:00 plus 2 hours is Tuesday 03-24 10:00
    const calendar = office(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23']);
    expect(addBusinessTime(calendar, at('2026-03-13T16:00:00Z'), 2 * HOUR).toISOString()).toBe('2026-03-24T10:00:00.000Z');
    expect(addBusinessTime(calendar, at('2026-03-13T16:00:00Z'), HOUR).toISOString()).toBe('2026-03-13T17:00:00.000Z');
    expect(addBusinessTime(calendar, at('2026-03-18T12:00:00Z'), 1).toISOString()).toBe('2026-03-24T09:00:00.001Z');
    expect(businessDuration(calendar, at('2026-03-13T16:00:00Z'), at('2026-03-24T10:00:00Z'))).toBe(2 * HOUR);
  });

  test('a night shift on a holiday is off to its end the next morning; the shift of the day before is worked', () => {
    // every night 22:00–06:00, Tuesday 2026-03-17 off (its 22:00–06:00 into Wednesday with it)
    const calendar = utc(everyDay(['22:00', '06:00']), ['2026-03-17']);
    const tuesday = at('2026-03-17T00:00:00Z');
    expect(businessDuration(calendar, tuesday, tuesday + 2 * DAY)).toBe(6 * HOUR + 2 * HOUR);
    expect(isWithinBusinessHours(calendar, tuesday + 6 * HOUR - 1)).toBe(true);
    expect(isWithinBusinessHours(calendar, tuesday + 22 * HOUR)).toBe(false);
    expect(isWithinBusinessHours(calendar, tuesday + DAY + 6 * HOUR - 1)).toBe(false);
    expect(isWithinBusinessHours(calendar, tuesday + DAY + 22 * HOUR)).toBe(true);
    // from Tuesday 21:00, or from Wednesday 02:00 (inside the cancelled shift), an hour ends on Wednesday at 23:00
    expect(addBusinessTime(calendar, tuesday + 21 * HOUR, HOUR).getTime()).toBe(tuesday + DAY + 23 * HOUR);
    expect(addBusinessTime(calendar, tuesday + DAY + 2 * HOUR, HOUR).getTime()).toBe(tuesday + DAY + 23 * HOUR);
    // from Monday 23:00: 7 hours to Tuesday 06:00, then the next shift is Wednesday's
    expect(addBusinessTime(calendar, tuesday - HOUR, 7 * HOUR).getTime()).toBe(tuesday + 6 * HOUR);
    expect(addBusinessTime(calendar, tuesday - HOUR, 8 * HOUR).getTime()).toBe(tuesday + DAY + 23 * HOUR);
    // a span from inside the cancelled shift to inside the next one
    expect(businessDuration(calendar, tuesday + DAY + 2 * HOUR, tuesday + 2 * DAY + 2 * HOUR)).toBe(4 * HOUR);
  });

  test('1 ms from midnight inside a night shift cancelled by its holiday is found past the shift in one step, not 86,280,000 small ones', () => {
    // every day 23:59 to 23:58 the next day; Tuesday 2026-03-17 off, and its shift to Wednesday 23:58 with it: the next
    // work is Wednesday 23:59
    const calendar = utc(everyDay(['23:59', '23:58']), ['2026-03-17']);
    expect(addBusinessTime(calendar, '2026-03-18T23:57:59.999Z', 1).toISOString()).toBe('2026-03-18T23:59:00.001Z');
    const started = performance.now();
    expect(addBusinessTime(calendar, '2026-03-18T00:00:00Z', 1).toISOString()).toBe('2026-03-18T23:59:00.001Z');
    expect(addBusinessTime(calendar, '2026-03-17T23:59:00Z', 1).toISOString()).toBe('2026-03-18T23:59:00.001Z');
    expect(performance.now() - started).toBeLessThan(300 * TIME_SCALE);
  });

  test('two holidays in a row with night shifts: both shifts are off', () => {
    const calendar = utc(everyDay(['22:00', '06:00']), ['2026-03-17', '2026-03-18']);
    const tuesday = at('2026-03-17T00:00:00Z');
    expect(addBusinessTime(calendar, tuesday - HOUR, 8 * HOUR).getTime()).toBe(tuesday + 2 * DAY + 23 * HOUR);
    expect(businessDuration(calendar, tuesday, tuesday + 3 * DAY)).toBe(6 * HOUR + 2 * HOUR);
    expect(isWithinBusinessHours(calendar, tuesday + 2 * DAY + 3 * HOUR)).toBe(false);
  });

  test('holidays far apart, in 1900, 1970 and 9999: each removes its own day only', () => {
    const calendar = utc(everyDay(['00:00', '24:00']), ['1900-01-01', '1970-01-01', '9999-12-31']);
    expect(businessDuration(calendar, at('1899-12-31T00:00:00Z'), at('1900-01-03T00:00:00Z'))).toBe(2 * DAY);
    expect(businessDuration(calendar, -DAY, 2 * DAY)).toBe(2 * DAY);
    expect(businessDuration(calendar, at('9999-12-30T12:00:00Z'), at('9999-12-31T12:00:00Z'))).toBe(12 * HOUR);
    expect(addBusinessTime(calendar, -HOUR, 2 * HOUR).getTime()).toBe(DAY + HOUR);
    expect(isWithinBusinessHours(calendar, at('9999-12-31T23:59:59.999Z'))).toBe(false);
    expect(isWithinBusinessHours(calendar, at('+010000-01-01T00:00:00Z'))).toBe(true);
  });
});
