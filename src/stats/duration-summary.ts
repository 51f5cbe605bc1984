import { describeValue } from '../_lib/describe.js';
import { copyDurations, meanDuration, type DurationCopy } from '../_lib/durations.js';
import { percentilesInPlace } from '../_lib/quantile.js';
import { fail, hasLength } from '../_lib/validate.js';

/**
 * Count, total, mean and order statistics of a set of durations. The
 * order statistics (`median`, `p90`, `min`, `max`) are `undefined` only
 * where the input carries no individual durations (totals), and the type
 * says so for that input form.
 */
export interface DurationSummary<Stat extends number | undefined = number> {
  /** Number of durations. */
  readonly count: number;
  /** Sum of the durations. */
  readonly total: number;
  /** total / count: what the seed formulas define as the average. */
  readonly mean: number;
  /** The 50th percentile (type 7): what help desks show by default. */
  readonly median: Stat;
  /** The 90th percentile (type 7): how long the slowest tenth takes. */
  readonly p90: Stat;
  /** The shortest duration. */
  readonly min: Stat;
  /** The longest duration. */
  readonly max: Stat;
}

/**
 * Count, total, mean, median, 90th percentile, minimum and maximum of
 * durations.
 *
 * @summary Summary statistics of durations: mean and median, p90, range.
 *
 * @remarks
 * mean = Σ durations / count; median and p90 are the 50th and 90th
 * percentiles by linear interpolation between order statistics (type 7, as
 * {@link percentile}). Help desks show the median by default; the seed
 * formulas define averages, so both are here. The sum is a blocked,
 * compensated sum (exact for whole numbers), computed in the same pass that
 * validates the durations; the order statistics come from one Floyd–Rivest
 * selection for the median, a second within the upper half for p90 and
 * scans for the extremes: expected O(n), no sort. The input is not
 * reordered. Results are in the unit of the durations and are not rounded.
 *
 * @param durations - Finite numbers ≥ 0 in any one unit, any
 *   `ArrayLike<number>`.
 * @returns A {@link DurationSummary}.
 * @throws {@link MetricError} `EMPTY_INPUT` for no durations;
 *   `NEGATIVE_DURATION`, `NOT_FINITE` or `INVALID_TYPE` for a bad duration
 *   (naming its index); `INVALID_TYPE` when `durations` is not array-like.
 *
 * @example
 * ```ts
 * durationSummary([1, 2, 3, 4, 100]); // => { count: 5, total: 110, mean: 22, median: 3, p90: 61.6, min: 1, max: 100 }
 * durationSummary([30, 10, 20, 40]); // => { count: 4, total: 100, mean: 25, median: 25, p90: 37, min: 10, max: 40 }
 * ```
 */
export function durationSummary(durations: ArrayLike<number>): DurationSummary {
  const fn = 'durationSummary';
  if (durations === null || typeof durations !== 'object' || !hasLength(durations)) {
    fail('INVALID_TYPE', fn, `durations must be an array of numbers, got ${describeValue(durations)}`);
  }
  return summarizeDurations(fn, copyDurations(fn, 'durations', durations), 'no durations: a summary needs at least one');
}

/**
 * The summary of validated durations in an array the caller owns (it is
 * reordered). Every summary of the library, from durations or from records,
 * ends here.
 */
export function summarizeDurations(fn: string, copy: DurationCopy, nothing: string): DurationSummary {
  const { values, total } = copy;
  const count = values.length;
  const mean = meanDuration(fn, total, count, nothing);
  const [min, median, p90, max] = percentilesInPlace(values, count, [0, 50, 90, 100]) as [number, number, number, number];
  return { count, total, mean, median, p90, min, max };
}
