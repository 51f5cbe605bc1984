/**
 * How two timestamps become a duration in a unit. Every time metric that
 * reads timestamps, and every business-hours function, builds one
 * {@link Clock} (the unit, and a business calendar or none) and measures
 * every interval with {@link elapsed}, the one place where a calendar turns
 * elapsed time into working time. It lives with the business calendar
 * because it needs it; the support metrics use it from here.
 */
import { fail, readEnumOption, readOptions } from '../_lib/validate.js';
import { readCalendar, type BusinessCalendar, type CompiledCalendar } from './calendar.js';
import { addWorkingTime, workingTime } from './working-time.js';

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
export const TIME_OPTION_KEYS = ['unit', 'calendar'] as const satisfies readonly (keyof TimeOptions)[];

/**
 * The options of {@link businessDuration} and {@link addBusinessTime}: the
 * unit of the working time, as with every time metric.
 */
export interface BusinessTimeOptions {
  /**
   * The unit of the working time: of the result of `businessDuration`, of
   * the amount `addBusinessTime` adds. Default `'milliseconds'`. A day is
   * 24 hours of working time, not a working day.
   */
  readonly unit?: TimeUnit;
}

/** The option names of {@link BusinessTimeOptions}, for `readOptions`. */
const BUSINESS_TIME_OPTION_KEYS = ['unit'] as const satisfies readonly (keyof BusinessTimeOptions)[];

/** A checked unit and calendar: how a function turns two instants into a duration. */
export interface Clock {
  readonly unit: TimeUnit;
  /** Milliseconds in one unit of the result. */
  readonly msPerUnit: number;
  /** The calendar whose working time is measured; `undefined` for elapsed time. */
  readonly calendar: CompiledCalendar | undefined;
}

const TIME_UNITS = ['milliseconds', 'seconds', 'minutes', 'hours', 'days'] as const satisfies readonly TimeUnit[];

const MS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** The clock of a metric that was given no options. */
const DEFAULT_CLOCK: Clock = { unit: 'milliseconds', msPerUnit: 1, calendar: undefined };

/**
 * Reads a `unit` option, default `'milliseconds'`: the one reader of a unit
 * of time in the package, so that every function takes the same names.
 */
function readUnit(fn: string, value: unknown): TimeUnit {
  return readEnumOption(fn, 'unit', value, TIME_UNITS);
}

/** Reads the `unit` and `calendar` options (already checked for unknown keys by `readOptions`). */
export function readClock(fn: string, options: Readonly<Record<string, unknown>>): Clock {
  const unit = options['unit'];
  const calendar = options['calendar'];
  if (unit === undefined && calendar === undefined) return DEFAULT_CLOCK;
  return clockOf(readUnit(fn, unit), calendar === undefined ? undefined : readCalendar(fn, 'option calendar', calendar));
}

/**
 * Reads the calendar argument and the {@link BusinessTimeOptions} of a
 * business-hours function: the clock of its working time.
 */
export function readBusinessClock(fn: string, calendar: unknown, options: unknown): Clock & { readonly calendar: CompiledCalendar } {
  // without options, no options object is read: these functions are called once per span
  const unit = options === undefined ? 'milliseconds' : readUnit(fn, readOptions(fn, options, BUSINESS_TIME_OPTION_KEYS).unit);
  return clockOf(unit, readCalendar(fn, 'calendar', calendar));
}

function clockOf<C extends CompiledCalendar | undefined>(unit: TimeUnit, calendar: C): Clock & { readonly calendar: C } {
  return { unit, msPerUnit: MS_PER_UNIT[unit], calendar };
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
  return elapsedMs(clock, from, to) / clock.msPerUnit;
}

/**
 * {@link elapsed} before the unit is applied: the milliseconds of elapsed or
 * working time from `from` to `to` (`from <= to`), for a metric that adds
 * up several intervals of one ticket and divides once.
 */
export function elapsedMs(clock: Clock, from: number, to: number): number {
  return clock.calendar === undefined ? to - from : workingTime(clock.calendar, from, to);
}

/**
 * The inverse of {@link elapsedMs}: the earliest instant at which `ms`
 * milliseconds of the clock's time (elapsed, or working time) have passed
 * since `from`; Infinity when the calendar has no working time, or the
 * instant lies past the range of a `Date`. An SLA's breach instant.
 */
export function reachedAt(clock: Clock, from: number, ms: number): number {
  const calendar = clock.calendar;
  if (calendar === undefined) return from + ms;
  return calendar.schedule.empty ? Infinity : addWorkingTime(calendar, from, ms);
}
