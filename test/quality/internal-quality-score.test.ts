import { describe, expect, test } from 'vitest';
import { internalQualityScore, type Review, type Scorecard } from '../../src/index.js';

const scorecard: Scorecard = [
  { id: 'tone', weight: 1, scale: { min: 1, max: 5 } },
  { id: 'accuracy', weight: 3, scale: { min: 1, max: 5 } },
  { id: 'policy', weight: 1, scale: 'pass-fail', critical: true },
];
/** The reviews of the worked example: they score 70, 62.5 and 0. */
const reviews: Review[] = [
  { scores: { tone: 5, accuracy: 3, policy: true } },
  { scores: { tone: null, accuracy: 3, policy: true } },
  { scores: { tone: 5, accuracy: 3, policy: false } },
];
const allNull: Review = { scores: { tone: null, accuracy: null, policy: null } };

describe('internalQualityScore: definition', () => {
  test('the worked example: (70 + 62.5 + 0) / 3 = 44.1666…', () => {
    expect(internalQualityScore(reviews, scorecard)).toBe(132.5 / 3);
  });

  test('is the mean of the review scores weighted by review.weight: (70·3 + 62.5·1) / 4 = 68.125', () => {
    expect(internalQualityScore([{ ...reviews[0]!, weight: 3 }, reviews[1]!], scorecard)).toBe(68.125);
  });

  test('review weights need not be whole: 70·0.5 + 62.5·1.5 over 2 is 64.375', () => {
    expect(internalQualityScore([{ ...reviews[0]!, weight: 0.5 }, { ...reviews[1]!, weight: 1.5 }], scorecard)).toBe(64.375);
  });

  test('an auto-failed review counts as 0 in the mean', () => {
    expect(internalQualityScore([reviews[0]!, reviews[2]!], scorecard)).toBe(35);
  });

  test('a review whose criteria are all not applicable is left out of the mean', () => {
    expect(internalQualityScore([reviews[0]!, allNull, reviews[1]!], scorecard)).toBe(66.25);
  });

  test('reviews may carry other fields', () => {
    expect(internalQualityScore([{ agent: 'ana', channel: 'chat', ...reviews[0]! }], scorecard)).toBe(70);
  });

  test('accepts any array-like of reviews', () => {
    expect(internalQualityScore({ length: 2, 0: reviews[0]!, 1: reviews[1]! }, scorecard)).toBe(66.25);
  });

  test('reviews whose keys come in different orders score alike', () => {
    const reordered = [{ scores: { policy: true, tone: null, accuracy: 3 } }, { scores: { accuracy: 3, policy: false, tone: 5 } }];
    expect(internalQualityScore([reviews[0]!, ...reordered], scorecard)).toBe(132.5 / 3);
  });

  test('perfect reviews score exactly 100 whatever the weights (0.1 and 0.2 too)', () => {
    const card: Scorecard = [
      { id: 'a', weight: 0.1, scale: { min: 1, max: 5 } },
      { id: 'b', weight: 0.2, scale: 'pass-fail' },
    ];
    const perfect = { scores: { a: 5, b: true } };
    expect(internalQualityScore([perfect, { ...perfect, weight: 0.1 }, { ...perfect, weight: 0.7 }], card)).toBe(100);
  });
});

describe('internalQualityScore: nothing to score', () => {
  test('no reviews: EMPTY_INPUT', () => {
    expect(() => internalQualityScore([], scorecard)).toThrow(
      expect.objectContaining({ code: 'EMPTY_INPUT', message: 'internalQualityScore: no reviews' }),
    );
  });

  test('every review left out: EMPTY_INPUT', () => {
    expect(() => internalQualityScore([allNull, allNull], scorecard)).toThrow(
      expect.objectContaining({
        code: 'EMPTY_INPUT',
        message:
          'internalQualityScore: none of the 2 reviews rates a criterion of positive weight (all are null or weigh 0), so there is no score',
      }),
    );
  });
});
