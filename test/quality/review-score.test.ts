import { describe, expect, test } from 'vitest';
import { reviewScore, type Scorecard } from '../../src/index.js';

/** The scorecard of the worked example in the issue. */
const scorecard: Scorecard = [
  { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
  { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
  { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
];

describe('reviewScore: the worked example', () => {
  test('tone 5, accuracy 3, policy pass: (100 + 3·50 + 100) / 5 = 70', () => {
    expect(reviewScore({ scores: { tone: 5, accuracy: 3, policy: true } }, scorecard)).toBe(70);
  });

  test('tone not applicable: (3·50 + 100) / 4 = 62.5', () => {
    expect(reviewScore({ scores: { tone: null, accuracy: 3, policy: true } }, scorecard)).toBe(62.5);
  });

  test('policy (critical) failed: 0', () => {
    expect(reviewScore({ scores: { tone: 5, accuracy: 3, policy: false } }, scorecard)).toBe(0);
  });
});

describe('reviewScore: a criterion scores (rating − min) / (max − min) × 100', () => {
  const one = (scale: { min: number; max: number }, rating: number): number =>
    reviewScore({ scores: { c: rating } }, [{ id: 'c', weight: 1, scale }]);

  test('on 1–5: 1, 2, 3, 4, 5 score 0, 25, 50, 75, 100', () => {
    expect([1, 2, 3, 4, 5].map((r) => one({ min: 1, max: 5 }, r))).toStrictEqual([0, 25, 50, 75, 100]);
  });

  test('on 0–10: 7 scores 70', () => {
    expect(one({ min: 0, max: 10 }, 7)).toBe(70);
  });

  test('scales may start below zero: 0 on −2…2 scores 50', () => {
    expect(one({ min: -2, max: 2 }, 0)).toBe(50);
  });

  test('is not rounded: 2 on 1–4 scores 100 / 3', () => {
    expect(one({ min: 1, max: 4 }, 2)).toBe(100 / 3);
  });

  test('pass scores 100 and fail 0 on a pass-fail criterion', () => {
    const card: Scorecard = [{ id: 'greeting', weight: 2, scale: 'pass-fail' }];
    expect(reviewScore({ scores: { greeting: true } }, card)).toBe(100);
    expect(reviewScore({ scores: { greeting: false } }, card)).toBe(0);
  });
});

describe('reviewScore: weights and not applicable', () => {
  test('is Σ(score × weight) / Σ(weights of the rated criteria): 100·1 + 0·3 over 4 is 25', () => {
    expect(reviewScore({ scores: { tone: 5, accuracy: 1, policy: null } }, scorecard)).toBe(25);
  });

  test('a criterion rated null drops out and the weights of the rest are renormalised', () => {
    expect(reviewScore({ scores: { tone: null, accuracy: null, policy: true } }, scorecard)).toBe(100);
    expect(reviewScore({ scores: { tone: 1, accuracy: null, policy: true } }, scorecard)).toBe(50);
  });

  test('a criterion of weight 0 does not move the score', () => {
    const card: Scorecard = [
      { id: 'a', weight: 1, scale: { min: 0, max: 4 } },
      { id: 'b', weight: 0, scale: { min: 0, max: 4 } },
    ];
    expect(reviewScore({ scores: { a: 3, b: 0 } }, card)).toBe(75);
    expect(reviewScore({ scores: { a: 3, b: 4 } }, card)).toBe(75);
  });

  test("the review's own weight plays no part in its score", () => {
    expect(reviewScore({ scores: { tone: 5, accuracy: 3, policy: true }, weight: 7 }, scorecard)).toBe(70);
  });

  test('the order of the keys in scores does not matter', () => {
    expect(reviewScore({ scores: { policy: true, accuracy: 3, tone: 5 } }, scorecard)).toBe(70);
  });

  test('a review that rates nothing (all null) has no score: EMPTY_INPUT', () => {
    expect(() => reviewScore({ scores: { tone: null, accuracy: null, policy: null } }, scorecard)).toThrow(
      expect.objectContaining({ code: 'EMPTY_INPUT', details: { fn: 'reviewScore' } }),
    );
  });

  test('a review that rates only criteria of weight 0 has no score: EMPTY_INPUT', () => {
    const card: Scorecard = [
      { id: 'a', weight: 1, scale: 'pass-fail' },
      { id: 'b', weight: 0, scale: 'pass-fail' },
    ];
    expect(() => reviewScore({ scores: { a: null, b: true } }, card)).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });
});

describe('reviewScore: critical criteria', () => {
  const card: Scorecard = [
    { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
    { id: 'accuracy', weight: 1, scale: { min: 1, max: 5 }, critical: true },
  ];

  test('a critical rating criterion fails at the lowest point of its scale, making the score 0', () => {
    expect(reviewScore({ scores: { tone: 5, accuracy: 1 } }, card)).toBe(0);
  });

  test('any point above the lowest is no fail: accuracy 2 (25) with tone 5 (100) gives 62.5', () => {
    expect(reviewScore({ scores: { tone: 5, accuracy: 2 } }, card)).toBe(62.5);
  });

  test('the lowest point of a criterion that is not critical is just a score of 0', () => {
    expect(reviewScore({ scores: { tone: 1, accuracy: 5 } }, card)).toBe(50);
  });

  test('a critical criterion rated null (not applicable) does not fail', () => {
    expect(reviewScore({ scores: { tone: 4, accuracy: null } }, card)).toBe(75);
  });

  test('a critical criterion of weight 0 still fails the review: a gate without points', () => {
    const gated: Scorecard = [
      { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
      { id: 'identity', weight: 0, scale: 'pass-fail', critical: true },
    ];
    expect(reviewScore({ scores: { tone: 5, identity: true } }, gated)).toBe(100);
    expect(reviewScore({ scores: { tone: 5, identity: false } }, gated)).toBe(0);
    expect(reviewScore({ scores: { tone: null, identity: false } }, gated)).toBe(0);
  });
});
