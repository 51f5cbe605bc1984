import { share } from '../_lib/rate.js';
import { describeValue } from '../_lib/describe.js';
import { fail, readCount, readFinite, readOptions } from '../_lib/validate.js';
import { inputForm } from './input.js';
import { countPoints, sumResponses, weighPoints } from './responses.js';
import { formatScale, readScale, scalePoints, type Scale } from '../_lib/scale.js';
import { checkTallyScale, countBetween, readTally, tallySum, tallyTotal, type Tally } from './tally.js';
import { rejectWeightsFor } from './weights.js';

/** The counts CES is defined on, as a database would return them. */
export interface CesCounts {
  /** Sum of all ratings. */
  readonly sum: number;
  /** Number of ratings. */
  readonly count: number;
  /**
   * Optional sum of the squared ratings, Σ x², for the spread that
   * {@link cesInterval} and {@link compareCes} need.
   */
  readonly sumOfSquares?: number;
}

/** What {@link ces} and {@link cesSummary} accept. */
export type CesInput = ArrayLike<number> | Tally | CesCounts;

/** Options of {@link ces} and {@link cesSummary}. */
export interface CesOptions {
  /**
   * The question's scale, at least four points. Default `{ min: 1, max: 7 }`;
   * for a tally, the tally's own scale (and it must match when both are given).
   */
  readonly scale?: Scale;
  /**
   * The question's direction. `'easier'` (default): a higher answer means less
   * effort, as in agreement with "the company made it easy for me to handle my
   * issue". `'harder'`: a higher answer means more effort, as in "how much
   * effort did you have to put in?".
   */
  readonly higherIs?: 'easier' | 'harder';
  /**
   * Survey weights, one finite weight ≥ 0 per raw response. The mean becomes
   * Σ w·x / Σ w. Only for raw responses.
   */
  readonly weights?: ArrayLike<number>;
}

/**
 * The result of {@link cesSummary}. Shares are percentages 0–100; they are
 * `undefined` only for `{ sum, count }` counts, which do not carry the
 * distribution.
 */
export interface CesSummary<Shares extends number | undefined = number> {
  /** Average rating on the question's scale (the CES). */
  readonly mean: number;
  /** Number of ratings. */
  readonly total: number;
  /** Percentage of answers on the two easiest points of the scale. */
  readonly easyShare: Shares;
  /** Percentage of answers on the two hardest points of the scale. */
  readonly difficultShare: Shares;
  /** The mean mapped onto 0–100, where 100 is the easiest, whatever the direction. */
  readonly easeIndex: number;
}

/** The option keys of the CES functions (the statistics functions add their own). */
export const CES_OPTION_KEYS = ['scale', 'higherIs', 'weights'] as const;
const DEFAULT_SCALE: Scale = Object.freeze({ min: 1, max: 7 });
const COUNTS_SHAPE = '{ sum, count }';

/**
 * Customer Effort Score: the average rating on the survey's own scale.
 *
 * @summary CES, the mean rating on its scale.
 *
 * @remarks
 * CES = sum of ratings / number of ratings. The scale is 1–7 by default; any
 * whole range of at least four points through `scale` (1–5 and 1–10 are
 * common). The direction (`higherIs`) does not change the mean, only how
 * {@link cesSummary} reads it. Not rounded. With `weights`, CES = Σ w·x / Σ w.
 *
 * @param input - Raw ratings (any `ArrayLike<number>`), a tally, or counts
 *   `{ sum, count }`.
 * @param options - {@link CesOptions}.
 * @returns The mean rating, within the scale.
 * @throws {@link MetricError} `EMPTY_INPUT` when there are no responses;
 *   `OUT_OF_RANGE`, `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a bad
 *   rating (naming its index); `INVALID_COUNTS` for counts whose mean lies
 *   outside the scale; `INVALID_OPTION` for a bad scale or direction, or
 *   weights with a tally or counts; `INVALID_WEIGHTS` for bad weights;
 *   `SCALE_MISMATCH` for a tally of another scale.
 *
 * @example
 * ```ts
 * ces([7, 6, 6, 5]); // => 6
 * ces({ sum: 55, count: 10 }, { scale: { min: 1, max: 10 } }); // => 5.5
 * ```
 */
export function ces(input: CesInput, options?: CesOptions): number {
  const fn = 'ces';
  const { counts } = reduceCes(fn, input, readOptions(fn, options, CES_OPTION_KEYS), false);
  return cesMean(fn, counts);
}

/**
 * CES with the shares of easy and difficult answers and an ease index.
 *
 * @summary CES, its shares and its ease index.
 *
 * @remarks
 * mean = Σ ratings / n. easyShare and difficultShare are the percentages of
 * answers on the two easiest and the two hardest points: on 1–7 with
 * `higherIs: 'easier'`, 6–7 and 1–2; with `'harder'`, 1–2 and 6–7.
 * easeIndex = (mean − min) / (max − min) × 100 for `'easier'` and
 * (max − mean) / (max − min) × 100 for `'harder'`, so 100 is always the
 * easiest.
 *
 * @param input - As for {@link ces}.
 * @param options - {@link CesOptions}.
 * @returns A {@link CesSummary}.
 * @throws {@link MetricError} As {@link ces}.
 *
 * @example
 * ```ts
 * cesSummary([7, 6, 4, 1]); // => { mean: 4.5, total: 4, easyShare: 50, difficultShare: 25, easeIndex: 58.333333333333336 }
 * cesSummary([1, 2, 5], { scale: { min: 1, max: 5 }, higherIs: 'harder' }); // => { mean: 2.6666666666666665, total: 3, easyShare: 66.66666666666667, difficultShare: 33.333333333333336, easeIndex: 58.333333333333336 }
 * ```
 */
export function cesSummary(input: ArrayLike<number> | Tally, options?: CesOptions): CesSummary;
export function cesSummary(input: CesCounts, options?: CesOptions): CesSummary<undefined>;
export function cesSummary(input: CesInput, options?: CesOptions): CesSummary<number | undefined>;
export function cesSummary(input: CesInput, options?: CesOptions): CesSummary<number | undefined> {
  const fn = 'cesSummary';
  const { counts, settings, distribution } = reduceCes(fn, input, readOptions(fn, options, CES_OPTION_KEYS), true);
  const mean = cesMean(fn, counts);
  const { scale, higherIs } = settings;
  const span = scale.max - scale.min;
  const fromBottom = counts.sum - scale.min * counts.count;
  const fromTop = scale.max * counts.count - counts.sum;
  let easyShare: number | undefined;
  let difficultShare: number | undefined;
  if (distribution !== undefined) {
    const top = countBetween(distribution, scale.max - 1, scale.max);
    const bottom = countBetween(distribution, scale.min, scale.min + 1);
    easyShare = share(higherIs === 'easier' ? top : bottom, counts.count);
    difficultShare = share(higherIs === 'easier' ? bottom : top, counts.count);
  }
  return {
    mean,
    total: counts.count,
    easyShare,
    difficultShare,
    easeIndex: ((higherIs === 'easier' ? fromBottom : fromTop) * 100) / (span * counts.count),
  };
}

/** Scale and direction after defaults, checked. */
export interface CesSettings {
  readonly scale: Scale;
  readonly higherIs: 'easier' | 'harder';
}

function cesSettings(fn: string, o: Readonly<Record<string, unknown>>, tallyScale: Scale | undefined): CesSettings {
  const given = o['scale'] === undefined ? undefined : readScale(fn, o['scale'], 'option scale', 'INVALID_OPTION');
  const scale = given ?? tallyScale ?? DEFAULT_SCALE;
  if (scalePoints(scale) < 4) {
    fail(
      'INVALID_OPTION',
      fn,
      `the scale ${formatScale(scale)} has ${scalePoints(scale)} points; CES needs at least 4, so that its two easiest and two hardest points do not overlap`,
    );
  }
  const higherIs = o['higherIs'] === undefined ? 'easier' : o['higherIs'];
  if (higherIs !== 'easier' && higherIs !== 'harder') {
    fail('INVALID_OPTION', fn, `option higherIs must be 'easier' or 'harder', got ${describeValue(higherIs)}`);
  }
  return { scale, higherIs };
}

/** CES counts, the settings, and what the input says about the spread of the ratings. */
export interface ReducedCes {
  /** With weights, `count` is Σ w and `sum` is Σ w·x. */
  readonly counts: CesCounts;
  readonly settings: CesSettings;
  /** The (weighted) responses per point, when the input carries them and they were asked for. */
  readonly distribution: Tally | undefined;
  /** The number of responses. */
  readonly size: number;
  /** The number of responses, or Kish's effective sample size with weights. */
  readonly effectiveSize: number;
}

/**
 * Reduces any accepted input to `{ sum, count }`, with the distribution when
 * wanted and known, validating it. `o` has been checked for unknown keys by
 * the caller.
 */
export function reduceCes(fn: string, input: unknown, o: Readonly<Record<string, unknown>>, withDistribution: boolean): ReducedCes {
  const form = inputForm(fn, input, COUNTS_SHAPE);
  if (o['weights'] !== undefined) {
    if (form !== 'responses') rejectWeightsFor(fn, form);
    const settings = cesSettings(fn, o, undefined);
    const w = weighPoints(fn, input as ArrayLike<number>, settings.scale, o['weights']);
    const t: Tally = { scale: settings.scale, counts: w.counts };
    return { counts: { sum: tallySum(t), count: w.weightSum }, settings, distribution: t, size: (input as ArrayLike<number>).length, effectiveSize: w.effectiveSize };
  }
  switch (form) {
    case 'responses': {
      const settings = cesSettings(fn, o, undefined);
      const responses = input as ArrayLike<number>;
      const n = responses.length;
      if (!withDistribution) {
        const sum = sumResponses(fn, responses, settings.scale);
        return { counts: { sum, count: n }, settings, distribution: undefined, size: n, effectiveSize: n };
      }
      const t: Tally = { scale: settings.scale, counts: Array.from(countPoints(fn, responses, settings.scale)) };
      return { counts: { sum: tallySum(t), count: n }, settings, distribution: t, size: n, effectiveSize: n };
    }
    case 'tally': {
      const t = readTally(fn, input);
      const settings = cesSettings(fn, o, t.scale);
      checkTallyScale(fn, t.scale, settings.scale);
      const count = tallyTotal(t);
      return { counts: { sum: tallySum(t), count }, settings, distribution: t, size: count, effectiveSize: count };
    }
    case 'counts': {
      const settings = cesSettings(fn, o, undefined);
      const counts = readCesCounts(fn, input as Record<string, unknown>, settings.scale);
      return { counts, settings, distribution: undefined, size: counts.count, effectiveSize: counts.count };
    }
  }
}

function readCesCounts(fn: string, c: Record<string, unknown>, scale: Scale): CesCounts {
  const sum = readFinite(fn, 'counts.sum', c['sum']);
  const count = readCount(fn, 'counts.count', c['count']);
  if (count > 0 && (sum < count * scale.min || sum > count * scale.max)) {
    fail(
      'INVALID_COUNTS',
      fn,
      `counts.sum ${describeValue(sum)} over ${count} ratings gives a mean of ${sum / count}, outside the scale ${formatScale(scale)}`,
    );
  }
  if (count === 0 && sum !== 0) fail('INVALID_COUNTS', fn, `counts.sum ${describeValue(sum)} with counts.count 0`);
  if (c['sumOfSquares'] === undefined) return { sum, count };
  const sumOfSquares = readFinite(fn, 'counts.sumOfSquares', c['sumOfSquares']);
  // Ratings x in [min, max] satisfy (x − min)(max − x) ≥ 0, so Σx² ≤ (min + max)Σx − n·min·max;
  // and n·Σx² ≥ (Σx)² (the variance is not negative).
  if (count * sumOfSquares < sum * sum || sumOfSquares > (scale.min + scale.max) * sum - count * scale.min * scale.max) {
    fail(
      'INVALID_COUNTS',
      fn,
      `counts.sumOfSquares ${describeValue(sumOfSquares)} cannot come from ${count} ratings summing to ${sum} on the scale ${formatScale(scale)}`,
    );
  }
  return { sum, count, sumOfSquares };
}

/** The definition, once: sum of ratings / number of ratings. */
export function cesMean(fn: string, c: CesCounts): number {
  if (c.count === 0) fail('EMPTY_INPUT', fn, 'no responses: CES needs at least one');
  return c.sum / c.count;
}
