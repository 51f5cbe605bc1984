import { formatInstant, readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import { fail } from '../_lib/validate.js';
import type { BusinessCalendar } from './calendar.js';
import { elapsed, readBusinessClock, type BusinessTimeOptions } from './clock.js';

/**
 * Working time between two instants: the time of [start, end) that falls
 * within the calendar's working hours, in milliseconds or in `unit`.
 *
 * @summary Working time from start to end, in a business calendar.
 *
 * @remarks
 * Every working interval of every date, read on the calendar zone's wall
 * clock, is intersected with [start, end) and the overlaps are summed; a
 * holiday's intervals are left out. The start counts and the end does not,
 * so d(a, c) = d(a, b) + d(b, c) for any a ≤ b ≤ c, and 0 ≤ d(a, b) ≤ b − a.
 * On a day the clocks change, an interval lasts as long as the wall clock
 * says: 00:00–24:00 is 23 or 25 hours, and a night shift across the change
 * is an hour shorter or longer. With `businessCalendar.always()` the result
 * is `end − start`. The result is in milliseconds, or in the `unit` option
 * (`{ unit: 'hours' }`; a day is 24 hours of working time, not a working
 * day), and is not rounded. Results do not depend on
 * the machine's time zone. After the first call in a year, a span of
 * 30 days costs well under a microsecond: the zone's offsets are read from
 * `Intl` once per 400 days and cached. Spans may be as long as the range of
 * a `Date` (±8.64e15 ms, about ±270,000 years), and their cost does not grow
 * with their length: whole weeks count in one step, holidays are found by
 * binary search, and from 2100 on, where every zone follows its last rule,
 * whole 400-year cycles (a whole number of weeks) count in one step. Before
 * 2100 the zone's offsets come in blocks of 400 days, and the working time
 * of each block before each of its changes of clocks is summed once per
 * calendar, so a span costs a look-up per block before 2100, a few per
 * cycle, and the cycles that hold holidays; the first call in a zone reads
 * its changes of clocks from `Intl` once, and the first span through a
 * block sums it (see docs/business-hours.md).
 *
 * @param calendar - A {@link BusinessCalendar} from {@link businessCalendar}.
 * @param start - The start: a `Date`, epoch milliseconds or an ISO-8601
 *   string with `Z` or an offset.
 * @param end - The end, not before the start, in the same forms.
 * @param options - `unit`: the unit of the result, default `'milliseconds'`.
 * @returns The working time in [start, end), in `unit`.
 * @throws {@link MetricError} `INVALID_OPTION` when `calendar` was not made
 *   by {@link businessCalendar}, for an unknown option or unit;
 *   `INVALID_TYPE` for a missing start or end;
 *   `INVALID_DATE` for one that cannot be read or has no offset;
 *   `NEGATIVE_DURATION` for an end before the start.
 *
 * @example
 * ```ts
 * const copenhagen = businessCalendar({
 *   timeZone: 'Europe/Copenhagen',
 *   week: { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']], thursday: [['09:00', '17:00']], friday: [['09:00', '17:00']] },
 * });
 * // Friday 16:00 to Monday 10:00, across the change to summer time: 1 hour on Friday, 1 on Monday
 * businessDuration(copenhagen, '2026-03-27T16:00:00+01:00', '2026-03-30T10:00:00+02:00', { unit: 'hours' }); // => 2
 * businessDuration(copenhagen, '2026-03-27T16:00:00+01:00', '2026-03-30T10:00:00+02:00'); // => 7_200_000
 * businessDuration(businessCalendar.always(), '2026-03-27T16:00:00+01:00', '2026-03-30T10:00:00+02:00', { unit: 'hours' }); // => 65
 * // from 1970 to the last Date: 100,000,000 days, of which 71,428,572 weekdays
 * businessDuration(copenhagen, 0, 8.64e15, { unit: 'hours' }); // => 571_428_576
 * ```
 */
export function businessDuration(calendar: BusinessCalendar, start: Timestamp, end: Timestamp, options?: BusinessTimeOptions): number {
  const fn = 'businessDuration';
  const clock = readBusinessClock(fn, calendar, options);
  const from = readTimestamp(fn, 'start', start);
  const to = readTimestamp(fn, 'end', end);
  if (to < from) fail('NEGATIVE_DURATION', fn, `end (${formatInstant(to)}) is before start (${formatInstant(from)})`);
  return elapsed(clock, from, to);
}
