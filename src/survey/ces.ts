import { describeValue } from '../_lib/describe.js';
import { share } from '../_lib/rate.js';
import { formatScale, readScale, scalePoints, type Scale } from '../_lib/scale.js';
import { fail, readCount, readEnumOption, readSum, readOptions, type Count } from '../_lib/validate.js';
import { bandPass, pointPass, reduceSurvey, sumPass, surveyMean, weighed, type Band, type SurveyCounts, type SurveyMetric } from './reduce.js';
import type { Tally } from './tally.js';

/** The counts CES is defined on, as a database would return them. */
export interface CesCounts {
  /** Sum of all ratings. */
  readonly sum: number | bigint;
  /** Number of ratings. */
  readonly count: Count;
  /**
   * Optional sum of the squared ratings, Σ x², for the spread that
   * {@link cesInterval} and {@link compareCes} need.
   */
  readonly sumOfSquares?: number | bigint;
}

/** What {@link ces} and {@link cesSummary} accept. */
export type CesInput = ArrayLike<number> | Iterable<number> | Tally<Count> | CesCounts;

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
   * Survey weights, one finite weight ≥ 0 per raw response, adding up to at
   * most the largest double. The mean becomes Σ w·x / Σ w. Only for raw
   * responses.
   *
   * Weights are not frequencies: they say how much each answer counts
   * relative to the others (the sample's n for intervals becomes Kish's
   * effective size, (Σw)² / Σw², not Σw). For answers that stand for several
   * identical answers, as the rows of a `GROUP BY` do, pass `frequencies`
   * (or a tally, see {@link tallyRows}).
   */
  readonly weights?: ArrayLike<number>;
  /**
   * Frequencies: how many answers each raw response stands for, one whole
   * count ≥ 0 per response (numbers or BigInts, as a `GROUP BY` returns
   * them), e.g. `scores` and `counts` from `SELECT score, count(*) … GROUP BY
   * score`. The result is that of the answers written out, each as often as
   * its count says: the number of answers is Σ counts, and intervals and
   * tests use it as their n. Not combined with `weights`; only for raw
   * responses (a tally or counts are already aggregated).
   */
  readonly frequencies?: ArrayLike<number | bigint>;
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
  readonly count: number;
  /** Percentage of answers on the two easiest points of the scale. */
  readonly easyShare: Shares;
  /** Percentage of answers on the two hardest points of the scale. */
  readonly difficultShare: Shares;
  /** The mean mapped onto 0–100, where 100 is the easiest, whatever the direction. */
  readonly easeIndex: number;
}

/** The option keys of the CES functions (the statistics functions add their own). */
const CES_OPTION_KEYS = ['scale', 'higherIs', 'weights', 'frequencies'] as const satisfies readonly (keyof CesOptions)[];
const DEFAULT_SCALE: Scale = { min: 1, max: 7 };

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
 *   weights with a tally or counts; `INVALID_WEIGHTS` for bad weights,
 *   `NOT_FINITE` for weights adding up to more than the largest double;
 *   `SCALE_MISMATCH` for a tally of another scale; `OUT_OF_RANGE` for a
 *   count above 2^53 − 1.
 *
 * @example
 * ```ts
 * ces([7, 6, 6, 5]); // => 6
 * ces({ sum: 55, count: 10 }, { scale: { min: 1, max: 10 } }); // => 5.5
 * ```
 */
export function ces(input: CesInput, options?: CesOptions): number {
  const fn = 'ces';
  return cesMean(fn, reduceSurvey(fn, CES, input, readOptions(fn, options, CES_OPTION_KEYS)).counts);
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
 * cesSummary([7, 6, 4, 1]); // => { mean: 4.5, count: 4, easyShare: 50, difficultShare: 25, easeIndex: 58.333333333333336 }
 * cesSummary([1, 2, 5], { scale: { min: 1, max: 5 }, higherIs: 'harder' }); // => { mean: 2.6666666666666665, count: 3, easyShare: 66.66666666666667, difficultShare: 33.333333333333336, easeIndex: 58.333333333333336 }
 * ```
 */
export function cesSummary(input: ArrayLike<number> | Iterable<number> | Tally, options?: CesOptions): CesSummary;
export function cesSummary(input: CesCounts, options?: CesOptions): CesSummary<undefined>;
export function cesSummary(input: CesInput, options?: CesOptions): CesSummary<number | undefined>;
export function cesSummary(input: CesInput, options?: CesOptions): CesSummary<number | undefined> {
  const fn = 'cesSummary';
  const { counts, settings } = reduceSurvey(fn, CES_SHARES, input, readOptions(fn, options, CES_OPTION_KEYS));
  const mean = cesMean(fn, counts);
  const { scale, higherIs } = settings;
  const sum = counts.sum!;
  const span = (scale.max - scale.min) * counts.count;
  // the sum's distance from each end, kept within the span: with weights the sums are rounded and can pass it
  const fromBottom = Math.min(span, Math.max(0, sum - scale.min * counts.count));
  const fromTop = Math.min(span, Math.max(0, scale.max * counts.count - sum));
  const [easy, difficult] = counts.bands ?? [];
  return {
    mean,
    count: weighed(counts, counts.count),
    easyShare: easy === undefined ? undefined : share(easy, counts.count),
    difficultShare: difficult === undefined ? undefined : share(difficult, counts.count),
    easeIndex: share(higherIs === 'easier' ? fromBottom : fromTop, span),
  };
}

/** Scale and direction after defaults, checked. */
interface CesSettings {
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
  return { scale, higherIs: readEnumOption(fn, 'higherIs', o['higherIs'], ['easier', 'harder']) };
}

function readCesCounts(fn: string, c: Readonly<Record<string, unknown>>, { scale }: CesSettings): SurveyCounts {
  const sum = readSum(fn, 'counts.sum', c['sum']);
  const count = readCount(fn, 'counts.count', c['count']);
  if (count > 0 && (sum < count * scale.min || sum > count * scale.max)) {
    fail(
      'INVALID_COUNTS',
      fn,
      `counts.sum ${describeValue(sum)} over ${count} ratings gives a mean of ${sum / count}, outside the scale ${formatScale(scale)}`,
    );
  }
  if (count === 0 && sum !== 0) fail('INVALID_COUNTS', fn, `counts.sum ${describeValue(sum)} with counts.count 0`);
  let sumOfSquares: number | undefined;
  if (c['sumOfSquares'] !== undefined) {
    sumOfSquares = readSum(fn, 'counts.sumOfSquares', c['sumOfSquares']);
    // Ratings x in [min, max] satisfy (x − min)(max − x) ≥ 0, so Σx² ≤ (min + max)Σx − n·min·max;
    // and n·Σx² ≥ (Σx)² (the variance is not negative).
    if (count * sumOfSquares < sum * sum || sumOfSquares > (scale.min + scale.max) * sum - count * scale.min * scale.max) {
      fail(
        'INVALID_COUNTS',
        fn,
        `counts.sumOfSquares ${describeValue(sumOfSquares)} cannot come from ${count} ratings summing to ${sum} on the scale ${formatScale(scale)}`,
      );
    }
  }
  return { count, bands: undefined, sum, sumOfSquares, distribution: undefined, size: count, effectiveSize: count, exponent: 0 };
}

/** The input forms of the CES functions. */
const CES_FORMS = { values: 'responses', counts: 'a tally or counts { sum, count }' } as const;

/** How {@link ces} reads its input: the sum of the answers only. */
export const CES: SurveyMetric<CesSettings> = {
  forms: CES_FORMS,
  settings: cesSettings,
  answers: sumPass,
  reading: ({ scale }) => ({ scale, bands: [], moments: 1 }),
  readCounts: readCesCounts,
};

/** How {@link cesSummary} reads its input: the sum, and the answers on the two easiest and two hardest points. */
const CES_SHARES: SurveyMetric<CesSettings> = {
  forms: CES_FORMS,
  settings: cesSettings,
  answers: bandPass,
  readCounts: readCesCounts,
  reading: ({ scale, higherIs }) => {
    const top: Band = [scale.max - 1, scale.max];
    const bottom: Band = [scale.min, scale.min + 1];
    return { scale, bands: higherIs === 'easier' ? [top, bottom] : [bottom, top], moments: 1 };
  },
};

/** How the CES statistics read their input: the sum and the spread of the answers. */
export const CES_SPREAD: SurveyMetric<CesSettings> = {
  forms: CES_FORMS,
  settings: cesSettings,
  answers: pointPass,
  readCounts: readCesCounts,
  reading: ({ scale }) => ({ scale, bands: [], moments: 2 }),
};

/** The definition, once: sum of ratings / number of ratings. */
export function cesMean(fn: string, c: SurveyCounts): number {
  if (c.count === 0) fail('EMPTY_INPUT', fn, 'no responses: CES needs at least one');
  return surveyMean(c);
}
