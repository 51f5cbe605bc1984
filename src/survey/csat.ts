import { describeValue } from '../_lib/describe.js';
import { rate } from '../_lib/rate.js';
import { formatScale, readScale, scalePoints, type Scale } from '../_lib/scale.js';
import { fail, readCount, readSum, readIntegerOption, readOptions, type Count } from '../_lib/validate.js';
import { bandPass, reduceSurvey, surveyMean, weighed, type SurveyCounts, type SurveyMetric } from './reduce.js';
import type { Tally } from './tally.js';

/** The counts CSAT is defined on, as a database would return them. */
export interface CsatCounts {
  /** Responses at or above the positive threshold. */
  readonly positive: Count;
  /** All responses. */
  readonly count: Count;
  /** Optional sum of all ratings, for {@link CsatSummary.mean}. */
  readonly sum?: number | bigint;
}

/** What {@link csat} and {@link csatSummary} accept. */
export type CsatInput = ArrayLike<number> | Iterable<number> | Tally<Count> | CsatCounts;

/** Options of {@link csat} and {@link csatSummary}. */
export interface CsatOptions {
  /**
   * The question's scale. Default `{ min: 1, max: 5 }`; for a tally, the
   * tally's own scale (and it must match when both are given).
   */
  readonly scale?: Scale;
  /**
   * The lowest answer that counts as positive. Default, as help desks count
   * it: the top point on a scale of two or three points (2 on 1–2, 3 on
   * 1–3, as Zendesk counts only "good"), the top two points on four points
   * and more (top-2-box: 4 on 1–5, 6 on 1–7, 9 on 1–10). Must lie above the
   * scale's minimum and not above its maximum.
   */
  readonly positiveFrom?: number;
  /**
   * Survey weights, one finite weight ≥ 0 per raw response, adding up to at
   * most the largest double. Counts become sums of weights. Only for raw
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
 * The result of {@link csatSummary}. `mean` is the average rating; it is
 * `undefined` only for counts without a `sum`, which do not carry the ratings.
 * With weights, `count` and `positive` are sums of weights and `mean` is the
 * weighted mean.
 */
export interface CsatSummary<Mean extends number | undefined = number> {
  /** CSAT, 0–100. */
  readonly score: number;
  /** Number of responses. */
  readonly count: number;
  /** Number of positive responses. */
  readonly positive: number;
  /** Average rating on the question's scale. */
  readonly mean: Mean;
}

/** The option keys of the CSAT functions (the statistics functions add their own). */
const CSAT_OPTION_KEYS = ['scale', 'positiveFrom', 'weights', 'frequencies'] as const satisfies readonly (keyof CsatOptions)[];
const DEFAULT_SCALE: Scale = { min: 1, max: 5 };

/**
 * Customer Satisfaction Score: the percentage of positive responses.
 *
 * @summary CSAT, 0–100.
 *
 * @remarks
 * CSAT = positive responses / all responses × 100. By default the question is
 * on 1–5 and positive means the top two points (top-2-box: 4 and 5); set
 * `scale` for 1–3, 1–7, 1–10 or any whole range, and `positiveFrom` for
 * another threshold. On a scale of two or three points only the top point
 * is positive by default, as help desks count it (Zendesk's good / bad, a
 * 1–3 smiley scale). Not rounded. With `weights`, CSAT = Σw positive / Σw × 100.
 *
 * @param input - Raw ratings (any `ArrayLike<number>`), a tally, or counts
 *   `{ positive, count }`.
 * @param options - {@link CsatOptions}.
 * @returns The score, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when there are no responses;
 *   `OUT_OF_RANGE`, `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a bad
 *   rating (naming its index); `INVALID_COUNTS` for counts such as
 *   `positive > count`; `INVALID_OPTION` for a scale or `positiveFrom` that
 *   makes no sense, or weights with a tally or counts; `INVALID_WEIGHTS` for
 *   bad weights, `NOT_FINITE` for weights adding up to more than the largest
 *   double; `SCALE_MISMATCH` for a tally of another scale; `OUT_OF_RANGE`
 *   for a count above 2^53 − 1.
 *
 * @example
 * ```ts
 * csat({ positive: 30, count: 50 }); // => 60
 * csat([5, 4, 3, 5]); // => 75
 * csat([7, 6, 5, 1], { scale: { min: 1, max: 7 } }); // => 50
 * csat([5, 4, 3, 5], { positiveFrom: 5 }); // => 50
 * ```
 */
export function csat(input: CsatInput, options?: CsatOptions): number {
  const fn = 'csat';
  return csatScore(fn, reduceSurvey(fn, CSAT, input, readOptions(fn, options, CSAT_OPTION_KEYS)).counts);
}

/**
 * CSAT with its counts and the average rating.
 *
 * @summary CSAT, its counts and the mean rating.
 *
 * @remarks
 * score = positive / count × 100; mean = Σ ratings / count. From counts, the
 * mean needs their optional `sum` and is `undefined` without it.
 *
 * @param input - As for {@link csat}.
 * @param options - {@link CsatOptions}.
 * @returns A {@link CsatSummary}.
 * @throws {@link MetricError} As {@link csat}; `INVALID_COUNTS` also for a
 *   `sum` the scale cannot produce.
 *
 * @example
 * ```ts
 * csatSummary([5, 4, 3, 2]); // => { score: 50, count: 4, positive: 2, mean: 3.5 }
 * csatSummary({ positive: 160, count: 200 }); // => { score: 80, count: 200, positive: 160, mean: undefined }
 * ```
 */
export function csatSummary(
  input: ArrayLike<number> | Iterable<number> | Tally | (CsatCounts & { readonly sum: number }),
  options?: CsatOptions,
): CsatSummary;
export function csatSummary(input: CsatInput, options?: CsatOptions): CsatSummary<number | undefined>;
export function csatSummary(input: CsatInput, options?: CsatOptions): CsatSummary<number | undefined> {
  const fn = 'csatSummary';
  const { counts } = reduceSurvey(fn, CSAT, input, readOptions(fn, options, CSAT_OPTION_KEYS));
  return {
    score: csatScore(fn, counts),
    count: weighed(counts, counts.count),
    positive: weighed(counts, counts.bands![0]!),
    mean: counts.sum === undefined ? undefined : surveyMean(counts),
  };
}

/** Scale and threshold after defaults, checked. */
interface CsatSettings {
  readonly scale: Scale;
  readonly positiveFrom: number;
}

/** How the CSAT functions read their input, for {@link reduceSurvey}. */
export const CSAT: SurveyMetric<CsatSettings> = {
  forms: { values: 'responses', counts: 'a tally or counts { positive, count }' },
  settings(fn, o, tallyScale) {
    const given = o['scale'] === undefined ? undefined : readScale(fn, o['scale'], 'option scale', 'INVALID_OPTION');
    const scale = given ?? tallyScale ?? DEFAULT_SCALE;
    // help desks count only the top point as good on two- and three-point scales (Zendesk's 1–3: only 3)
    if (o['positiveFrom'] === undefined) return { scale, positiveFrom: scalePoints(scale) <= 3 ? scale.max : scale.max - 1 };
    const positiveFrom = readIntegerOption(fn, 'positiveFrom', o['positiveFrom']);
    if (positiveFrom <= scale.min || positiveFrom > scale.max) {
      fail(
        'INVALID_OPTION',
        fn,
        `option positiveFrom ${positiveFrom} must lie above the lowest point and within the scale ${formatScale(scale)} (${scale.min + 1} to ${scale.max})`,
      );
    }
    return { scale, positiveFrom };
  },
  reading: ({ scale, positiveFrom }) => ({ scale, bands: [[positiveFrom, scale.max]], moments: 1 }),
  answers: bandPass,
  readCounts(fn, c, { scale }) {
    const positive = readCount(fn, 'counts.positive', c['positive']);
    const count = readCount(fn, 'counts.count', c['count']);
    if (positive > count) fail('INVALID_COUNTS', fn, `counts.positive ${positive} is greater than counts.count ${count}`);
    let sum: number | undefined;
    if (c['sum'] !== undefined) {
      sum = readSum(fn, 'counts.sum', c['sum']);
      if (sum < count * scale.min || sum > count * scale.max) {
        fail(
          'INVALID_COUNTS',
          fn,
          `counts.sum ${describeValue(sum)} cannot come from ${count} ratings on the scale ${formatScale(scale)} (it must lie between ${count * scale.min} and ${count * scale.max})`,
        );
      }
    }
    return { count, bands: [positive], sum, sumOfSquares: undefined, distribution: undefined, size: count, effectiveSize: count, exponent: 0 };
  },
};

/** The definition, once: positive / count × 100. */
export function csatScore(fn: string, c: SurveyCounts): number {
  return rate(fn, c.bands![0]!, c.count, { part: 'counts.positive', whole: 'counts.count', empty: 'no responses: CSAT needs at least one' });
}
