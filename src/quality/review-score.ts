/**
 * The score of one review against a scorecard, and the pass that computes
 * it for every function of the family.
 *
 * How the pass stays fast while it validates (measured, see
 * docs/performance.md):
 * - It walks the keys of each review's `scores` with `for…in`, which V8
 *   serves from the object's cached key list and whose `scores[key]` reads
 *   are plain field loads; reading the ratings by criterion id instead is a
 *   lookup by a varying key, 1.5× slower. A key's criterion comes from the
 *   previous review's key order when the key is the same (one string
 *   comparison), else from a lookup that also finds unknown keys. Keys are
 *   unique, so a review with as many keys as the scorecard has criteria, all
 *   of them criteria, rates every criterion.
 * - A rating is checked with a `typeof` test, the test `(v | 0) === v` (a
 *   whole number within ±2^31: this also rejects NaN and ±Infinity), and one
 *   lookup in a table of the scores of its scale's points, which rejects
 *   ratings off the scale (they are not indices of the table).
 * - The fast path only detects that a review is invalid; {@link rejectReview}
 *   then scans it again to name the first problem.
 */
import { describeKind, describeValue } from '../_lib/describe.js';
import type { MetricErrorCode } from '../error.js';
import { fail } from '../_lib/validate.js';
import { WeightedSums } from '../_lib/weighted-mean.js';
import { formatScale } from '../_lib/scale.js';
import { readScorecard, type CompiledScorecard, type Scorecard } from './scorecard.js';

/**
 * One reviewed conversation: a rating per criterion of the scorecard, keyed
 * by criterion id, and an optional weight. Reviews may carry any other
 * fields (the agent, the date) for grouping.
 */
export interface Review {
  /**
   * A rating for every criterion of the scorecard, and for nothing else: a
   * whole point of its scale for a rating criterion, `true` (pass) or
   * `false` (fail) for a pass-fail one, and `null` where the criterion does
   * not apply to the conversation.
   */
  readonly scores: Readonly<Record<string, number | boolean | null>>;
  /**
   * The review's weight in the mean over reviews, a finite number > 0.
   * Default 1.
   */
  readonly weight?: number | undefined;
}

/** What {@link scoreReview} returns for a review whose rated criteria all have weight 0 (or none is rated). */
export const LEFT_OUT = -1;
/** What {@link scoreReview} returns for a review failed by a critical criterion (its score is 0). */
export const AUTO_FAIL = -2;

/**
 * Per criterion, what a summary reports; filled by {@link scoreReview} when
 * given. Scores are averaged with the review's weight.
 */
export interface CriterionTallies {
  readonly rated: Float64Array;
  readonly notApplicable: Float64Array;
  readonly autoFails: Float64Array;
  readonly scores: readonly WeightedSums[];
}

export function criterionTallies(size: number): CriterionTallies {
  return {
    rated: new Float64Array(size),
    notApplicable: new Float64Array(size),
    autoFails: new Float64Array(size),
    scores: Array.from({ length: size }, () => new WeightedSums()),
  };
}

/**
 * The weight of review `index`: 1 when it has none, else a finite number
 * > 0. Also rejects a review that is not an object.
 */
export function reviewWeight(fn: string, review: unknown, index: number | undefined, card: CompiledScorecard): number {
  if (review !== null && typeof review === 'object') {
    const w: unknown = (review as Review).weight;
    if (w === undefined) return 1;
    if (typeof w === 'number' && w > 0 && w < Infinity) return w;
  }
  return rejectReview(fn, review, index, card);
}

/**
 * Scores one review: Σ(criterion score × weight) / Σ(weights of the rated
 * criteria), the criteria rated `null` left out of both sums. Returns the
 * score (0–100), {@link AUTO_FAIL} when a critical criterion failed, or
 * {@link LEFT_OUT} when no criterion of positive weight is rated (and none
 * failed). `tallies`, when given, receive the review's ratings with the
 * review's `weight`. Throws the MetricError that names the first problem of
 * an invalid review.
 */
export function scoreReview(
  fn: string,
  review: { readonly scores?: unknown },
  index: number | undefined,
  card: CompiledScorecard,
  tallies: CriterionTallies | undefined,
  weight: number,
): number {
  const given = review.scores;
  if (given === null || typeof given !== 'object') return rejectReview(fn, review, index, card);
  const scores = given as Readonly<Record<string, unknown>>;
  const { size, weights, passFail, critical, mins, tables, positions, keyOrder, keyPositions } = card;
  // A fresh accumulator per review: V8 keeps its fields in registers (escape
  // analysis), measured faster than reusing one object.
  const sums = new WeightedSums();
  let failed = false;
  let k = 0;
  for (const key in scores) {
    // The position of the k-th key: from the order of the previous review's
    // keys when it is the same (one string comparison), else looked up.
    let j: number;
    if (k < size && keyOrder[k] === key) {
      j = keyPositions[k]!;
    } else {
      const found = positions.get(key);
      if (found === undefined || k >= size) return rejectReview(fn, review, index, card);
      keyOrder[k] = key;
      keyPositions[k] = found;
      j = found;
    }
    k++;
    const v = scores[key];
    if (v === null) {
      if (tallies !== undefined) tallies.notApplicable[j]!++;
      continue;
    }
    let s: number | undefined;
    if (passFail[j] === 1) {
      if (typeof v !== 'boolean') return rejectReview(fn, review, index, card);
      s = v ? 100 : 0;
    } else {
      // (v | 0) === v holds for whole numbers within ±2^31 only; without it,
      // a fraction close to 0 would round to a whole index on a scale below
      // zero (−5e−324 − (−5) is 5).
      if (typeof v !== 'number' || (v | 0) !== v) return rejectReview(fn, review, index, card);
      s = tables[j]![v - mins[j]!];
      if (s === undefined) return rejectReview(fn, review, index, card);
    }
    if (s === 0 && critical[j] === 1) {
      failed = true;
      if (tallies !== undefined) tallies.autoFails[j]!++;
    }
    sums.add(s, weights[j]!);
    if (tallies !== undefined) {
      tallies.rated[j]!++;
      tallies.scores[j]!.add(s, weight);
    }
  }
  // All keys are criteria and keys are unique, so fewer keys than criteria
  // means a criterion without a rating.
  if (k !== size) return rejectReview(fn, review, index, card);
  if (failed) return AUTO_FAIL;
  if (sums.weight() === 0) return LEFT_OUT;
  return sums.boundedMean();
}

/**
 * Finds the first problem of a review that the pass rejected and throws the
 * MetricError naming it. The checks run in this order: the review is an
 * object, its weight, its `scores` is an object, no key outside the
 * scorecard, then each criterion in the scorecard's order (present, of the
 * criterion's type, finite, whole, on the scale).
 */
function rejectReview(fn: string, review: unknown, index: number | undefined, card: CompiledScorecard): never {
  function at(code: MetricErrorCode, message: string): never {
    return fail(code, fn, message, index);
  }
  const name = index === undefined ? 'the review' : `review ${index}`;
  if (review === null || typeof review !== 'object') {
    at('INVALID_TYPE', `${name} is ${describeValue(review)}, not an object { scores }`);
  }
  const { weight, scores } = review as { weight?: unknown; scores?: unknown };
  if (weight !== undefined && !(typeof weight === 'number' && weight > 0 && weight < Infinity)) {
    at(
      'INVALID_WEIGHTS',
      `${name} has weight ${describeValue(weight)}; a review's weight must be a finite number > 0 (leave a review out rather than weigh it 0)`,
    );
  }
  if (scores === null || typeof scores !== 'object') {
    at('INVALID_TYPE', `${name} has scores ${describeValue(scores)}; give an object with a rating per criterion id`);
  }
  const record = scores as Record<string, unknown>;
  const keys = new Set<string>();
  for (const key in record) {
    keys.add(key);
    if (!card.positions.has(key)) {
      const known = card.ids.length <= 12 ? card.ids.join(', ') : `${card.ids.slice(0, 12).join(', ')}, …`;
      at('INVALID_TYPE', `${name} scores criterion ${JSON.stringify(key)}, which the scorecard does not have (it has ${known})`);
    }
  }
  for (let j = 0; j < card.size; j++) {
    const id = JSON.stringify(card.ids[j]);
    const v = record[card.ids[j]!];
    if (v === null) continue;
    if (v === undefined || !keys.has(card.ids[j]!)) at('INVALID_TYPE', `${name} has no score for criterion ${id}; give null when it does not apply`);
    const scale = card.scales[j];
    if (scale === undefined) {
      if (typeof v !== 'boolean') {
        at(
          'INVALID_TYPE',
          `${name} scores criterion ${id} ${describeValue(v)}, but ${id} is pass-fail: give true (pass), false (fail) or null (not applicable)`,
        );
      }
      continue;
    }
    const on = `its scale ${formatScale(scale)}`;
    if (typeof v !== 'number') {
      const kind = typeof v === 'boolean' ? '' : ` (${describeKind(v)})`;
      at('INVALID_TYPE', `${name} scores criterion ${id} ${describeValue(v)}${kind}, not a number on ${on}`);
    }
    if (!Number.isFinite(v)) at('NOT_FINITE', `${name} scores criterion ${id} ${describeValue(v)}, not a finite number`);
    if (!Number.isInteger(v)) at('NOT_INTEGER', `${name} scores criterion ${id} ${describeValue(v)}, not a whole point of ${on}`);
    if (v < scale.min || v > scale.max) at('OUT_OF_RANGE', `${name} scores criterion ${id} ${describeValue(v)}, outside ${on}`);
  }
  throw new Error(`${fn}: internal error: ${name} was rejected but no problem was found`);
}

/**
 * The score of one reviewed conversation on a weighted scorecard.
 *
 * @summary A review's weighted score, 0–100.
 *
 * @remarks
 * Each rated criterion scores (rating − min) / (max − min) × 100 on a rating
 * scale, and 100 for a pass or 0 for a fail. The review's score is
 * Σ(criterion score × weight) / Σ(weights of the rated criteria): a
 * criterion rated `null` (not applicable) drops out and the weights of the
 * others are renormalised. A critical criterion that fails (a fail, or the
 * lowest point of its scale) makes the score 0 whatever the others say; a
 * critical criterion rated `null` does not fail. `review.weight` is checked
 * but plays no part here (it weighs the review in
 * {@link internalQualityScore}). Not rounded.
 *
 * Worked example: tone (weight 1, 1–5) = 5, accuracy (weight 3, 1–5) = 3,
 * policy (weight 1, pass-fail, critical) = pass gives
 * (100 + 3 × 50 + 100) / 5 = 70; with tone not applicable,
 * (3 × 50 + 100) / 4 = 62.5; with policy failed, 0.
 *
 * @typeParam R - The type of the review, which may carry other fields.
 * @param review - The ratings, `{ scores: { [criterion id]: rating | null } }`.
 * @param scorecard - The criteria with their weights and scales.
 * @returns The score, 0–100.
 * @throws {@link MetricError} `EMPTY_INPUT` when the review rates no
 *   criterion of positive weight (all are `null`, say), as it then has no
 *   score; `INVALID_TYPE` for a rating of the wrong type (a boolean on a
 *   rating scale, a number on pass-fail, a string), a missing rating that is
 *   not `null`, or a rating for a criterion the scorecard does not have;
 *   `NOT_FINITE`, `NOT_INTEGER` and `OUT_OF_RANGE` for a rating that is not
 *   a point of its scale; `INVALID_WEIGHTS` for a criterion weight that is
 *   negative or non-finite, weights that are all zero, or a review weight
 *   that is not a finite number > 0; `INVALID_OPTION` for a malformed
 *   scorecard (empty, a duplicate id, a bad scale, an unknown key).
 *
 * @example
 * ```ts
 * const scorecard = [
 *   { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
 *   { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
 *   { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
 * ];
 * reviewScore({ scores: { tone: 5, accuracy: 3, policy: true } }, scorecard); // => 70
 * reviewScore({ scores: { tone: null, accuracy: 3, policy: true } }, scorecard); // => 62.5
 * reviewScore({ scores: { tone: 5, accuracy: 3, policy: false } }, scorecard); // => 0
 * ```
 */
export function reviewScore<R extends Review>(review: R, scorecard: Scorecard): number { // eslint-disable-line @typescript-eslint/no-unnecessary-type-parameters -- R lets a review literal carry other fields (agent, date)
  const fn = 'reviewScore';
  const card = readScorecard(fn, scorecard);
  const weight = reviewWeight(fn, review, undefined, card);
  const score = scoreReview(fn, review, undefined, card, undefined, weight);
  if (score === LEFT_OUT) {
    fail('EMPTY_INPUT', fn, 'the review rates no criterion of positive weight (all are null or weigh 0), so it has no score');
  }
  return score === AUTO_FAIL ? 0 : score;
}
