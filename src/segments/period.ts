/**
 * Calendar periods of instants in a time zone: the day, week, month or
 * quarter on the zone's wall clock, named by the local date it begins on.
 * The zone's offsets come from the platform's `Intl` data, read and cached
 * as the business calendars read them; the machine's own zone is never used.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import { daysFromCivil, readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import { fail, readEnumOption, readOptions } from '../_lib/validate.js';
import type { Weekday } from '../business-hours/calendar.js';
import { zoneOffsets, type ZoneOffsets } from '../business-hours/time-zone.js';

/** A calendar period: a local day, a week, a month or a quarter of a year. */
export type Period = 'day' | 'week' | 'month' | 'quarter';

/** Options of {@link periodStart}. */
export interface PeriodOptions {
  /** The length of the period. */
  readonly every: Period;
  /** The IANA time zone whose wall clock and calendar count. Default `'UTC'`. */
  readonly timeZone?: string;
  /** The first day of a week. Default `'monday'`, as ISO 8601 weeks. Only with `every: 'week'`. */
  readonly weekStartsOn?: Weekday;
}

const PERIOD_OPTION_KEYS = ['every', 'timeZone', 'weekStartsOn'] as const satisfies readonly (keyof PeriodOptions)[];
const PERIODS = ['day', 'week', 'month', 'quarter'] as const satisfies readonly Period[];
/** Monday first, as the weekday numbers below count (Monday 0). */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies readonly Weekday[];
const DAY = 86_400_000;

/**
 * The local date (`YYYY-MM-DD`) on which the calendar period of an instant
 * begins, in a time zone: the name of its day, week, month or quarter.
 *
 * @summary The start date of the day, week, month or quarter of an instant in a time zone.
 *
 * @remarks
 * The instant's local date is read from the zone's offset at that instant
 * (wall clock = UTC + offset, as `Intl` reports it, daylight-saving changes
 * included). Then the period begins on: that date (`'day'`); the latest
 * `weekStartsOn` on or before it (`'week'`; Monday by default, so that the
 * week is the ISO 8601 week, named by its Monday); the first of its month
 * (`'month'`); the first of January, April, July or October (`'quarter'`).
 * Keys sort as the periods do, as plain strings, so they make good group
 * keys for trends. A date before year 0 or after 9999 is written with a
 * sign and six digits, as `Date.prototype.toISOString` writes it.
 *
 * @param at - A {@link Timestamp}: a `Date`, epoch milliseconds or an
 *   ISO-8601 string with `Z` or an offset.
 * @param options - `every` (`'day'`, `'week'`, `'month'` or `'quarter'`),
 *   `timeZone` (an IANA zone, default `'UTC'`), `weekStartsOn` (a weekday
 *   name, default `'monday'`).
 * @returns The local date the period begins on, e.g. `'2026-03-02'`.
 * @throws {@link MetricError} `INVALID_DATE` (or `INVALID_TYPE` when
 *   missing) for a timestamp that cannot be read; `INVALID_OPTION` for an
 *   unknown option, a missing or unknown period, an unknown time zone, an
 *   unknown weekday, or `weekStartsOn` with another period than a week.
 *
 * @example
 * ```ts
 * periodStart('2026-03-04T12:00:00Z', { every: 'week' }); // => '2026-03-02'
 * periodStart('2026-03-04T12:00:00Z', { every: 'week', weekStartsOn: 'sunday' }); // => '2026-03-01'
 * periodStart('2026-03-31T23:30:00Z', { every: 'month' }); // => '2026-03-01'
 * periodStart('2026-03-31T23:30:00Z', { every: 'month', timeZone: 'Europe/Berlin' }); // => '2026-04-01'
 * periodStart('2026-08-15T08:00:00Z', { every: 'quarter' }); // => '2026-07-01'
 * periodStart('2026-01-01T03:00:00Z', { every: 'day', timeZone: 'America/New_York' }); // => '2025-12-31'
 * ```
 */
export function periodStart(at: Timestamp, options: PeriodOptions): string {
  const fn = 'periodStart';
  const o = readOptions(fn, options, PERIOD_OPTION_KEYS);
  if (options === undefined) fail('INVALID_OPTION', fn, `options are missing; give { every: ${PERIODS.map((p) => `'${p}'`).join(' | ')} }`);
  if (o.every === undefined) fail('INVALID_OPTION', fn, `option every is missing; give ${PERIODS.map((p) => `'${p}'`).join(', ')}`);
  const every = readEnumOption(fn, 'every', o.every, PERIODS);
  const zone = readZone(fn, o.timeZone);
  if (o.weekStartsOn !== undefined && every !== 'week') {
    fail('INVALID_OPTION', fn, `option weekStartsOn is for weeks; every is '${every}'`);
  }
  const weekStart = WEEKDAYS.indexOf(readEnumOption(fn, 'weekStartsOn', o.weekStartsOn, WEEKDAYS));
  const t = readTimestamp(fn, 'at', at);
  return formatDate(startDay(localDay(zone, t), every, weekStart));
}

function readZone(fn: string, value: unknown): ZoneOffsets {
  if (value === undefined) return zoneOffsets('UTC')!;
  if (typeof value !== 'string') fail('INVALID_OPTION', fn, `option timeZone is ${describeKind(value)}, not the name of a time zone`);
  const zone = zoneOffsets(value);
  if (zone === undefined) {
    fail('INVALID_OPTION', fn, `unknown time zone ${describeValue(value)}; give an IANA time zone the platform's Intl knows, such as 'Europe/Copenhagen'`);
  }
  return zone;
}

/** The local day (days since 1970-01-01 on the zone's wall clock) of instant `t`. */
function localDay(zone: ZoneOffsets, t: number): number {
  const block = zone.blockAt(t);
  let k = block.starts.length - 1;
  while (block.starts[k]! > t) k--;
  return Math.floor((t + block.offsets[k]!) / DAY);
}

/** The first local day of the period that holds local day `day`. */
function startDay(day: number, every: Period, weekStart: number): number {
  switch (every) {
    case 'day':
      return day;
    case 'week': {
      // 1970-01-01 was a Thursday: weekday 3 with Monday 0
      const weekday = (((day + 3) % 7) + 7) % 7;
      return day - ((weekday - weekStart + 7) % 7);
    }
    case 'month':
    case 'quarter': {
      const { year, month } = civilFromDays(day);
      return daysFromCivil(year, every === 'month' ? month : month - ((month - 1) % 3), 1);
    }
  }
}

/** The proleptic Gregorian date of a day number (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD`, or `±YYYYYY-MM-DD` outside years 0–9999, as `toISOString` writes years. */
function formatDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
