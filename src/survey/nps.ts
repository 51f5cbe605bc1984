import { share, signedShare } from '../_lib/rate.js';
import type { Scale } from '../_lib/scale.js';
import { checkCount, fail, readCount, readOptions, type Count } from '../_lib/validate.js';
import { bandPass, reduceSurvey, weighed, type Reading, type SurveyCounts, type SurveyMetric } from './reduce.js';
import type { Tally } from './tally.js';

/** The NPS question's scale: 0 to 10. */
export const NPS_SCALE: Scale = /*#__PURE__*/ Object.freeze({ min: 0, max: 10 });

/** The counts NPS is defined on. */
export interface NpsCounts<C extends Count = Count> {
  /** Responses of 9 or 10. */
  readonly promoters: C;
  /** Responses of 7 or 8. */
  readonly passives: C;
  /** Responses of 0 to 6. */
  readonly detractors: C;
}

/**
 * What {@link nps} and {@link npsSummary} accept: raw answers on the 0–10
 * scale, a {@link Tally} of the scale 0–10, or {@link NpsCounts}.
 */
export type NpsInput = ArrayLike<number> | Iterable<number> | Tally<Count> | NpsCounts;

/** Options of {@link nps} and {@link npsSummary}. */
export interface NpsOptions {
  /**
   * Survey weights, one finite weight ≥ 0 per raw response (post-stratification
   * weights as survey tools export them), of any magnitude, adding up to at
   * most the largest double. Counts become sums of weights. Only for raw
   * responses: a tally or counts are already aggregated.
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
 * The result of {@link npsSummary}. Shares are percentages 0–100. With
 * weights, the counts are sums of weights.
 */
export interface NpsSummary {
  /** The Net Promoter Score, −100…100. */
  readonly score: number;
  /** Number of responses (Σ weights with weights). */
  readonly count: number;
  /** Responses of 9 or 10. */
  readonly promoters: number;
  /** Responses of 7 or 8. */
  readonly passives: number;
  /** Responses of 0 to 6. */
  readonly detractors: number;
  /** promoters / count × 100 */
  readonly promoterShare: number;
  /** passives / count × 100 */
  readonly passiveShare: number;
  /** detractors / count × 100 */
  readonly detractorShare: number;
}


/**
 * Net Promoter Score: the share of promoters minus the share of detractors.
 *
 * @summary Net Promoter Score, −100…100.
 *
 * @remarks
 * NPS = (promoters − detractors) / count × 100, with answers 0–10:
 * promoters 9–10, passives 7–8, detractors 0–6. Computed from counts, never
 * from rounded percentages, and not rounded. Raw answers are counted in one
 * pass, O(n).
 *
 * With `weights`, each answer counts with its weight:
 * (Σw promoters − Σw detractors) / Σw × 100.
 *
 * @param input - Raw answers 0–10 (any `ArrayLike<number>` or iterable), a tally of the
 *   scale 0–10, or counts `{ promoters, passives, detractors }`.
 * @param options - {@link NpsOptions}: `weights` for weighted responses.
 * @returns The score, from −100 (all detractors) to 100 (all promoters).
 * @throws {@link MetricError} `EMPTY_INPUT` when there are no responses;
 *   `OUT_OF_RANGE`, `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a bad
 *   answer (naming its index); `INVALID_COUNTS` and the same codes for bad
 *   counts, `OUT_OF_RANGE` for counts above 2^53 − 1 or adding up to more; `SCALE_MISMATCH` for a tally of another scale; `INVALID_OPTION`
 *   for an unknown option or weights with a tally or counts;
 *   `INVALID_WEIGHTS` for bad weights; `NOT_FINITE` for weights adding up
 *   to more than the largest double.
 *
 * @example
 * ```ts
 * nps({ promoters: 70, passives: 20, detractors: 10 }); // => 60
 * nps([10, 9, 8, 7, 6]); // => 20
 * nps([10, 3], { weights: [3, 1] }); // => 50
 * ```
 */
export function nps(input: NpsInput, options?: NpsOptions): number {
  const fn = 'nps';
  return npsScore(fn, reduceSurvey(fn, NPS, input, readOptions(fn, options, NPS_OPTION_KEYS)).counts);
}

/**
 * NPS with the counts and shares behind it.
 *
 * @summary NPS, its counts and its shares.
 *
 * @remarks
 * score = promoterShare − detractorShare = (promoters − detractors) / count × 100;
 * each share = its answers / count × 100. Nothing is rounded.
 *
 * @param input - As for {@link nps}.
 * @param options - {@link NpsOptions}.
 * @returns An {@link NpsSummary}.
 * @throws {@link MetricError} As {@link nps}.
 *
 * @example
 * ```ts
 * npsSummary([10, 9, 8, 3]); // => { score: 25, count: 4, promoters: 2, passives: 1, detractors: 1, promoterShare: 50, passiveShare: 25, detractorShare: 25 }
 * ```
 */
export function npsSummary(input: NpsInput, options?: NpsOptions): NpsSummary {
  const fn = 'npsSummary';
  const reduced = reduceSurvey(fn, NPS, input, readOptions(fn, options, NPS_OPTION_KEYS)).counts;
  const score = npsScore(fn, reduced);
  const { count } = reduced;
  const { promoters, passives, detractors } = npsCounts(reduced);
  return {
    score,
    count: weighed(reduced, count),
    promoters: weighed(reduced, promoters),
    passives: weighed(reduced, passives),
    detractors: weighed(reduced, detractors),
    promoterShare: share(promoters, count),
    passiveShare: share(passives, count),
    detractorShare: share(detractors, count),
  };
}

/** The option keys of the NPS functions (the statistics functions add their own). */
const NPS_OPTION_KEYS = ['weights', 'frequencies'] as const satisfies readonly (keyof NpsOptions)[];

/** NPS's reading: promoters 9–10 and detractors 0–6 on 0–10. */
const NPS_READING: Reading = { scale: NPS_SCALE, bands: [[9, 10], [0, 6]], moments: 0 };

/** How the NPS functions read their input, for {@link reduceSurvey}. */
export const NPS: SurveyMetric<{ readonly scale: Scale }> = {
  forms: { values: 'responses', counts: 'a tally or counts { promoters, passives, detractors }' },
  settings: () => NPS_READING,
  reading: () => NPS_READING,
  answers: bandPass,
  readCounts(fn, c) {
    const promoters = readCount(fn, 'counts.promoters', c['promoters']);
    const passives = readCount(fn, 'counts.passives', c['passives']);
    const detractors = readCount(fn, 'counts.detractors', c['detractors']);
    const count = checkCount(fn, 'counts.promoters + counts.passives + counts.detractors', promoters + passives + detractors);
    return { count, bands: [promoters, detractors], sum: undefined, sumOfSquares: undefined, distribution: undefined, size: count, effectiveSize: count, exponent: 0 };
  },
};

/** Promoters, passives and detractors of reduced counts. */
export function npsCounts(c: SurveyCounts): NpsCounts<number> {
  const promoters = c.bands![0]!;
  const detractors = c.bands![1]!;
  // the answers of 7 and 8 themselves where known: a sum of weights can absorb a weight that a band keeps, and count − promoters − detractors then falls below 0
  const passives = c.distribution === undefined ? c.count - promoters - detractors : c.distribution.counts[7]! + c.distribution.counts[8]!;
  return { promoters, passives, detractors };
}

/**
 * The definition, once: (promoters − detractors) / count × 100, as a
 * {@link share}, multiplied before dividing so that whole counts give the
 * correctly rounded result, and all promoters (or all detractors) of a sum
 * of weights exactly 100 (−100).
 */
export function npsScore(fn: string, c: SurveyCounts): number {
  if (c.count === 0) fail('EMPTY_INPUT', fn, 'no responses: NPS needs at least one');
  return signedShare(c.bands![0]! - c.bands![1]!, c.count);
}
