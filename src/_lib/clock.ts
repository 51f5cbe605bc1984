/**
 * How two timestamps become a duration. Every time metric that reads
 * timestamps builds one {@link Clock} from its options and measures every
 * interval with {@link elapsed}: that function is the one place where a
 * business-hours calendar will plug in (an option next to `unit`), so that
 * every metric gains it at once.
 */
import { describeValue } from './describe.js';
import { fail } from './validate.js';

/**
 * The unit of a result computed from timestamps. Durations are elapsed time:
 * a day is 24 hours, also across a daylight-saving change.
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
}

/** The option names of {@link TimeOptions}, for `readOptions`. */
export const TIME_OPTION_KEYS = ['unit'] as const;

/** A checked {@link TimeOptions}: how the metric turns two instants into a duration. */
export interface Clock {
  readonly unit: TimeUnit;
  /** Milliseconds in one unit of the result. */
  readonly msPerUnit: number;
}

const MS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** The clock of a metric that was given no options. */
export const DEFAULT_CLOCK: Clock = Object.freeze({ unit: 'milliseconds', msPerUnit: 1 });

/** Reads the `unit` option (already checked for unknown keys by `readOptions`). */
export function readClock(fn: string, options: Readonly<Record<string, unknown>>): Clock {
  const unit = options['unit'];
  if (unit === undefined) return DEFAULT_CLOCK;
  if (typeof unit !== 'string' || !Object.prototype.hasOwnProperty.call(MS_PER_UNIT, unit)) {
    fail('INVALID_OPTION', fn, `option unit must be one of ${Object.keys(MS_PER_UNIT).join(', ')}; got ${describeValue(unit)}`);
  }
  return { unit: unit as TimeUnit, msPerUnit: MS_PER_UNIT[unit as TimeUnit] };
}

/**
 * Refuses the time options for input that carries no timestamps (durations,
 * totals): their numbers are already in the caller's unit, and a unit given
 * with them would suggest a conversion that does not happen.
 */
export function refuseClock(fn: string, options: Readonly<Record<string, unknown>>, form: string): void {
  for (const key of TIME_OPTION_KEYS) {
    if (options[key] !== undefined) {
      fail(
        'INVALID_OPTION',
        fn,
        `option ${key} applies to timestamps; ${form} are already in your unit, so leave ${key} out (or convert them yourself)`,
      );
    }
  }
}

/**
 * The duration from `from` to `to` (epoch milliseconds, `from <= to`, which
 * the caller has checked), in the clock's unit. The one function through
 * which every interval of every time metric is measured.
 */
export function elapsed(clock: Clock, from: number, to: number): number {
  return (to - from) / clock.msPerUnit;
}
