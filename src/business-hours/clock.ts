/**
 * How two timestamps become a duration. Every time metric that reads
 * timestamps builds one {@link Clock} from its options and measures every
 * interval with {@link elapsed}: that function is the one place where a
 * business calendar (the `calendar` option, next to `unit`) turns elapsed
 * time into working time, so that every metric has it.
 */
import type { BusinessCalendar, CompiledCalendar } from './calendar.js';
import { readCalendar } from './calendar.js';
import { workingTime } from './business-duration.js';
import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/validate.js';

/**
 * The unit of a result computed from timestamps. Durations are elapsed time
 * (a day is 24 hours, also across a daylight-saving change), or working time
 * with a `calendar` (a day is then 24 hours of working time, not a working
 * day).
 */
export type TimeUnit = 'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'days';

/** Options shared by every metric that reads timestamps. */
export interface TimeOptions {
  /**
   * The unit of the result when it is computed from timestamps. Default
   * `'milliseconds'`. Durations and totals you pass are already in your unit,
   * so `unit` is refused with them.
   */
  readonly unit?: TimeUnit;
  /**
   * A business calendar from `businessCalendar`: every interval is then
   * measured in the calendar's working time (as `businessDuration` measures
   * it), targets included. Default: elapsed time. Refused with durations and
   * totals, which were measured already.
   */
  readonly calendar?: BusinessCalendar;
}

/** The option names of {@link TimeOptions}, for `readOptions`. */
export const TIME_OPTION_KEYS = ['unit', 'calendar'] as const;

/** A checked {@link TimeOptions}: how the metric turns two instants into a duration. */
export interface Clock {
  readonly unit: TimeUnit;
  /** Milliseconds in one unit of the result. */
  readonly msPerUnit: number;
  /** The calendar whose working time is measured; `undefined` for elapsed time. */
  readonly calendar: CompiledCalendar | undefined;
}

const MS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** The clock of a metric that was given no options. */
export const DEFAULT_CLOCK: Clock = Object.freeze({ unit: 'milliseconds', msPerUnit: 1, calendar: undefined });

/** Reads the `unit` and `calendar` options (already checked for unknown keys by `readOptions`). */
export function readClock(fn: string, options: Readonly<Record<string, unknown>>): Clock {
  const unit = options['unit'];
  const calendar = options['calendar'];
  if (unit === undefined && calendar === undefined) return DEFAULT_CLOCK;
  if (unit !== undefined && (typeof unit !== 'string' || !Object.prototype.hasOwnProperty.call(MS_PER_UNIT, unit))) {
    fail('INVALID_OPTION', fn, `option unit must be one of ${Object.keys(MS_PER_UNIT).join(', ')}; got ${describeValue(unit)}`);
  }
  const u = (unit ?? 'milliseconds') as TimeUnit;
  return {
    unit: u,
    msPerUnit: MS_PER_UNIT[u],
    calendar: calendar === undefined ? undefined : readCalendar(fn, 'option calendar', calendar),
  };
}

/**
 * Refuses the time options for input that carries no timestamps (durations,
 * totals): their numbers are already in the caller's unit, and a unit given
 * with them would suggest a conversion that does not happen; they were
 * measured already, so a calendar cannot change them either.
 */
export function refuseClock(fn: string, options: Readonly<Record<string, unknown>>, form: string): void {
  if (options['unit'] !== undefined) {
    fail('INVALID_OPTION', fn, `option unit applies to timestamps; ${form} are already in your unit, so leave unit out (or convert them yourself)`);
  }
  if (options['calendar'] !== undefined) {
    fail(
      'INVALID_OPTION',
      fn,
      `option calendar applies to timestamps; ${form} were measured already, so leave calendar out (or measure them with businessDuration)`,
    );
  }
}

/**
 * The duration from `from` to `to` (epoch milliseconds, `from <= to`, which
 * the caller has checked), in the clock's unit: elapsed time, or the
 * calendar's working time. The one function through which every interval of
 * every time metric is measured.
 */
export function elapsed(clock: Clock, from: number, to: number): number {
  const ms = clock.calendar === undefined ? to - from : workingTime(clock.calendar, from, to);
  return ms / clock.msPerUnit;
}
