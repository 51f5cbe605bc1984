import { describeValue } from '../_lib/describe.js';
import { readInput } from '../_lib/input.js';
import { fail } from '../_lib/validate.js';
import { WeightedSums } from '../_lib/weighted-mean.js';
import {
  AUTO_FAIL,
  LEFT_OUT,
  reviewWeight,
  scoreReview,
  type CriterionTallies,
  type Review,
} from './review-score.js';
import { readScorecard, type CompiledScorecard, type Scorecard } from './scorecard.js';

/** What one pass over a set of reviews finds. */
export interface ReviewTotals {
  /** The review scores, weighted by the reviews' weights. */
  readonly scores: WeightedSums;
  /** Reviews with a score (auto-fails included). */
  readonly reviews: number;
  /** Reviews without a score: no criterion of positive weight rated. */
  readonly leftOut: number;
  /** Reviews scored 0 by a failed critical criterion. */
  readonly autoFails: number;
}

/** The reviews as a list, from any array, `ArrayLike` or iterable; `INVALID_TYPE` for anything else. */
export function readReviews(fn: string, reviews: unknown): ArrayLike<unknown> {
  // records are the one form accepted: readInput returns them or throws
  return readInput(fn, reviews, { records: 'reviews' }).records;
}

/**
 * Scores every review in one validating pass, O(reviews × criteria), with no
 * allocation per review. The first invalid review (in list order) throws.
 * `tallies`, when given, receive every review's ratings, also those of the
 * reviews left out.
 */
export function scoreReviews(
  fn: string,
  reviews: ArrayLike<unknown>,
  card: CompiledScorecard,
  tallies: CriterionTallies | undefined,
): ReviewTotals {
  const n = reviews.length;
  if (n === 0) fail('EMPTY_INPUT', fn, 'no reviews');
  const scores = new WeightedSums();
  let scored = 0;
  let leftOut = 0;
  let autoFails = 0;
  for (let i = 0; i < n; i++) {
    // checked by the pass: reviewWeight refuses a review that is not an object
    const review = reviews[i] as { readonly scores?: unknown };
    const weight = reviewWeight(fn, review, i, card);
    const score = scoreReview(fn, review, i, card, tallies, weight);
    if (score === LEFT_OUT) {
      leftOut++;
      continue;
    }
    if (score === AUTO_FAIL) {
      autoFails++;
      scores.add(0, weight);
    } else {
      scores.add(score, weight);
    }
    scored++;
  }
  if (!Number.isFinite(scores.weight() * 100)) {
    fail('INVALID_WEIGHTS', fn, `the reviews' weights add up to ${describeValue(scores.weight())}, too large to compute with; scale them down`);
  }
  return { scores, reviews: scored, leftOut, autoFails };
}

/**
 * Internal quality score: the mean score of the reviewed conversations.
 *
 * @summary IQS, 0–100.
 *
 * @remarks
 * IQS = Σ(review score × review weight) / Σ(review weights), over the reviews
 * that have a score; every review weighs 1 unless it has a `weight`. Each
 * review's score is {@link reviewScore}'s: Σ(criterion score × weight) /
 * Σ(weights of the rated criteria), where a criterion scores
 * (rating − min) / (max − min) × 100 on a rating scale and 100 or 0 for pass
 * or fail, `null` (not applicable) drops a criterion and renormalises the
 * weights of the others, and a failed critical criterion makes the review's
 * score 0. A review that rates no criterion of positive weight (all `null`)
 * has no score: it is left out ({@link qualitySummary} counts it). One pass,
 * O(reviews × criteria), every rating checked in the same pass. Sums are
 * compensated; not rounded.
 *
 * Worked example: on the scorecard tone (weight 1, 1–5), accuracy (weight 3,
 * 1–5), policy (weight 1, pass-fail, critical), reviews scoring 70, 62.5 and
 * 0 (see {@link reviewScore}) give (70 + 62.5 + 0) / 3 = 44.1666…
 *
 * @typeParam R - The type of the reviews, which may carry other fields.
 * @param reviews - The reviews, `{ scores, weight? }` with any other fields,
 *   as any array or iterable.
 * @param scorecard - The criteria with their weights and scales.
 * @returns The IQS, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when there are no reviews, or
 *   none has a score; for a bad review, the codes of {@link reviewScore},
 *   with the review's index in the message and in `details.index`;
 *   `INVALID_TYPE` when `reviews` is not a list; `INVALID_WEIGHTS` and
 *   `INVALID_OPTION` for a bad scorecard, as {@link reviewScore}.
 *
 * @example
 * ```ts
 * const scorecard = [
 *   { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
 *   { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
 *   { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
 * ];
 * const reviews = [
 *   { scores: { tone: 5, accuracy: 3, policy: true } },
 *   { scores: { tone: null, accuracy: 3, policy: true } },
 *   { scores: { tone: 5, accuracy: 3, policy: false } },
 * ];
 * internalQualityScore(reviews, scorecard); // => 44.166666666666664
 * internalQualityScore([{ scores: { tone: 5, accuracy: 3, policy: true }, weight: 3 }, reviews[1]], scorecard); // => 68.125
 * ```
 */
export function internalQualityScore<R extends Review>(reviews: ArrayLike<R> | Iterable<R>, scorecard: Scorecard): number {
  const fn = 'internalQualityScore';
  const card = readScorecard(fn, scorecard);
  return meanScore(fn, scoreReviews(fn, readReviews(fn, reviews), card, undefined));
}

/** The IQS of a pass's totals; `EMPTY_INPUT` when no review has a score. */
export function meanScore(fn: string, totals: ReviewTotals): number {
  if (totals.reviews === 0) {
    fail(
      'EMPTY_INPUT',
      fn,
      `none of the ${totals.leftOut} reviews rates a criterion of positive weight (all are null or weigh 0), so there is no score`,
    );
  }
  return totals.scores.boundedMean();
}
