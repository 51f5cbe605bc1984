import { share } from '../_lib/arithmetic.js';
import { fail, readCount } from '../_lib/validate.js';
import { inputForm } from './input.js';
import { countBands } from './responses.js';
import { NPS_SCALE } from './scale.js';
import { countBetween, readTally, type Tally } from './tally.js';

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

/** The result of {@link npsSummary}. Shares are percentages 0–100. */
export interface NpsSummary {
  /** The Net Promoter Score, −100…100. */
  readonly score: number;
  /** Number of responses. */
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
 * @param input - Raw answers 0–10 (any `ArrayLike<number>`), a tally of the
 *   scale 0–10, or counts `{ promoters, passives, detractors }`.
 * @returns The score, from −100 (all detractors) to 100 (all promoters).
 * @throws {@link MetricError} `EMPTY_INPUT` when there are no responses;
 *   `OUT_OF_RANGE`, `NOT_INTEGER`, `NOT_FINITE`, `INVALID_TYPE` for a bad
 *   answer (naming its index); `INVALID_COUNTS` and the same codes for bad
 *   counts; `SCALE_MISMATCH` for a tally of another scale.
 *
 * @example
 * ```ts
 * nps({ promoters: 70, passives: 20, detractors: 10 }); // => 60
 * nps([10, 9, 8, 7, 6]); // => 20
 * ```
 */
export function nps(input: NpsInput): number {
  return npsScore('nps', npsCounts('nps', input));
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
 * @returns An {@link NpsSummary}.
 * @throws {@link MetricError} As {@link nps}.
 *
 * @example
 * ```ts
 * npsSummary([10, 9, 8, 3]); // => { score: 25, total: 4, promoters: 2, passives: 1, detractors: 1, promoterShare: 50, passiveShare: 25, detractorShare: 25 }
 * ```
 */
export function npsSummary(input: NpsInput): NpsSummary {
  const fn = 'npsSummary';
  const counts = npsCounts(fn, input);
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

/** Reduces any accepted input to NPS counts, validating it. */
function npsCounts(fn: string, input: unknown): NpsCounts {
  switch (inputForm(fn, input, COUNTS_SHAPE)) {
    case 'responses': {
      const bands = countBands(fn, input as ArrayLike<number>, NPS_SCALE, 9, 6);
      return { promoters: bands.high, passives: bands.total - bands.high - bands.low, detractors: bands.low };
    }
    case 'tally': {
      const t = readTally(fn, input, NPS_SCALE);
      return { promoters: countBetween(t, 9, 10), passives: countBetween(t, 7, 8), detractors: countBetween(t, 0, 6) };
    }
    case 'counts': {
      const c = input as Record<string, unknown>;
      return {
        promoters: readCount(fn, 'counts.promoters', c['promoters']),
        passives: readCount(fn, 'counts.passives', c['passives']),
        detractors: readCount(fn, 'counts.detractors', c['detractors']),
      };
    }
  }
}

/**
 * The definition, once: (promoters − detractors) / total × 100, multiplied
 * before dividing so that whole counts give the correctly rounded result.
 */
function npsScore(fn: string, c: NpsCounts): number {
  const total = c.promoters + c.passives + c.detractors;
  if (total === 0) fail('EMPTY_INPUT', fn, 'no responses: NPS needs at least one');
  return ((c.promoters - c.detractors) * 100) / total;
}
