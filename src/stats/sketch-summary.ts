import { fail } from '../_lib/validate.js';
import type { DurationSummary } from './duration-summary.js';
import { mergeSketches, readSketchArgument, type QuantileSketch, type QuantileSketchJSON } from './quantile-sketch.js';

/**
 * A {@link DurationSummary} read from quantile sketches: `count`, `sum`,
 * `mean`, `min` and `max` exact, `median` and `p90` within
 * `relativeAccuracy` of the durations' own.
 */
export interface SketchSummary extends DurationSummary {
  /** α of the sketches: `median` and `p90` are within α · x of the order statistic x they estimate. */
  readonly relativeAccuracy: number;
}

/**
 * The summary of the durations behind one or more quantile sketches: a
 * day's, a week's or a team's, from the sketches a nightly job kept.
 *
 * @summary Count, sum, mean, median, p90 and range from quantile sketches.
 *
 * @remarks
 * The sketches are merged (as {@link mergeQuantileSketches} does, which
 * gives exactly the sketch of all their durations) and read: `count`,
 * `sum` and the exact `min` and `max` as kept, mean = sum / count, and
 * `median` and `p90` as the sketch's quantiles 0.5 and 0.9. Those are
 * within α · x of x, the order statistic of rank ⌊q(n − 1)⌋ counted from 0
 * (the lower of the two that the linear median of {@link durationSummary}
 * interpolates between), where α is the sketches' `relativeAccuracy`; a rank that falls among the zeros of
 * `zeroCount` gives 0 exactly. Between two order statistics the exact linear
 * median may lie above x, by at most the gap to the next one. The sum is
 * the sum of the sketches' sums: exact for whole durations below 2^53
 * (milliseconds), otherwise within a few units in the last place.
 *
 * The sketches come from `durationSummary` or a time summary with the
 * option `sketch`, from {@link quantileSketch}, or as their JSON, an object
 * or the text a database column holds. O(buckets) per sketch.
 *
 * @param sketches - One or more {@link QuantileSketch}es or
 *   {@link QuantileSketchJSON}s (objects or JSON text), of one accuracy.
 * @returns A {@link SketchSummary}, in the unit of the sketches' durations.
 * @throws {@link MetricError} `EMPTY_INPUT` for no sketches, or sketches
 *   that hold no value; `SCALE_MISMATCH` for sketches of different
 *   accuracies; for JSON, what {@link quantileSketchFromJSON} throws, naming
 *   the argument's index.
 *
 * @example
 * ```ts
 * // a sketch per day, kept as JSON
 * const monday = JSON.stringify(durationSummary([0, 30, 60], { sketch: true }).sketch);
 * const tuesday = durationSummary([90, 120], { sketch: true }).sketch;
 * const week = sketchSummary(monday, tuesday);
 * [week.count, week.sum, week.mean, week.min, week.max]; // => [5, 300, 60, 0, 120]
 * // the median estimates 60, the third of the five, within 1%
 * Math.abs(week.median - 60) <= 0.01 * 60; // => true
 * ```
 */
export function sketchSummary(...sketches: readonly (QuantileSketch | QuantileSketchJSON | string)[]): SketchSummary {
  const fn = 'sketchSummary';
  if (sketches.length === 0) fail('EMPTY_INPUT', fn, 'no sketches: give at least one');
  const read: QuantileSketch[] = [];
  for (let i = 0; i < sketches.length; i++) read.push(readSketchArgument(fn, sketches[i], i));
  const merged = mergeSketches(fn, read);
  const { count, sum } = merged;
  if (count === 0) fail('EMPTY_INPUT', fn, `the ${sketches.length === 1 ? 'sketch holds' : 'sketches hold'} no durations`);
  return {
    count,
    sum,
    mean: sum / count,
    median: merged.quantile(0.5),
    p90: merged.quantile(0.9),
    min: merged.min!,
    max: merged.max!,
    relativeAccuracy: merged.relativeAccuracy,
  };
}
