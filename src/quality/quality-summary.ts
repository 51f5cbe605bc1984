import { share } from '../_lib/rate.js';
import { groupBy, type GroupKey, type Grouping } from '../_lib/group.js';
import { readOptions } from '../_lib/validate.js';
import { meanScore, readReviews, scoreReviews, type ReviewTotals } from './internal-quality-score.js';
import { criterionTallies, type CriterionTallies, type Review } from './review-score.js';
import { readScorecard, type CompiledScorecard, type Scorecard } from './scorecard.js';

/** How one criterion of the scorecard was rated, in a {@link QualitySummary}. */
export interface CriterionSummary {
  /** The criterion's id. */
  readonly id: string;
  /**
   * The criterion's average score (0–100) over the reviews that rated it,
   * weighted by the reviews' weights, before any auto-fail: for a pass-fail
   * criterion, its pass rate. `undefined` when no review rated it.
   */
  readonly score: number | undefined;
  /** Reviews that rated it. */
  readonly rated: number;
  /** Reviews that marked it not applicable (`null`). */
  readonly notApplicable: number;
  /** notApplicable / (rated + notApplicable) × 100: how often it did not apply. */
  readonly notApplicableShare: number;
  /** Reviews it failed as a critical criterion (always 0 for one that is not critical). */
  readonly autoFails: number;
}

/** The figures of a {@link QualitySummary}, for all reviews or for one group. */
export interface QualityFigures<Score extends number | undefined = number> {
  /**
   * The internal quality score, 0–100 (see {@link internalQualityScore}). In
   * a group, `undefined` when none of its reviews has a score.
   */
  readonly score: Score;
  /** Reviews with a score, auto-fails included. */
  readonly reviews: number;
  /** Reviews left out: no criterion of positive weight rated (all `null`, say). */
  readonly leftOut: number;
  /** Reviews scored 0 by a failed critical criterion. */
  readonly autoFails: number;
  /**
   * Per criterion, in the scorecard's order, over every review (left out
   * ones included): rated + notApplicable = reviews + leftOut.
   */
  readonly criteria: readonly CriterionSummary[];
}

/** The figures of one group of reviews (one agent, say) in a {@link QualitySummary}. */
export interface QualityGroup<Key = unknown> extends QualityFigures<number | undefined> {
  /** The value of `by` the group's reviews share. */
  readonly key: Key;
}

/**
 * The result of {@link qualitySummary}: the figures of all reviews and, with
 * the option `by`, of each group.
 */
export interface QualitySummary<Groups extends readonly QualityGroup[] | undefined = undefined> extends QualityFigures {
  /**
   * With `by`: the groups, in the order their keys first appear among the
   * reviews. Without it, `undefined`.
   */
  readonly groups: Groups;
}

/** Options of {@link qualitySummary}. */
export interface QualitySummaryOptions<R extends Review = Review> {
  /**
   * Also summarise each group of reviews: the name of a field of the review
   * (`'agent'`), or a function of the review and its index that returns the
   * group's key (`(r) => r.reviewedAt.slice(0, 7)` for months). Keys compare
   * as in a `Map`; a review without the field falls in the group `undefined`.
   */
  readonly by?: Grouping<R>;
}

const OPTION_KEYS = ['by'] as const satisfies readonly (keyof QualitySummaryOptions)[];

/**
 * The internal quality score with its counts, the scores per criterion and,
 * optionally, the same per group (per agent, say).
 *
 * @summary IQS, its counts, per criterion and per group.
 *
 * @remarks
 * score = {@link internalQualityScore}: Σ(review score × review weight) /
 * Σ(review weights) over the reviews with a score. `reviews` counts those,
 * `leftOut` the reviews that rate no criterion of positive weight, and
 * `autoFails` the reviews a failed critical criterion scored 0. Per
 * criterion: its average score over the reviews that rated it,
 * Σ(criterion score × review weight) / Σ(review weights), taken before any
 * auto-fail (for pass-fail, the pass rate); how many reviews rated it and how
 * many marked it not applicable, and that as a share of all reviews; and,
 * for a critical criterion, how many reviews it failed. With `by`, `groups`
 * holds the same figures per group, in the order the groups' keys first
 * appear; a group whose reviews are all left out has the score `undefined`.
 * Every review is checked before any is grouped, so an error names the
 * review's index in `reviews`. Not rounded.
 *
 * @typeParam R - The type of the reviews, which may carry other fields.
 * @typeParam G - The grouping: a field name of `R` or an accessor; the
 *   groups' keys are of the field's type or the accessor's return type.
 * @param reviews - The reviews, `{ scores, weight? }` with any other fields,
 *   as any array or iterable.
 * @param scorecard - The criteria with their weights and scales.
 * @param options - {@link QualitySummaryOptions}: `by`, to group.
 * @returns A {@link QualitySummary}.
 * @throws {@link MetricError} As {@link internalQualityScore};
 *   `INVALID_OPTION` for an unknown option or a `by` that is neither a field
 *   name nor a function.
 *
 * @example
 * ```ts
 * const scorecard = [
 *   { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
 *   { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
 *   { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
 * ];
 * const reviews = [
 *   { agent: 'ana', scores: { tone: 5, accuracy: 3, policy: true } },
 *   { agent: 'ana', scores: { tone: null, accuracy: 3, policy: true } },
 *   { agent: 'ben', scores: { tone: 5, accuracy: 3, policy: false } },
 * ];
 * const summary = qualitySummary(reviews, scorecard, { by: 'agent' });
 * summary.score; // => 44.166666666666664
 * [summary.reviews, summary.leftOut, summary.autoFails]; // => [3, 0, 1]
 * summary.criteria[0]; // => { id: 'tone', score: 100, rated: 2, notApplicable: 1, notApplicableShare: 33.333333333333336, autoFails: 0 }
 * summary.criteria[2]; // => { id: 'policy', score: 66.66666666666667, rated: 3, notApplicable: 0, notApplicableShare: 0, autoFails: 1 }
 * summary.groups.map((g) => [g.key, g.score, g.reviews, g.autoFails]); // => [['ana', 66.25, 2, 0], ['ben', 0, 1, 1]]
 * ```
 */
export function qualitySummary<R extends Review>(
  reviews: ArrayLike<R> | Iterable<R>,
  scorecard: Scorecard,
  options?: { readonly by?: never },
): QualitySummary;
export function qualitySummary<R extends Review, const G extends Grouping<R>>(
  reviews: ArrayLike<R> | Iterable<R>,
  scorecard: Scorecard,
  options: { readonly by: G },
): QualitySummary<readonly QualityGroup<GroupKey<R, G>>[]>;
export function qualitySummary<R extends Review>(
  reviews: ArrayLike<R> | Iterable<R>,
  scorecard: Scorecard,
  options?: QualitySummaryOptions<R>,
): QualitySummary<readonly QualityGroup[] | undefined>;
export function qualitySummary(
  reviews: ArrayLike<Review> | Iterable<Review>,
  scorecard: Scorecard,
  options?: { readonly by?: unknown },
): QualitySummary<readonly QualityGroup[] | undefined> {
  const fn = 'qualitySummary';
  const by = readOptions(fn, options, OPTION_KEYS).by as Grouping<Review> | undefined;
  const card = readScorecard(fn, scorecard);
  const list = readReviews(fn, reviews) as ArrayLike<Review>;
  const tallies = criterionTallies(card.size);
  const totals = scoreReviews(fn, list, card, tallies);
  const score = meanScore(fn, totals);
  let groups: QualityGroup[] | undefined;
  if (by !== undefined) {
    groups = [];
    for (const [key, members] of groupBy(fn, list, by)) {
      // The members were checked in the pass above, so this pass cannot throw.
      const groupTallies = criterionTallies(card.size);
      const groupTotals = scoreReviews(fn, members, card, groupTallies);
      const groupScore = groupTotals.reviews === 0 ? undefined : groupTotals.scores.boundedMean();
      groups.push({ key, ...figures(groupScore, groupTotals, card, groupTallies) });
    }
  }
  return { ...figures(score, totals, card, tallies), groups };
}

function figures<Score extends number | undefined>(
  score: Score,
  totals: ReviewTotals,
  card: CompiledScorecard,
  tallies: CriterionTallies,
): QualityFigures<Score> {
  const criteria: CriterionSummary[] = [];
  for (let j = 0; j < card.size; j++) {
    const rated = tallies.rated[j]!;
    const notApplicable = tallies.notApplicable[j]!;
    criteria.push({
      id: card.ids[j]!,
      score: rated === 0 ? undefined : tallies.scores[j]!.boundedMean(),
      rated,
      notApplicable,
      notApplicableShare: share(notApplicable, rated + notApplicable),
      autoFails: tallies.autoFails[j]!,
    });
  }
  return { score, reviews: totals.reviews, leftOut: totals.leftOut, autoFails: totals.autoFails, criteria };
}
