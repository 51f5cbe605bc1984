import { share } from '../_lib/rate.js';
import { describeValue } from '../_lib/describe.js';
import { fail, readCount, readFinite, readIntegerOption, readOptions } from '../_lib/validate.js';
import { inputForm } from './input.js';
import { countBands, countPoints, weighPoints } from './responses.js';
import { formatScale, readScale, scalePoints, type Scale } from '../_lib/scale.js';
import { checkTallyScale, countBetween, readTally, tallySum, type Tally } from './tally.js';
import { rejectWeightsFor } from './weights.js';

/** The counts CSAT is defined on, as a database would return them. */
export interface CsatCounts {
  /** Responses at or above the positive threshold. */
  readonly positive: number;
  /** All responses. */
  readonly total: number;
  /** Optional sum of all ratings, for {@link CsatSummary.mean}. */
  readonly sum?: number;
}

/** What {@link csat} and {@link csatSummary} accept. */
export type CsatInput = ArrayLike<number> | Tally | CsatCounts;

/** Options of {@link csat} and {@link csatSummary}. */
export interface CsatOptions {
  /**
   * The question's scale. Default `{ min: 1, max: 5 }`; for a tally, the
   * tally's own scale (and it must match when both are given).
   */
  readonly scale?: Scale;
  /**
   * The lowest answer that counts as positive. Default: the top two points of
   * the scale (top-2-box: 4 on 1–5, 6 on 1–7, 9 on 1–10). Must lie above the
   * scale's minimum and not above its maximum.
   */
  readonly positiveFrom?: number;
  /**
   * Survey weights, one finite weight ≥ 0 per raw response. Counts become
   * sums of weights. Only for raw responses.
   */
  readonly weights?: ArrayLike<number>;
}

/**
 * The result of {@link csatSummary}. `mean` is the average rating; it is
 * `undefined` only for counts without a `sum`, which do not carry the ratings.
 * With weights, `total` and `positive` are sums of weights and `mean` is the
 * weighted mean.
 */
export interface CsatSummary<Mean extends number | undefined = number> {
  /** CSAT, 0–100. */
  readonly score: number;
  /** Number of responses. */
  readonly total: number;
  /** Number of positive responses. */
  readonly positive: number;
  /** Average rating on the question's scale. */
  readonly mean: Mean;
}

/** The option keys of the CSAT functions (the statistics functions add their own). */
export const CSAT_OPTION_KEYS = ['scale', 'positiveFrom', 'weights'] as const;
const DEFAULT_SCALE: Scale = Object.freeze({ min: 1, max: 5 });
const COUNTS_SHAPE = '{ positive, total }';

/**
 * Customer Satisfaction Score: the percentage of positive responses.
 *
 * @summary CSAT, 0–100.
 *
 * @remarks
 * CSAT = positive responses / all responses × 100. By default the question is
 * on 1–5 and positive means the top two points (top-2-box: 4 and 5); set
 * `scale` for 1–3, 1–7, 1–10 or any whole range, and `positiveFrom` for
 * another threshold. Not rounded. With `weights`, CSAT = Σw positive / Σw × 100.
 *
 * @param input - Raw ratings (any `ArrayLike<number>`), a tally, or counts
 *   `{ positive, total }`.
 * @param options - {@link CsatOptions}.
 * @returns The score, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when there are no responses;
 *   `OUT_OF_RANGE`, `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a bad
 *   rating (naming its index); `INVALID_COUNTS` for counts such as
 *   `positive > total`; `INVALID_OPTION` for a scale or `positiveFrom` that
 *   makes no sense, or weights with a tally or counts; `INVALID_WEIGHTS` for
 *   bad weights; `SCALE_MISMATCH` for a tally of another scale.
 *
 * @example
 * ```ts
 * csat({ positive: 30, total: 50 }); // => 60
 * csat([5, 4, 3, 5]); // => 75
 * csat([7, 6, 5, 1], { scale: { min: 1, max: 7 } }); // => 50
 * csat([5, 4, 3, 5], { positiveFrom: 5 }); // => 50
 * ```
 */
export function csat(input: CsatInput, options?: CsatOptions): number {
  const fn = 'csat';
  return csatScore(fn, reduceCsat(fn, input, readOptions(fn, options, CSAT_OPTION_KEYS), false).counts);
}

/**
 * CSAT with its counts and the average rating.
 *
 * @summary CSAT, its counts and the mean rating.
 *
 * @remarks
 * score = positive / total × 100; mean = Σ ratings / total. From counts, the
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
 * csatSummary([5, 4, 3, 2]); // => { score: 50, total: 4, positive: 2, mean: 3.5 }
 * csatSummary({ positive: 160, total: 200 }); // => { score: 80, total: 200, positive: 160, mean: undefined }
 * ```
 */
export function csatSummary(input: ArrayLike<number> | Tally, options?: CsatOptions): CsatSummary;
export function csatSummary(input: CsatCounts & { readonly sum: number }, options?: CsatOptions): CsatSummary;
export function csatSummary(input: CsatInput, options?: CsatOptions): CsatSummary<number | undefined>;
export function csatSummary(input: CsatInput, options?: CsatOptions): CsatSummary<number | undefined> {
  const fn = 'csatSummary';
  const { counts } = reduceCsat(fn, input, readOptions(fn, options, CSAT_OPTION_KEYS), true);
  return {
    score: csatScore(fn, counts),
    total: counts.total,
    positive: counts.positive,
    mean: counts.sum === undefined ? undefined : counts.sum / counts.total,
  };
}

/** Scale and threshold after defaults, checked. */
interface CsatSettings {
  readonly scale: Scale;
  readonly positiveFrom: number;
}

function csatSettings(fn: string, o: Readonly<Record<string, unknown>>, tallyScale: Scale | undefined): CsatSettings {
  const given = o['scale'] === undefined ? undefined : readScale(fn, o['scale'], 'option scale', 'INVALID_OPTION');
  const scale = given ?? tallyScale ?? DEFAULT_SCALE;
  if (o['positiveFrom'] === undefined) {
    if (scalePoints(scale) < 3) {
      fail(
        'INVALID_OPTION',
        fn,
        `the scale ${formatScale(scale)} has only two points, too few for the default top-2-box; set positiveFrom`,
      );
    }
    return { scale, positiveFrom: scale.max - 1 };
  }
  const positiveFrom = readIntegerOption(fn, 'positiveFrom', o['positiveFrom']);
  if (positiveFrom <= scale.min || positiveFrom > scale.max) {
    fail(
      'INVALID_OPTION',
      fn,
      `option positiveFrom ${positiveFrom} must lie above the lowest point and within the scale ${formatScale(scale)} (${scale.min + 1} to ${scale.max})`,
    );
  }
  return { scale, positiveFrom };
}

/** CSAT counts (with the sum of ratings when asked for and known), the sample size a variance should use, and the scale. */
export interface ReducedCsat {
  readonly counts: CsatCounts;
  /** The number of responses. */
  readonly size: number;
  /** The number of responses, or Kish's effective sample size with weights. */
  readonly effectiveSize: number;
  readonly scale: Scale;
}

/**
 * Reduces any accepted input to CSAT counts, validating it. `o` has been
 * checked for unknown keys by the caller.
 */
export function reduceCsat(fn: string, input: unknown, o: Readonly<Record<string, unknown>>, withSum: boolean): ReducedCsat {
  const form = inputForm(fn, input, COUNTS_SHAPE);
  if (o['weights'] !== undefined) {
    if (form !== 'responses') rejectWeightsFor(fn, form);
    const { scale, positiveFrom } = csatSettings(fn, o, undefined);
    const w = weighPoints(fn, input as ArrayLike<number>, scale, o['weights']);
    const t: Tally = { scale, counts: w.counts };
    return {
      counts: { positive: countBetween(t, positiveFrom, scale.max), total: w.weightSum, sum: tallySum(t) },
      size: (input as ArrayLike<number>).length,
      effectiveSize: w.effectiveSize,
      scale,
    };
  }
  switch (form) {
    case 'responses': {
      const { scale, positiveFrom } = csatSettings(fn, o, undefined);
      const responses = input as ArrayLike<number>;
      if (withSum) {
        const t: Tally = { scale, counts: Array.from(countPoints(fn, responses, scale)) };
        const total = responses.length;
        return { counts: { positive: countBetween(t, positiveFrom, scale.max), total, sum: tallySum(t) }, size: total, effectiveSize: total, scale };
      }
      const bands = countBands(fn, responses, scale, positiveFrom, scale.min - 1);
      return { counts: { positive: bands.high, total: bands.total }, size: bands.total, effectiveSize: bands.total, scale };
    }
    case 'tally': {
      const t = readTally(fn, input);
      const { scale, positiveFrom } = csatSettings(fn, o, t.scale);
      checkTallyScale(fn, t.scale, scale);
      const total = countBetween(t, scale.min, scale.max);
      return { counts: { positive: countBetween(t, positiveFrom, scale.max), total, sum: tallySum(t) }, size: total, effectiveSize: total, scale };
    }
    case 'counts': {
      const { scale } = csatSettings(fn, o, undefined);
      const counts = readCsatCounts(fn, input as Record<string, unknown>, scale);
      return { counts, size: counts.total, effectiveSize: counts.total, scale };
    }
  }
}

function readCsatCounts(fn: string, c: Record<string, unknown>, scale: Scale): CsatCounts {
  const positive = readCount(fn, 'counts.positive', c['positive']);
  const total = readCount(fn, 'counts.total', c['total']);
  if (positive > total) {
    fail('INVALID_COUNTS', fn, `counts.positive ${positive} is greater than counts.total ${total}`);
  }
  if (c['sum'] === undefined) return { positive, total };
  const sum = readFinite(fn, 'counts.sum', c['sum']);
  if (sum < total * scale.min || sum > total * scale.max) {
    fail(
      'INVALID_COUNTS',
      fn,
      `counts.sum ${describeValue(sum)} cannot come from ${total} ratings on the scale ${formatScale(scale)} (it must lie between ${total * scale.min} and ${total * scale.max})`,
    );
  }
  return { positive, total, sum };
}

/** The definition, once: positive / total × 100. */
export function csatScore(fn: string, c: CsatCounts): number {
  if (c.total === 0) fail('EMPTY_INPUT', fn, 'no responses: CSAT needs at least one');
  return share(c.positive, c.total);
}
