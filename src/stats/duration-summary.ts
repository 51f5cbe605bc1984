import { meanDuration, sumDurations } from '../_lib/durations.js';
import { readInput } from '../_lib/input.js';
import { percentilesByMethod, readQuantileMethod, type QuantileMethod } from '../_lib/quantile-methods.js';
import { readOptions } from '../_lib/validate.js';
import { readSketchOption, sketchDurations, type QuantileSketch, type QuantileSketchOptions } from './quantile-sketch.js';

/**
 * Count, sum, mean and order statistics of a set of durations. The
 * order statistics (`median`, `p90`, `min`, `max`) are `undefined` only
 * where the input carries no individual durations (totals), and the type
 * says so for that input form.
 */
export interface DurationSummary<Stat extends number | undefined = number> {
  /** Number of durations. */
  readonly count: number;
  /** Sum of the durations. */
  readonly sum: number;
  /** sum / count: the average, as Σ durations / count defines it. */
  readonly mean: number;
  /** The 50th percentile (by the summary's `method`, type 7 by default): what help desks show by default. */
  readonly median: Stat;
  /** The 90th percentile (by the summary's `method`, type 7 by default): how long the slowest tenth takes. */
  readonly p90: Stat;
  /** The shortest duration. */
  readonly min: Stat;
  /** The longest duration. */
  readonly max: Stat;
}

/** Options of {@link durationSummary}. */
export interface DurationSummaryOptions {
  /**
   * The quantile definition of `median` and `p90`, one of numpy's nine
   * ({@link QuantileMethod}); default `'linear'` (type 7). `min` and `max`
   * are the same under every method.
   */
  readonly method?: QuantileMethod;
  /**
   * Adds `sketch` to the result: the {@link QuantileSketch} of the
   * durations, in their unit, for a nightly job to keep and to merge
   * ({@link mergeQuantileSketches}, {@link sketchSummary}). `true` for a
   * relative accuracy of 1%, or `{ relativeAccuracy }`; durations of 0 go to
   * its `zeroCount`. Default: no sketch.
   */
  readonly sketch?: boolean | QuantileSketchOptions;
}

/** Options that ask a summary for the sketch of its durations: `sketch` is `true` or the sketch's options. */
export interface SketchRequest {
  /** `true` for a relative accuracy of 1%, or `{ relativeAccuracy }`. */
  readonly sketch: true | QuantileSketchOptions;
}

/** The sketch a summary returns when its options ask for one ({@link SketchRequest}). */
export interface WithSketch {
  /**
   * The {@link QuantileSketch} of the summary's durations, in their unit:
   * its `count`, `sum`, `min` and `max` are the summary's, durations of 0
   * are in its `zeroCount`. Keep `sketch.toJSON()` in a column; merge days
   * with {@link mergeQuantileSketches}; summarise with {@link sketchSummary}.
   */
  readonly sketch: QuantileSketch;
}

const DURATION_SUMMARY_OPTION_KEYS = ['method', 'sketch'] as const satisfies readonly (keyof DurationSummaryOptions)[];

/**
 * Count, sum, mean, median, 90th percentile, minimum and maximum of
 * durations.
 *
 * @summary Summary statistics of durations: mean and median, p90, range.
 *
 * @remarks
 * mean = Σ durations / count; median and p90 are the 50th and 90th
 * percentiles by linear interpolation between order statistics (type 7, as
 * {@link percentile}), or by the quantile definition `method` names (as
 * `percentile(durations, p, { method })`: `'inverted-cdf'` for the nearest
 * rank of many SLA reports). Help desks show the median by default; the usual
 * definitions of the time metrics (Σ durations / count) give the mean, so
 * both are here. The sum is a blocked,
 * compensated sum (exact for whole numbers), computed in the same pass that
 * validates the durations. The order statistics need no sort: below 32,768
 * durations, Floyd–Rivest selection on a copy (the median, then p90 within
 * the upper part, and scans for the extremes); from there on, one more pass
 * over the input that keeps only the values near each wanted rank, and a
 * selection among those (for a `Float64Array`, a pass that counts the values
 * by their leading bits, then one that keeps those of the wanted ranks'
 * buckets). Expected O(n). The input is not reordered.
 * Results are in the unit of the durations and are not rounded.
 *
 * With `sketch`, the result also holds the {@link QuantileSketch} of the
 * durations (one logarithm per duration more): the form in which a nightly
 * job keeps a day's durations, one sketch per team and day, whose merges
 * are exact and whose {@link sketchSummary} is within the sketch's relative
 * accuracy of this summary's order statistics.
 *
 * @param durations - Finite numbers ≥ 0 in any one unit: any
 *   `ArrayLike<number>` or iterable (a `Set`, a generator).
 * @param options - {@link DurationSummaryOptions}: `method`, `sketch`.
 * @returns A {@link DurationSummary}, with `sketch` ({@link WithSketch}) when the options ask for it.
 * @throws {@link MetricError} `EMPTY_INPUT` for no durations;
 *   `NEGATIVE_DURATION`, `NOT_FINITE` or `INVALID_TYPE` for a bad duration
 *   (naming its index); `INVALID_TYPE` when `durations` is not a list of
 *   numbers; `INVALID_OPTION` for an unknown method or option, or a
 *   `sketch` that is not `true`, `false` or `{ relativeAccuracy }` with an
 *   accuracy from 0.0001 to below 1.
 *
 * @example
 * ```ts
 * durationSummary([1, 2, 3, 4, 100]); // => { count: 5, sum: 110, mean: 22, median: 3, p90: 61.6, min: 1, max: 100 }
 * durationSummary([30, 10, 20, 40]); // => { count: 4, sum: 100, mean: 25, median: 25, p90: 37, min: 10, max: 40 }
 * // nearest rank: the 2nd and the 4th of the four (4 × 0.5 = 2, 4 × 0.9 = 3.6 rounded up)
 * durationSummary([30, 10, 20, 40], { method: 'inverted-cdf' }); // => { count: 4, sum: 100, mean: 25, median: 20, p90: 40, min: 10, max: 40 }
 * // with the sketch of the durations, to keep and merge
 * const { sketch } = durationSummary([0, 30, 60], { sketch: true });
 * [sketch.count, sketch.sum, sketch.zeroCount, sketch.min, sketch.max]; // => [3, 90, 1, 0, 60]
 * ```
 */
export function durationSummary(durations: ArrayLike<number> | Iterable<number>, options: DurationSummaryOptions & SketchRequest): DurationSummary & WithSketch;
export function durationSummary(durations: ArrayLike<number> | Iterable<number>, options?: DurationSummaryOptions & { readonly sketch?: false }): DurationSummary;
export function durationSummary(durations: ArrayLike<number> | Iterable<number>, options?: DurationSummaryOptions): DurationSummary & Partial<WithSketch>;
export function durationSummary(durations: ArrayLike<number> | Iterable<number>, options?: DurationSummaryOptions): DurationSummary & Partial<WithSketch> {
  const fn = 'durationSummary';
  const o = readOptions(fn, options, DURATION_SUMMARY_OPTION_KEYS);
  const method = readQuantileMethod(fn, o.method);
  const accuracy = readSketchOption(fn, o.sketch);
  // the values are checked by the sum below
  const values = readInput(fn, durations, { values: 'durations' }).values as ArrayLike<number>;
  const sum = sumDurations(fn, 'durations', values);
  const summary = summarizeDurations(fn, values, sum, false, 'no durations: a summary needs at least one', method);
  return accuracy === undefined ? summary : { ...summary, sketch: sketchDurations(accuracy, values, sum) };
}

/**
 * The summary of validated durations and their sum, with the order
 * statistics by `method`; `owned` lends the array for reordering. Every
 * summary of the library, from durations or from records, ends here.
 */
export function summarizeDurations(
  fn: string,
  values: ArrayLike<number>,
  sum: number,
  owned: boolean,
  nothing: string,
  method: QuantileMethod,
): DurationSummary {
  const count = values.length;
  const mean = meanDuration(fn, sum, count, nothing);
  // the minimum and the maximum are the same under every method: position 0 and n − 1
  const [min, median, p90, max] = percentilesByMethod(values, [0, 50, 90, 100], method, owned) as [number, number, number, number];
  return { count, sum, mean, median, p90, min, max };
}
