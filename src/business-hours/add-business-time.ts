import { describeKind, describeValue } from '../_lib/describe.js';
import { readTimestamp, type Timestamp } from '../_lib/timestamp.js';
import { fail } from '../_lib/validate.js';
import { readCalendar, type BusinessCalendar, type CompiledCalendar } from './calendar.js';

/** The range of a JavaScript `Date`. */
const MAX_MS = 8.64e15;

/**
 * The earliest instant `t` ≥ `from` with `amount` milliseconds of working
 * time in [from, t) (epoch milliseconds, possibly fractional), walking the
 * zone's stretches of constant offset as {@link workingTime} does; Infinity
 * when it lies past the range of a `Date`. The schedule must have working
 * time.
 */
export function addWorkingTime(calendar: CompiledCalendar, from: number, amount: number): number {
  const schedule = calendar.schedule;
  if (amount === 0) return from;
  if (schedule.always) return from + amount;
  const zone = calendar.zone;
  let block = zone.blockAt(from);
  let k = block.starts.length - 1;
  while (block.starts[k]! > from) k--;
  let a = from;
  let rest = amount;
  for (;;) {
    const end = k + 1 < block.starts.length ? block.starts[k + 1]! : block.end;
    const offset = block.offsets[k]!;
    const level = block.levels[k]!;
    if (a + offset < level) {
      // the clocks went back: the wall clock repeats readings up to `level`
      const repeatEnd = level - offset;
      const r = end < repeatEnd ? end : repeatEnd;
      if (schedule.isWorking(level - 1)) {
        if (rest <= r - a) return a + rest;
        rest -= r - a;
      }
      a = r;
    }
    if (a < end) {
      const before = schedule.worked(a + offset);
      const available = schedule.worked(end + offset) - before;
      if (rest <= available) return schedule.reaching(a + offset, before + rest) - offset;
      rest -= available;
    }
    if (end >= MAX_MS) return Infinity;
    a = end;
    if (++k === block.starts.length) {
      block = zone.blockAt(block.end);
      k = 0;
    }
  }
}

/**
 * The instant at which a given amount of working time has passed since a
 * start: the due time of an SLA written in business hours.
 *
 * @summary The instant when `milliseconds` of working time have passed since start.
 *
 * @remarks
 * The result is the earliest instant t ≥ start such that
 * `businessDuration(calendar, start, t)` equals `milliseconds`: a duration
 * that runs out exactly at the end of a working interval ends there, not at
 * the start of the next one. Adding 0 gives the start. Outside working
 * hours, the clock waits for the next working interval: 4 hours added on a
 * Friday at 16:00 with hours 09:00–17:00 end on Monday at 12:00. The time
 * zone's changes are followed as {@link businessDuration} follows them, so
 * `businessDuration(calendar, start, addBusinessTime(calendar, start, x))`
 * is `x` for whole milliseconds. A `Date` holds whole milliseconds: when the
 * instant has a fraction of one (a start with microseconds), the next whole
 * millisecond is returned, at which at least `milliseconds` have passed.
 *
 * @param calendar - A {@link BusinessCalendar} from {@link businessCalendar},
 *   with some working time.
 * @param start - A `Date`, epoch milliseconds or an ISO-8601 string with `Z`
 *   or an offset.
 * @param milliseconds - The working time to add, a finite number ≥ 0
 *   (4 hours: `4 * 3_600_000`).
 * @returns The instant, as a `Date`.
 * @throws {@link MetricError} `INVALID_OPTION` when `calendar` was not made
 *   by {@link businessCalendar}, or has no working time at all (no amount of
 *   working time could ever pass); `INVALID_TYPE` for a missing start or a
 *   `milliseconds` that is not a number; `INVALID_DATE` for a start that
 *   cannot be read; `NOT_FINITE` for NaN or ±Infinity; `OUT_OF_RANGE` for a
 *   negative `milliseconds`, or a result past the last `Date`
 *   (+275760-09-13).
 *
 * @example
 * ```ts
 * const copenhagen = businessCalendar({
 *   timeZone: 'Europe/Copenhagen',
 *   week: { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']], wednesday: [['09:00', '17:00']], thursday: [['09:00', '17:00']], friday: [['09:00', '17:00']] },
 * });
 * // Friday 16:00 plus 4 working hours: 1 on Friday, 3 on Monday, after the change to summer time
 * addBusinessTime(copenhagen, '2026-03-27T16:00:00+01:00', 4 * 3_600_000).toISOString(); // => '2026-03-30T10:00:00.000Z'
 * addBusinessTime(copenhagen, '2026-03-27T16:00:00+01:00', 3_600_000).toISOString(); // => '2026-03-27T16:00:00.000Z'
 * ```
 */
export function addBusinessTime(calendar: BusinessCalendar, start: Timestamp, milliseconds: number): Date {
  const fn = 'addBusinessTime';
  const compiled = readCalendar(fn, 'calendar', calendar);
  const from = readTimestamp(fn, 'start', start);
  const amount: unknown = milliseconds;
  if (typeof amount !== 'number') fail('INVALID_TYPE', fn, `milliseconds is ${describeKind(amount)}, not a number`);
  if (!Number.isFinite(amount)) fail('NOT_FINITE', fn, `milliseconds ${describeValue(amount)} is not a finite number`);
  if (amount < 0) fail('OUT_OF_RANGE', fn, `milliseconds ${describeValue(amount)} is negative; working time is added forwards from the start`);
  if (compiled.schedule.empty) {
    fail('INVALID_OPTION', fn, 'the calendar has no working time in any day of its week, so no working time could ever pass; give it working hours');
  }
  // working time never runs faster than elapsed time
  const instant = amount > MAX_MS - from ? Infinity : addWorkingTime(compiled, from, amount);
  if (!(instant <= MAX_MS)) {
    fail('OUT_OF_RANGE', fn, `${describeValue(amount)} milliseconds of working time from the start end after the last Date (+275760-09-13)`);
  }
  return new Date(Math.ceil(instant));
}
