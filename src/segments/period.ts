/**
 * The name of the calendar period of an instant: the local date its day,
 * week, month or quarter begins on, in a time zone. The periods themselves
 * are the package's one reading of calendar periods
 * (business-hours/periods.ts), which `ticketVolume` and `backlog` count in
 * too, so that a trend by `segment` and a count by `ticketVolume` put every
 * instant in the same period.
 */
import { civilFromDays, readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import { describeKind, describeValue } from '../_lib/describe.js';
import { fail, readOptions } from '../_lib/validate.js';
import { localTime, PERIOD_OPTION_KEYS, periodOf, periodStartLocal, readPeriods, type PeriodOptions, type Periods } from '../business-hours/periods.js';

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
 * Where the clocks are put back across midnight (Santiago, at the end of
 * summer time), the readings shown a second time stay in the day already
 * begun, so that periods never overlap: this is the reading of
 * {@link ticketVolume} and {@link backlog}, and an instant falls in the
 * same period in all three.
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
  const periods = readPeriods(fn, readOptions(fn, options, PERIOD_OPTION_KEYS));
  return periodName(periods, readTimestamp(fn, 'at', at));
}

/** The name of the period that holds instant `t`: the local date it begins on. */
export function periodName(periods: Periods, t: number): string {
  return formatDate(Math.floor(periodStartLocal(periods, periodOf(periods, localTime(periods.zone, t))) / DAY));
}

/** `YYYY-MM-DD`, or `±YYYYYY-MM-DD` outside years 0–9999, as `toISOString` writes years. */
function formatDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * A {@link segment} key for a timestamp's calendar period: the day, ISO
 * week, month or quarter of the timestamp in a time zone, named by the
 * local date the period begins on.
 *
 * @summary A segment key: the day, week, month or quarter of a timestamp in a time zone.
 *
 * @remarks
 * Returns the function `(record, index) => periodStart(record[field], options)`:
 * the key of a record is the local date (`YYYY-MM-DD`) its period begins on,
 * as {@link periodStart} reads it (Monday-based ISO weeks by default;
 * daylight-saving changes as `Intl` reports them), so a trend per team and
 * week is `segment(tickets, ['team', period('createdAt', { every: 'week',
 * timeZone })], metric)`, and keys sort as the periods do. The options are
 * checked here, once; each record's timestamp when the key is read.
 *
 * @param field - The name of the records' timestamp property, or a
 *   function `(record, index) => timestamp`.
 * @param options - {@link PeriodOptions}: `every` (`'day'`, `'week'`,
 *   `'month'` or `'quarter'`), `timeZone` (an IANA zone, default `'UTC'`),
 *   `weekStartsOn` (a weekday name, default `'monday'`).
 * @returns A key function for {@link segment}.
 * @throws {@link MetricError} `INVALID_OPTION` for a field that is neither
 *   a name nor a function, an unknown option, a missing or unknown period,
 *   an unknown time zone or weekday; when a key is read, `INVALID_DATE` (or
 *   `INVALID_TYPE` when missing) for a record's timestamp that cannot be
 *   read, naming the record.
 *
 * @example
 * ```ts
 * const answers = [
 *   { score: 10, at: '2026-03-01T23:30:00Z' },
 *   { score: 3, at: '2026-03-02T08:00:00Z' },
 * ];
 * segment(answers, period('at', { every: 'week' }), (a) => a.length); // => [{ key: '2026-02-23', count: 1, value: 1 }, { key: '2026-03-02', count: 1, value: 1 }]
 * segment(answers, period('at', { every: 'week', timeZone: 'Europe/Berlin' }), (a) => a.length); // => [{ key: '2026-03-02', count: 2, value: 2 }]
 * ```
 */
export function period<const K extends string>(field: K, options: PeriodOptions): (record: { readonly [P in K]: Timestamp }, index: number) => string;
export function period<T>(field: (record: T, index: number) => Timestamp, options: PeriodOptions): (record: T, index: number) => string;
export function period(field: string | ((record: unknown, index: number) => Timestamp), options: PeriodOptions): (record: unknown, index: number) => string {
  const fn = 'period';
  const periods = readPeriods(fn, readOptions(fn, options, PERIOD_OPTION_KEYS));
  if (typeof field === 'function') return (record, i) => periodName(periods, readTimestamp(fn, `the time of records[${i}]`, field(record, i), i));
  if (typeof field !== 'string') fail('INVALID_OPTION', fn, `field must be the name of a timestamp property or a function, got ${describeValue(field)}`);
  return (record, i) => {
    if (record === null || typeof record !== 'object') fail('INVALID_TYPE', fn, `records[${i}] is ${describeKind(record)}, not an object with ${field}`, i);
    return periodName(periods, readTimestamp(fn, `records[${i}].${field}`, (record as Record<string, unknown>)[field], i));
  };
}
