import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  internalQualityScore,
  MetricError,
  qualitySummary,
  reviewScore,
  type Criterion,
  type Review,
  type Scorecard,
} from '../../src/index.js';
import {
  caseArb,
  close,
  expectedIqs,
  expectedReviewScore,
  permutationOf,
  record,
  reviewArb,
  scorecardArb,
} from './arbitraries.js';

/** A score, or the code it throws. */
function outcome(f: () => number): number | string {
  try {
    return f();
  } catch (error) {
    expect(error).toBeInstanceOf(MetricError);
    return (error as MetricError).code;
  }
}

function expectSame(a: number | string, b: number | string): void {
  if (typeof a === 'number' && typeof b === 'number') expect(close(a, b), `${a} ≈ ${b}`).toBe(true);
  else expect(a).toBe(b);
}

const oneReview = scorecardArb.chain((card) => reviewArb(card).map((review) => ({ card, review })));

describe('bounds', () => {
  test.prop([oneReview])('a review scores within 0…100, or has no score (EMPTY_INPUT)', ({ card, review }) => {
    const score = outcome(() => reviewScore(review, card));
    if (typeof score === 'string') {
      expect(score).toBe('EMPTY_INPUT');
      return;
    }
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  });

  test.prop([caseArb])('the IQS and every criterion and group score lie within 0…100', ({ card, reviews }) => {
    const iqs = outcome(() => internalQualityScore(reviews, card));
    if (typeof iqs === 'string') {
      expect(iqs).toBe('EMPTY_INPUT');
      return;
    }
    expect(iqs).toBeGreaterThanOrEqual(0);
    expect(iqs).toBeLessThanOrEqual(100);
    const summary = qualitySummary(reviews, card, { by: (_r, i) => i % 3 });
    const scores = [summary, ...summary.groups, ...summary.criteria, ...summary.groups.flatMap((g) => g.criteria)].map((x) => x.score);
    for (const s of scores) {
      if (s === undefined) continue;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
    }
  });
});

describe('definitions, against the formulas written out in the test', () => {
  test.prop([oneReview])('reviewScore = Σ(score × weight) / Σ(weights of the rated criteria), 0 on a critical fail', ({ card, review }) => {
    const expected = expectedReviewScore(review, card);
    const actual = outcome(() => reviewScore(review, card));
    if (expected === undefined) expect(actual).toBe('EMPTY_INPUT');
    else expectSame(actual, expected);
  });

  test.prop([caseArb])('internalQualityScore = Σ(review score × review weight) / Σ(review weights), reviews without a score left out', ({ card, reviews }) => {
    const expected = expectedIqs(reviews, card);
    const actual = outcome(() => internalQualityScore(reviews, card));
    if (expected === undefined) expect(actual).toBe('EMPTY_INPUT');
    else expectSame(actual, expected);
  });

  test.prop([caseArb])("a criterion's summary score is the review-weighted mean of its scores where rated", ({ card, reviews }) => {
    fc.pre(expectedIqs(reviews, card) !== undefined);
    const summary = qualitySummary(reviews, card);
    card.forEach((c, j) => {
      let num = 0;
      let den = 0;
      for (const r of reviews) {
        const v = r.scores[c.id];
        if (v === null || v === undefined) continue;
        const s = c.scale === 'pass-fail' ? (v === true ? 100 : 0) : (((v as number) - c.scale.min) / (c.scale.max - c.scale.min)) * 100;
        num += s * (r.weight ?? 1);
        den += r.weight ?? 1;
      }
      const got = summary.criteria[j]!;
      expect(got.id).toBe(c.id);
      if (den === 0) expect(got.score).toBeUndefined();
      else expectSame(got.score!, num / den);
    });
  });
});

describe('invariances', () => {
  const factorArb = fc.oneof(
    fc.integer({ min: -20, max: 20 }).map((k) => ({ factor: 2 ** k, exact: true })),
    fc.double({ min: 1e-3, max: 1e3, noNaN: true }).map((factor) => ({ factor, exact: false })),
  );

  test.prop([caseArb, factorArb])(
    'multiplying every criterion weight by one positive factor changes nothing (exactly, for a power of two)',
    ({ card, reviews }, { factor, exact }) => {
      const scaled: Scorecard = card.map((c) => ({ ...c, weight: c.weight * factor }));
      const [a, b] = [outcome(() => internalQualityScore(reviews, card)), outcome(() => internalQualityScore(reviews, scaled))];
      if (exact) expect(b).toBe(a);
      else expectSame(b, a);
    },
  );

  test.prop([caseArb, factorArb])(
    'multiplying every review weight by one positive factor changes nothing (exactly, for a power of two)',
    ({ card, reviews }, { factor, exact }) => {
      const scaled: Review[] = reviews.map((r) => ({ ...r, weight: (r.weight ?? 1) * factor }));
      const [a, b] = [outcome(() => internalQualityScore(reviews, card)), outcome(() => internalQualityScore(scaled, card))];
      if (exact) expect(b).toBe(a);
      else expectSame(b, a);
    },
  );

  test.prop([caseArb.chain((c) => permutationOf(c.card).map((shuffled) => ({ ...c, shuffled })))])(
    'the order of the criteria in the scorecard changes nothing but the order of the criteria summaries',
    ({ card, reviews, shuffled }) => {
      expectSame(outcome(() => internalQualityScore(reviews, shuffled)), outcome(() => internalQualityScore(reviews, card)));
      fc.pre(expectedIqs(reviews, card) !== undefined);
      const a = qualitySummary(reviews, card);
      const b = qualitySummary(reviews, shuffled);
      for (const c of b.criteria) {
        const same = a.criteria.find((x) => x.id === c.id)!;
        expect({ ...c, score: undefined }).toStrictEqual({ ...same, score: undefined });
        if (c.score !== undefined) expectSame(c.score, same.score!);
      }
    },
  );

  test.prop([caseArb.chain((c) => permutationOf(c.reviews).map((shuffled) => ({ ...c, shuffled })))])(
    'the order of the reviews changes nothing',
    ({ card, reviews, shuffled }) => {
      expectSame(outcome(() => internalQualityScore(shuffled, card)), outcome(() => internalQualityScore(reviews, card)));
      fc.pre(expectedIqs(reviews, card) !== undefined);
      const a = qualitySummary(reviews, card);
      const b = qualitySummary(shuffled, card);
      expect([b.reviews, b.leftOut, b.autoFails]).toStrictEqual([a.reviews, a.leftOut, a.autoFails]);
      b.criteria.forEach((c, j) => {
        expect([c.rated, c.notApplicable, c.autoFails]).toStrictEqual([a.criteria[j]!.rated, a.criteria[j]!.notApplicable, a.criteria[j]!.autoFails]);
      });
    },
  );

  test.prop([caseArb])('a generator or a Set of the reviews gives exactly what the array gives', ({ card, reviews }) => {
    function* lazily(): Generator<(typeof reviews)[number]> {
      yield* reviews;
    }
    // the same reviews in the same order: equal to the last bit, errors included
    expect(outcome(() => internalQualityScore(lazily(), card))).toBe(outcome(() => internalQualityScore(reviews, card)));
    expect(outcome(() => internalQualityScore(new Set(reviews), card))).toBe(outcome(() => internalQualityScore(reviews, card)));
    fc.pre(expectedIqs(reviews, card) !== undefined);
    expect(qualitySummary(lazily(), card, { by: (_, i) => i % 3 })).toStrictEqual(qualitySummary(reviews, card, { by: (_, i) => i % 3 }));
  });

  test.prop([oneReview.chain((c) => permutationOf(Object.keys(c.review.scores)).map((keys) => ({ ...c, keys })))])(
    'the order of the keys in a review changes nothing',
    ({ card, review, keys }) => {
      const reordered = { ...review, scores: record(keys.map((k) => [k, review.scores[k]!] as const)) };
      expectSame(outcome(() => reviewScore(reordered, card)), outcome(() => reviewScore(review, card)));
    },
  );
});

describe('ends of the scales', () => {
  const top = (c: Criterion): number | boolean => (c.scale === 'pass-fail' ? true : c.scale.max);
  const bottom = (c: Criterion): number | boolean => (c.scale === 'pass-fail' ? false : c.scale.min);

  test.prop([scorecardArb])('a review at the top of every scale scores exactly 100, whatever the weights', (card) => {
    expect(reviewScore({ scores: record(card.map((c) => [c.id, top(c)])) }, card)).toBe(100);
  });

  test.prop([scorecardArb, fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 10 })])(
    'reviews all at the top give an IQS of exactly 100, whatever the review weights',
    (card, weights) => {
      const reviews = weights.map((weight) => ({ scores: record(card.map((c) => [c.id, top(c)])), weight }));
      expect(internalQualityScore(reviews, card)).toBe(100);
    },
  );

  test.prop([scorecardArb])('a review at the bottom of every scale scores exactly 0', (card) => {
    expect(reviewScore({ scores: record(card.map((c) => [c.id, bottom(c)])) }, card)).toBe(0);
  });
});

describe('not applicable', () => {
  test.prop([oneReview])(
    'renormalising over the rated criteria equals scoring the review against a scorecard without the others',
    ({ card, review }) => {
      const rated = card.filter((c) => review.scores[c.id] !== null);
      fc.pre(rated.some((c) => c.weight > 0));
      const reduced = { scores: record(rated.map((c) => [c.id, review.scores[c.id]!])) };
      expect(reviewScore(review, card)).toBe(reviewScore(reduced, rated));
    },
  );

  test.prop([oneReview])('a critical criterion rated null never fails the review', ({ card, review }) => {
    const gated: Scorecard = [...card.filter((c) => c.id !== 'gate'), { id: 'gate', weight: 0, scale: 'pass-fail', critical: true }];
    const withGate = { scores: { ...review.scores, gate: null } };
    const base = card.filter((c) => c.id !== 'gate');
    fc.pre(base.length === card.length);
    expectSame(outcome(() => reviewScore(withGate, gated)), outcome(() => reviewScore(review, card)));
  });
});

describe('the summary agrees with itself and with internalQualityScore', () => {
  test.prop([caseArb, fc.integer({ min: 1, max: 4 })])('score, counts and groups', ({ card, reviews }, groupCount) => {
    fc.pre(expectedIqs(reviews, card) !== undefined);
    const summary = qualitySummary(reviews, card, { by: (_r, i) => `g${i % groupCount}` });
    expect(summary.score).toBe(internalQualityScore(reviews, card));
    expect(summary.reviews + summary.leftOut).toBe(reviews.length);
    expect(summary.autoFails).toBeLessThanOrEqual(summary.reviews);
    for (const c of summary.criteria) {
      expect(c.rated + c.notApplicable).toBe(reviews.length);
      expect(c.notApplicableShare).toBe((c.notApplicable * 100) / reviews.length);
    }
    expect(summary.groups.reduce((n, g) => n + g.reviews + g.leftOut, 0)).toBe(reviews.length);
    for (const g of summary.groups) {
      const members = reviews.filter((_r, i) => `g${i % groupCount}` === g.key);
      expect(g.score).toBe(g.reviews === 0 ? undefined : internalQualityScore(members, card));
    }
  });
});
