import { share } from '../_lib/rate.js';
import { fail, readCount, readOptions } from '../_lib/validate.js';
import { inputForm } from './input.js';
import { countBands, weighPoints } from './responses.js';
import { NPS_SCALE } from '../_lib/scale.js';
import { countBetween, readTally, type Tally } from './tally.js';
import { rejectWeightsFor } from './weights.js';

/** The counts NPS is defined on. */
export interface NpsCounts {
  /** Responses of 9 or 10. */
  readonly promoters: number;
  /** Responses of 7 or 8. */
  readonly passives: number;
  /** Responses of 0 to 6. */
  readonly detractors: number;
}

/**
 * What {@link nps} and {@link npsSummary} accept: raw answers on the 0–10
 * scale, a {@link Tally} of the scale 0–10, or {@link NpsCounts}.
 */
export type NpsInput = ArrayLike<number> | Tally | NpsCounts;

/** Options of {@link nps} and {@link npsSummary}. */
export interface NpsOptions {
  /**
   * Survey weights, one finite weight ≥ 0 per raw response (post-stratification
   * weights as survey tools export them). Counts become sums of weights. Only
   * for raw responses: a tally or counts are already aggregated.
   */
  readonly weights?: ArrayLike<number>;
}

/**
 * The result of {@link npsSummary}. Shares are percentages 0–100. With
 * weights, the counts and the total are sums of weights.
 */
export interface NpsSummary {
  /** The Net Promoter Score, −100…100. */
  readonly score: number;
  /** Number of responses (Σ weights with weights). */
  readonly total: number;
  /** Responses of 9 or 10. */
  readonly promoters: number;
  /** Responses of 7 or 8. */
  readonly passives: number;
  /** Responses of 0 to 6. */
  readonly detractors: number;
  /** promoters / total × 100 */
  readonly promoterShare: number;
  /** passives / total × 100 */
  readonly passiveShare: number;
  /** detractors / total × 100 */
  readonly detractorShare: number;
}

const COUNTS_SHAPE = '{ promoters, passives, detractors }';

/**
 * Net Promoter Score: the share of promoters minus the share of detractors.
 *
 * @summary Net Promoter Score, −100…100.
 *
 * @remarks
 * NPS = (promoters − detractors) / total × 100, with answers 0–10:
 * promoters 9–10, passives 7–8, detractors 0–6. Computed from counts, never
 * from rounded percentages, and not rounded. Raw answers are counted in one
 * pass, O(n).
 *
 * With `weights`, each answer counts with its weight:
 * (Σw promoters − Σw detractors) / Σw × 100.
 *
 * @param input - Raw answers 0–10 (any `ArrayLike<number>`), a tally of the
 *   scale 0–10, or counts `{ promoters, passives, detractors }`.
 * @param options - {@link NpsOptions}: `weights` for weighted responses.
 * @returns The score, from −100 (all detractors) to 100 (all promoters).
 * @throws {@link MetricError} `EMPTY_INPUT` when there are no responses;
 *   `OUT_OF_RANGE`, `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a bad
 *   answer (naming its index); `INVALID_COUNTS` and the same codes for bad
 *   counts; `SCALE_MISMATCH` for a tally of another scale; `INVALID_OPTION`
 *   for an unknown option or weights with a tally or counts;
 *   `INVALID_WEIGHTS` for bad weights.
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
  return npsScore(fn, reduceNps(fn, input, readOptions(fn, options, NPS_OPTION_KEYS)).counts);
}

/**
 * NPS with the counts and shares behind it.
 *
 * @summary NPS, its counts and its shares.
 *
 * @remarks
 * score = promoterShare − detractorShare = (promoters − detractors) / total × 100;
 * each share = count / total × 100. Nothing is rounded.
 *
 * @param input - As for {@link nps}.
 * @param options - {@link NpsOptions}.
 * @returns An {@link NpsSummary}.
 * @throws {@link MetricError} As {@link nps}.
 *
 * @example
 * ```ts
 * npsSummary([10, 9, 8, 3]); // => { score: 25, total: 4, promoters: 2, passives: 1, detractors: 1, promoterShare: 50, passiveShare: 25, detractorShare: 25 }
 * ```
 */
export function npsSummary(input: NpsInput, options?: NpsOptions): NpsSummary {
  const fn = 'npsSummary';
  const { counts } = reduceNps(fn, input, readOptions(fn, options, NPS_OPTION_KEYS));
  const score = npsScore(fn, counts);
  const total = counts.promoters + counts.passives + counts.detractors;
  return {
    score,
    total,
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    promoterShare: share(counts.promoters, total),
    passiveShare: share(counts.passives, total),
    detractorShare: share(counts.detractors, total),
  };
}

/** The option keys of the NPS functions (the statistics functions add their own). */
export const NPS_OPTION_KEYS = ['weights'] as const;

/** NPS counts, and the sample size a variance should use. */
export interface ReducedNps {
  readonly counts: NpsCounts;
  /** The number of responses. */
  readonly size: number;
  /** The number of responses, or Kish's effective sample size with weights. */
  readonly effectiveSize: number;
}

/**
 * Reduces any accepted input to NPS counts, validating it. `options` has been
 * checked for unknown keys by the caller.
 */
export function reduceNps(fn: string, input: unknown, options: Readonly<Record<string, unknown>>): ReducedNps {
  const form = inputForm(fn, input, COUNTS_SHAPE);
  if (options['weights'] !== undefined) {
    if (form !== 'responses') rejectWeightsFor(fn, form);
    const w = weighPoints(fn, input as ArrayLike<number>, NPS_SCALE, options['weights']);
    const t: Tally = { scale: NPS_SCALE, counts: w.counts };
    return { counts: npsCountsOfTally(t), size: (input as ArrayLike<number>).length, effectiveSize: w.effectiveSize };
  }
  let counts: NpsCounts;
  switch (form) {
    case 'responses': {
      const bands = countBands(fn, input as ArrayLike<number>, NPS_SCALE, 9, 6);
      counts = { promoters: bands.high, passives: bands.total - bands.high - bands.low, detractors: bands.low };
      break;
    }
    case 'tally':
      counts = npsCountsOfTally(readTally(fn, input, NPS_SCALE));
      break;
    case 'counts': {
      const c = input as Record<string, unknown>;
      counts = {
        promoters: readCount(fn, 'counts.promoters', c['promoters']),
        passives: readCount(fn, 'counts.passives', c['passives']),
        detractors: readCount(fn, 'counts.detractors', c['detractors']),
      };
    }
  }
  const size = counts.promoters + counts.passives + counts.detractors;
  return { counts, size, effectiveSize: size };
}

function npsCountsOfTally(t: Tally): NpsCounts {
  return { promoters: countBetween(t, 9, 10), passives: countBetween(t, 7, 8), detractors: countBetween(t, 0, 6) };
}

/**
 * The definition, once: (promoters − detractors) / total × 100, multiplied
 * before dividing so that whole counts give the correctly rounded result.
 */
export function npsScore(fn: string, c: NpsCounts): number {
  const total = c.promoters + c.passives + c.detractors;
  if (total === 0) fail('EMPTY_INPUT', fn, 'no responses: NPS needs at least one');
  return ((c.promoters - c.detractors) * 100) / total;
}
