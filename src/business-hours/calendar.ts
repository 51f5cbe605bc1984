import { describeKind, describeValue } from '../_lib/describe.js';
import { daysFromCivil, daysInMonth } from '../_lib/timestamp.js';
import { fail } from '../_lib/validate.js';
import { DAY, Schedule, WEEK } from './schedule.js';
import { zoneOffsets, type ZoneOffsets } from './time-zone.js';

/** The days of a working week, as {@link BusinessCalendarSpec.week} names them. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/**
 * A working interval of a day, from a wall-clock time to another, each
 * `'HH:MM'` (00:00 to 23:59; the end may also be `'24:00'`). An end earlier
 * than the start runs past midnight into the next day (a night shift):
 * `['22:00', '06:00']`.
 */
export type WorkingInterval = readonly [start: string, end: string];

/**
 * The working intervals of each day of the week, each a pair `[start, end]`
 * as in {@link WorkingInterval}; a day left out has no working hours. The
 * pairs are typed as arrays of strings, so that hours shared between days
 * (`const hours = [['09:00', '17:00']]`) or read from JSON type-check; a
 * pair of any other length is refused when the calendar is made.
 */
export type WorkingWeek = { readonly [Day in Weekday]?: readonly (readonly string[])[] | undefined };

/** What {@link businessCalendar} reads: a time zone, a working week and holidays. */
export interface BusinessCalendarSpec {
  /**
   * The IANA time zone whose wall clock the hours are read on, e.g.
   * `'Europe/Copenhagen'`; any zone the platform's `Intl` knows. There is
   * no default: the machine's own zone is never assumed.
   */
  readonly timeZone: string;
  /** The working intervals of each weekday: `{ monday: [['09:00', '17:00']], … }`. */
  readonly week: WorkingWeek;
  /**
   * Local dates `'YYYY-MM-DD'` that are whole days off: the intervals of
   * that date are not worked (a night shift that starts on it included).
   */
  readonly holidays?: readonly string[] | undefined;
}

/**
 * A checked business calendar, made by {@link businessCalendar}: the time
 * zone, every day of the week (`[]` for a day off) with its intervals in
 * order, and the holidays sorted. Plain, frozen data; pass it to
 * {@link businessDuration}, {@link addBusinessTime},
 * {@link isWithinBusinessHours}, or as the `calendar` option of a time
 * metric.
 */
export interface BusinessCalendar {
  /** The IANA time zone, as given. */
  readonly timeZone: string;
  /** Every weekday's working intervals, sorted by start. */
  readonly week: CalendarWeek;
  /** The holidays, sorted, each once. */
  readonly holidays: readonly string[];
}

/** The working week of a {@link BusinessCalendar}: every weekday, each with its intervals sorted by start, `[]` for a day off. */
export interface CalendarWeek {
  /** Monday's working intervals. */
  readonly monday: readonly WorkingInterval[];
  /** Tuesday's working intervals. */
  readonly tuesday: readonly WorkingInterval[];
  /** Wednesday's working intervals. */
  readonly wednesday: readonly WorkingInterval[];
  /** Thursday's working intervals. */
  readonly thursday: readonly WorkingInterval[];
  /** Friday's working intervals. */
  readonly friday: readonly WorkingInterval[];
  /** Saturday's working intervals. */
  readonly saturday: readonly WorkingInterval[];
  /** Sunday's working intervals. */
  readonly sunday: readonly WorkingInterval[];
}

/** A calendar ready to measure: its schedule on the wall clock and its zone's offsets. */
export interface CompiledCalendar {
  readonly schedule: Schedule;
  readonly zone: ZoneOffsets;
}

const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SPEC_KEYS = ['timeZone', 'week', 'holidays'] as const satisfies readonly (keyof BusinessCalendarSpec)[];
const HH_MM = /^(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Calendars made by this copy of the library, and the compiled form of each. */
const compiled = new WeakMap<object, CompiledCalendar>();

/**
 * Marks calendars made by any copy of the library (an ESM and a CommonJS
 * build loaded side by side), so that a calendar made by the other copy is
 * recognised and compiled here from its data.
 */
const BRAND = Symbol.for('cx-metrics.businessCalendar');

/**
 * A business calendar: the working hours of a team in its time zone, with
 * its holidays.
 *
 * @summary Checks and builds a business calendar (time zone, working week, holidays).
 *
 * @remarks
 * Days are the lowercase English weekday names; a day left out has no
 * working hours. Each day holds intervals of local wall-clock time
 * `['HH:MM', 'HH:MM']`, from 00:00 up to `'24:00'`, which ends a day. An
 * interval whose end is earlier than its start runs past midnight into the
 * next day (a night shift, `['22:00', '06:00']`); it belongs to the day it
 * starts on. Intervals may touch (`['09:00', '12:00'], ['12:00', '17:00']`)
 * but not overlap, also across midnight and from Sunday into Monday.
 * Holidays are local dates `'YYYY-MM-DD'`: whole days off, on which the
 * day's intervals are not worked, including a night shift that starts on
 * the holiday (one that started the day before is worked to its end).
 *
 * Hours are read on the zone's wall clock on each date, with the zone's
 * rules from the platform's `Intl` data: on a day the clocks change, a
 * working interval lasts as long as the wall clock says, so 00:00–24:00 is
 * 23 or 25 hours. A wall-clock time that does not exist that day (skipped
 * when the clocks go forward) is reached at the moment the clocks jump past
 * it; one that occurs twice (when they go back) is reached the first time.
 * See docs/business-hours.md for the exact rules.
 * `businessCalendar.always()` is the calendar of every hour of every day
 * (24/7), with which working time is elapsed time.
 *
 * @param spec - `{ timeZone, week, holidays? }`: an IANA zone, the working
 *   intervals of each weekday, and local dates off.
 * @returns A frozen {@link BusinessCalendar}.
 * @throws {@link MetricError} `INVALID_OPTION` for a spec that is not an
 *   object or has an unknown field, a missing or unknown time zone, a
 *   missing week, an unknown weekday, an interval that is not a pair of
 *   `'HH:MM'` times within 00:00–24:00 (or is empty), overlapping
 *   intervals, and a holiday that is not a real date `'YYYY-MM-DD'`.
 *
 * @example
 * ```ts
 * const calendar = businessCalendar({
 *   timeZone: 'Europe/Copenhagen',
 *   week: { monday: [['09:00', '17:00']], tuesday: [['09:00', '12:00'], ['13:00', '17:00']] },
 *   holidays: ['2026-12-25', '2026-12-24'],
 * });
 * calendar.week.tuesday; // => [['09:00', '12:00'], ['13:00', '17:00']]
 * calendar.week.sunday; // => []
 * calendar.holidays; // => ['2026-12-24', '2026-12-25']
 * businessCalendar.always().timeZone; // => 'UTC'
 * ```
 */
export const businessCalendar = /*#__PURE__*/ Object.assign(
  function businessCalendar(spec: BusinessCalendarSpec): BusinessCalendar {
    return buildCalendar('businessCalendar', spec).calendar;
  },
  {
    /**
     * The 24/7 calendar: every hour of every day is working time, so working
     * time equals elapsed time. Its zone is UTC, which changes nothing here.
     *
     * @returns The frozen 24/7 {@link BusinessCalendar}, the same object at every call.
     */
    always(): BusinessCalendar {
      always ??= buildCalendar('businessCalendar', { timeZone: 'UTC', week: ALWAYS_WEEK }).calendar;
      return always;
    },
  },
);

/** Every day from 00:00 to 24:00. */
const WHOLE_DAY: readonly WorkingInterval[] = [['00:00', '24:00']];
const ALWAYS_WEEK: WorkingWeek = {
  monday: WHOLE_DAY,
  tuesday: WHOLE_DAY,
  wednesday: WHOLE_DAY,
  thursday: WHOLE_DAY,
  friday: WHOLE_DAY,
  saturday: WHOLE_DAY,
  sunday: WHOLE_DAY,
};
let always: BusinessCalendar | undefined;

/**
 * Reads a calendar argument or option: a calendar made by
 * {@link businessCalendar} (INVALID_OPTION otherwise). `name` is how the
 * message names it, e.g. `option calendar`.
 */
export function readCalendar(fn: string, name: string, value: unknown): CompiledCalendar {
  if (value !== null && typeof value === 'object') {
    const known = compiled.get(value);
    if (known !== undefined) return known;
    if ((value as Record<symbol, unknown>)[BRAND] === true) return buildCalendar(fn, value, `${name} `).compiled;
  }
  fail('INVALID_OPTION', fn, `${name} must be a calendar made by businessCalendar({ timeZone, week, holidays }); got ${describeValue(value)}`);
}

/** Checks a spec and makes the calendar and its compiled form. `where` prefixes field names in messages. */
function buildCalendar(fn: string, spec: unknown, where = ''): { calendar: BusinessCalendar; compiled: CompiledCalendar } {
  const whole = where === '' ? 'the calendar' : where.trimEnd();
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    fail('INVALID_OPTION', fn, `${whole} must be an object { timeZone, week, holidays? }; got ${describeValue(spec)}`);
  }
  const s = spec as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (!(SPEC_KEYS as readonly string[]).includes(key)) {
      fail('INVALID_OPTION', fn, `unknown field ${JSON.stringify(key)} in ${whole}; a calendar has timeZone, week and holidays`);
    }
  }
  const timeZone = s['timeZone'];
  if (timeZone === undefined) {
    fail('INVALID_OPTION', fn, `${where}timeZone is missing; give an IANA time zone such as 'Europe/Copenhagen' (the machine's own zone is never assumed)`);
  }
  if (typeof timeZone !== 'string') fail('INVALID_OPTION', fn, `${where}timeZone is ${describeKind(timeZone)}, not the name of a time zone`);
  const zone = zoneOffsets(timeZone);
  if (zone === undefined) {
    fail('INVALID_OPTION', fn, `unknown time zone ${JSON.stringify(timeZone)}; give an IANA time zone the platform's Intl knows, such as 'Europe/Copenhagen'`);
  }
  const { week, days } = readWeek(fn, s['week'], where);
  const { holidays, dayNumbers } = readHolidays(fn, s['holidays'], where);
  const calendar: BusinessCalendar = { timeZone, week, holidays };
  Object.defineProperty(calendar, BRAND, { value: true });
  Object.freeze(calendar);
  const result: CompiledCalendar = { schedule: new Schedule(days, dayNumbers), zone };
  compiled.set(calendar, result);
  if (where !== '') compiled.set(spec, result);
  return { calendar, compiled: result };
}

/** One checked interval: its source, where it is, and its span in milliseconds from its day's midnight. */
interface Checked {
  readonly text: WorkingInterval;
  readonly name: string;
  readonly weekday: number;
  readonly start: number;
  readonly end: number;
}

function readWeek(
  fn: string,
  value: unknown,
  where: string,
): { week: CalendarWeek; days: (readonly (readonly [number, number])[])[] } {
  if (value === undefined) {
    fail('INVALID_OPTION', fn, `${where}week is missing; give the working intervals of each day, e.g. { monday: [['09:00', '17:00']] }`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('INVALID_OPTION', fn, `${where}week must be an object of weekdays, e.g. { monday: [['09:00', '17:00']] }; got ${describeValue(value)}`);
  }
  const given = value as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      fail('INVALID_OPTION', fn, `unknown weekday ${JSON.stringify(key)} in ${where}week; days are ${WEEKDAYS.join(', ')} (lowercase)`);
    }
  }
  const all: Checked[] = [];
  const week = {} as Record<Weekday, readonly WorkingInterval[]>;
  WEEKDAYS.forEach((day, weekday) => {
    const intervals = given[day];
    const name = `${where}week.${day}`;
    if (intervals === undefined) {
      week[day] = Object.freeze([]);
      return;
    }
    if (intervals === null || typeof intervals !== 'object' || !Array.isArray(intervals)) {
      fail('INVALID_OPTION', fn, `${name} must be an array of ['HH:MM', 'HH:MM'] intervals ([] for no hours); got ${describeValue(intervals)}`);
    }
    // a loop over the length, not map, so that a hole in the array is refused rather than skipped
    const checked: Checked[] = [];
    for (let i = 0; i < intervals.length; i++) checked.push(readInterval(fn, `${name}[${i}]`, weekday, intervals[i]));
    checked.sort((a, b) => a.start - b.start);
    all.push(...checked);
    week[day] = Object.freeze(checked.map((c) => c.text));
  });
  refuseOverlaps(fn, all);
  const days = WEEKDAYS.map((_, weekday) => all.filter((c) => c.weekday === weekday).map((c) => [c.start, c.end] as const));
  return { week: Object.freeze(week), days };
}

function readInterval(fn: string, name: string, weekday: number, interval: unknown): Checked {
  if (!Array.isArray(interval) || interval.length !== 2) {
    fail('INVALID_OPTION', fn, `${name} must be a pair ['HH:MM', 'HH:MM']; got ${describeValue(interval)}`);
  }
  const [from, to] = interval as unknown[];
  const start = readTime(fn, name, 'starts', from, false);
  let end = readTime(fn, name, 'ends', to, true);
  if (end === start) {
    fail('INVALID_OPTION', fn, `${name} ['${String(from)}', '${String(to)}'] is empty; a whole day is ['00:00', '24:00']`);
  }
  // an end before the start is on the next day (a night shift)
  if (end < start) end += DAY;
  return { text: Object.freeze([from as string, to as string] as const), name, weekday, start, end };
}

/** Milliseconds from midnight of a wall-clock time 'HH:MM'; `'24:00'` only as an end. */
function readTime(fn: string, name: string, verb: string, value: unknown, isEnd: boolean): number {
  const range = isEnd ? '00:00 to 24:00' : '00:00 to 23:59';
  const m = typeof value === 'string' ? HH_MM.exec(value) : null;
  if (m === null) {
    fail('INVALID_OPTION', fn, `${name} ${verb} at ${describeValue(value)}, not a wall-clock time 'HH:MM' (${range})`);
  }
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes > 0 || !isEnd))) {
    const why = hours === 24 && minutes === 0 ? "; '24:00' only ends a day" : '';
    fail('INVALID_OPTION', fn, `${name} ${verb} at ${describeValue(value)}, outside ${range}${why}`);
  }
  return (hours * 60 + minutes) * 60_000;
}

/** Refuses intervals that overlap, on one day, across midnight, or from Sunday into Monday. */
function refuseOverlaps(fn: string, intervals: readonly Checked[]): void {
  const inWeek = intervals
    .map((c) => ({ c, from: c.weekday * DAY + c.start, to: c.weekday * DAY + c.end }))
    .sort((a, b) => a.from - b.from);
  for (let i = 1; i < inWeek.length; i++) {
    const previous = inWeek[i - 1]!;
    const next = inWeek[i]!;
    if (next.from < previous.to) overlap(fn, previous.c, next.c);
  }
  const last = inWeek.at(-1);
  const first = inWeek[0];
  if (last !== undefined && first !== undefined && last !== first && last.to - WEEK > first.from) overlap(fn, last.c, first.c);
}

function overlap(fn: string, a: Checked, b: Checked): never {
  const show = (c: Checked): string => `${c.name} ['${c.text[0]}', '${c.text[1]}']`;
  const across = a.end > DAY ? ', which runs past midnight,' : '';
  fail('INVALID_OPTION', fn, `${show(a)}${across} overlaps ${show(b)}; intervals must not overlap (they may touch)`);
}

function readHolidays(fn: string, value: unknown, where: string): { holidays: readonly string[]; dayNumbers: number[] } {
  if (value === undefined) return { holidays: Object.freeze([]), dayNumbers: [] };
  if (!Array.isArray(value)) {
    fail('INVALID_OPTION', fn, `${where}holidays must be an array of local dates 'YYYY-MM-DD'; got ${describeValue(value)}`);
  }
  const byDay = new Map<number, string>();
  for (let i = 0; i < value.length; i++) {
    const date: unknown = value[i];
    if (typeof date !== 'string') fail('INVALID_OPTION', fn, `${where}holidays[${i}] is ${describeKind(date)}, not a local date 'YYYY-MM-DD'`);
    const m = DATE.exec(date);
    const year = m === null ? 0 : Number(m[1]);
    const month = m === null ? 0 : Number(m[2]);
    const day = m === null ? 0 : Number(m[3]);
    if (m === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      fail('INVALID_OPTION', fn, `${where}holidays[${i}] ${describeValue(date)} is not a date 'YYYY-MM-DD'`);
    }
    byDay.set(daysFromCivil(year, month, day), date);
  }
  const dayNumbers = [...byDay.keys()].sort((a, b) => a - b);
  return { holidays: Object.freeze(dayNumbers.map((d) => byDay.get(d)!)), dayNumbers };
}
