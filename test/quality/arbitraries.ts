import { fc } from '@fast-check/vitest';
import type { Criterion, Review, Scorecard } from '../../src/index.js';

/**
 * Criterion ids: plain words, and some that trip up objects (names of
 * `Object.prototype` members, integer-like keys that `for…in` visits first,
 * spaces, accents).
 */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z][a-zA-Z]{0,7}$/),
  fc.constantFrom('constructor', 'toString', 'hasOwnProperty', '__proto__', '0', '12', 'first contact', 'empatía'),
);

/**
 * Weights: 0, whole numbers, and fractions from 0.001 to 1000. Subnormal
 * weights (below 2^−1022) are left out: their products with a score lose
 * most of their digits, which no formula can avoid.
 */
export const weightArb: fc.Arbitrary<number> = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 10 }),
  fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
);

/** Rating scales of 2 to 11 points, some below zero. */
export const ratingScaleArb: fc.Arbitrary<{ min: number; max: number }> = fc
  .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }))
  .map(([min, span]) => ({ min, max: min + span }));

function criterionArb(id: string): fc.Arbitrary<Criterion> {
  return fc.record({
    id: fc.constant(id),
    weight: weightArb,
    scale: fc.oneof(fc.constant('pass-fail' as const), ratingScaleArb),
    critical: fc.boolean(),
  });
}

/** A valid scorecard of 1 to 8 criteria, at least one of positive weight. */
export const scorecardArb: fc.Arbitrary<Scorecard> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 8 })
  .chain((ids) => fc.tuple(...ids.map(criterionArb)))
  .filter((card) => card.some((c) => c.weight > 0));

/** A valid rating of criterion `c`. */
export function ratingArb(c: Criterion): fc.Arbitrary<number | boolean> {
  return c.scale === 'pass-fail' ? fc.boolean() : fc.integer({ min: c.scale.min, max: c.scale.max });
}

/** Builds a scores record with own keys in the given order (also `__proto__`). */
export function record(entries: ReadonlyArray<readonly [string, number | boolean | null]>): Record<string, number | boolean | null> {
  return Object.fromEntries(entries);
}

/** A valid review of `card`: a rating or null (one time in four) per criterion, and sometimes a weight. */
export function reviewArb(card: Scorecard): fc.Arbitrary<Review> {
  return fc
    .tuple(
      fc.tuple(...card.map((c) => fc.option(ratingArb(c), { nil: null, freq: 3 }))),
      fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 100, noNaN: true })), { nil: undefined }),
    )
    .map(([ratings, weight]) => {
      const scores = record(card.map((c, j) => [c.id, ratings[j]!] as const));
      return weight === undefined ? { scores } : { scores, weight };
    });
}

/** A scorecard with 1 to 30 reviews of it. */
export const caseArb: fc.Arbitrary<{ card: Scorecard; reviews: Review[] }> = scorecardArb.chain((card) =>
  fc.array(reviewArb(card), { minLength: 1, maxLength: 30 }).map((reviews) => ({ card, reviews })),
);

/** The same values in another order. */
export function permutationOf<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

/**
 * The definition, written out independently of the library with plain
 * arithmetic: a review's score, or `undefined` when it rates no criterion of
 * positive weight (and no critical criterion failed).
 */
export function expectedReviewScore(review: Review, card: Scorecard): number | undefined {
  let num = 0;
  let den = 0;
  let failed = false;
  for (const c of card) {
    const v = review.scores[c.id];
    if (v === null || v === undefined) continue;
    const score = c.scale === 'pass-fail' ? (v === true ? 100 : 0) : (((v as number) - c.scale.min) / (c.scale.max - c.scale.min)) * 100;
    if (c.critical === true && (c.scale === 'pass-fail' ? v === false : v === c.scale.min)) failed = true;
    num += score * c.weight;
    den += c.weight;
  }
  if (failed) return 0;
  return den === 0 ? undefined : num / den;
}

/** The IQS by the definition: the weighted mean of the review scores, or `undefined` with none. */
export function expectedIqs(reviews: readonly Review[], card: Scorecard): number | undefined {
  let num = 0;
  let den = 0;
  for (const r of reviews) {
    const score = expectedReviewScore(r, card);
    if (score === undefined) continue;
    num += score * (r.weight ?? 1);
    den += r.weight ?? 1;
  }
  return den === 0 ? undefined : num / den;
}

/** |actual − expected| within 1e−9 relative (1e−9 absolute near 0). */
export function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}
