import { describeValue } from '../_lib/describe.js';
import { MAX_DATE_MS, readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import { fail, readFinite } from '../_lib/validate.js';
import type { BusinessCalendar } from './calendar.js';
import { readBusinessClock, type BusinessTimeOptions } from './clock.js';
import { addWorkingTime } from './working-time.js';

/**
 * The instant at which a given amount of working time has passed since a
 * start: the due time of an SLA written in business hours.
 *
 * @summary The instant when an amount of working time has passed since start.
 *
 * @remarks
 * The result is the earliest instant t ≥ start such that
 * `businessDuration(calendar, start, t, { unit })` equals `amount`: a duration
 * that runs out exactly at the end of a working interval ends there, not at
 * the start of the next one. Adding 0 gives the start. Outside working
 * hours, the clock waits for the next working interval: 4 hours added on a
 * Friday at 16:00 with hours 09:00–17:00 end on Monday at 12:00. The time
 * zone's changes are followed as {@link businessDuration} follows them, so
 * `businessDuration(calendar, start, addBusinessTime(calendar, start, x))`
 * is `x` for whole milliseconds. The amount is in milliseconds, or in the
 * `unit` option (`{ unit: 'hours' }`; a day is 24 hours of working time, not
 * a working day). A `Date` holds whole milliseconds: when the instant has a
 * fraction of one (a start with microseconds, or an amount in a unit that
 * is not a whole number of milliseconds), the next whole millisecond is
 * returned, at which at least `amount` has passed. The cost does not grow
 * with the amount: as in {@link businessDuration}, whole weeks, and from
 * 2100 on whole 400-year cycles without holidays, pass in one step, so any
 * amount that ends within the range of a `Date` is found in bounded time,
 * and one that ends past it is refused at once.
 *
 * @param calendar - A {@link BusinessCalendar} from {@link businessCalendar},
 *   with some working time.
 * @param start - A `Date`, epoch milliseconds or an ISO-8601 string with `Z`
 *   or an offset.
 * @param amount - The working time to add, in `unit`, a finite number ≥ 0.
 * @param options - `unit`: the unit of `amount`, default `'milliseconds'`.
 * @returns The instant, as a `Date`.
 * @throws {@link MetricError} `INVALID_OPTION` when `calendar` was not made
 *   by {@link businessCalendar}, or has no working time at all (no amount of
 *   working time could ever pass), for an unknown option or unit;
 *   `INVALID_TYPE` for a missing start or an `amount` that is not a number;
 *   `INVALID_DATE` for a start that cannot be read; `NOT_FINITE` for NaN or
 *   ±Infinity; `OUT_OF_RANGE` for a negative `amount`, or a result past the
 *   last `Date` (+275760-09-13).
 *
 * @example
 * ```ts
 * const copenhagen = businessCalendar({
 *   timeZone: 'Europe/Copenhagen',
 *   week: { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']], thursday: [['09:00', '17:00']], friday: [['09:00', '17:00']] },
 * });
 * // Friday 16:00 plus 4 working hours: 1 on Friday, 3 on Monday, after the change to summer time
 * addBusinessTime(copenhagen, '2026-03-27T16:00:00+01:00', 4, { unit: 'hours' }).toISOString(); // => '2026-03-30T10:00:00.000Z'
 * addBusinessTime(copenhagen, '2026-03-27T16:00:00+01:00', 60, { unit: 'minutes' }).toISOString(); // => '2026-03-27T16:00:00.000Z'
 * addBusinessTime(copenhagen, '2026-03-27T16:00:00+01:00', 3_600_000).toISOString(); // => '2026-03-27T16:00:00.000Z'
 * ```
 */
export function addBusinessTime(calendar: BusinessCalendar, start: Timestamp, amount: number, options?: BusinessTimeOptions): Date {
  const fn = 'addBusinessTime';
  const clock = readBusinessClock(fn, calendar, options);
  const from = readTimestamp(fn, 'start', start);
  const x = readFinite(fn, 'amount', amount);
  if (x < 0) fail('OUT_OF_RANGE', fn, `amount ${describeValue(x)} is negative; working time is added forwards from the start`);
  const compiled = clock.calendar;
  if (compiled.schedule.empty) {
    fail('INVALID_OPTION', fn, 'the calendar has no working time in any day of its week, so no working time could ever pass; give it working hours');
  }
  const ms = x * clock.msPerUnit;
  // working time never runs faster than elapsed time
  const instant = ms > MAX_DATE_MS - from ? Infinity : addWorkingTime(compiled, from, ms);
  if (!(instant <= MAX_DATE_MS)) {
    fail('OUT_OF_RANGE', fn, `${describeValue(x)} ${clock.unit} of working time from the start end after the last Date (+275760-09-13)`);
  }
  return new Date(Math.ceil(instant));
}
