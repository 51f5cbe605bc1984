import { describe, expectTypeOf, test } from 'vitest';
import {
  cesInterval,
  compareCes,
  compareCsat,
  compareNps,
  csatInterval,
  csatSampleSize,
  npsInterval,
  npsSampleSize,
  type CesComparison,
  type Comparison,
  type ConfidenceInterval,
} from '../../src/index.js';

describe('intervals', () => {
  test('each interval names the methods it can return', () => {
    expectTypeOf(npsInterval([9])).toEqualTypeOf<ConfidenceInterval<'adjusted-wald' | 'wald'>>();
    expectTypeOf(csatInterval([5])).toEqualTypeOf<ConfidenceInterval<'wilson' | 'wald' | 'agresti-coull' | 'clopper-pearson' | 'jeffreys'>>();
    expectTypeOf(cesInterval([5, 6])).toEqualTypeOf<ConfidenceInterval<'t'>>();
  });

  test('an interval is readonly data', () => {
    expectTypeOf<ConfidenceInterval<'t'>>().toEqualTypeOf<{
      readonly score: number;
      readonly center: number;
      readonly lower: number;
      readonly upper: number;
      readonly clipped: boolean;
      readonly standardError: number;
      readonly marginOfError: number;
      readonly confidence: number;
      readonly method: 't';
      readonly count: number;
      readonly effectiveSize: number;
    }>();
  });

  test('options combine the score options with confidence and method', () => {
    expectTypeOf(npsInterval).toBeCallableWith({ promoters: 1, passives: 2, detractors: 3 }, { confidence: 0.9, method: 'wald' });
    expectTypeOf(csatInterval).toBeCallableWith([5], { scale: { min: 1, max: 7 }, positiveFrom: 6, method: 'wilson', weights: [1] });
    expectTypeOf(cesInterval).toBeCallableWith({ sum: 10, count: 2, sumOfSquares: 52 }, { higherIs: 'harder', confidence: 0.99 });
    // @ts-expect-error NPS intervals are Wald or adjusted Wald
    npsInterval([9], { method: 'wilson' });
    // @ts-expect-error CES intervals have one method
    cesInterval([5, 6], { method: 't' });
  });

  test('every survey score takes any iterable of answers', () => {
    expectTypeOf(npsInterval).toBeCallableWith(new Set([9, 10]));
    expectTypeOf(csatInterval).toBeCallableWith(new Set([5, 4]));
    expectTypeOf(cesInterval).toBeCallableWith(new Set([5, 6]));
  });
});

describe('comparisons', () => {
  test('return a Comparison; CES adds its degrees of freedom', () => {
    expectTypeOf(compareNps([9], [7])).toEqualTypeOf<Comparison<'wald-z'>>();
    expectTypeOf(compareCsat([5], [4])).toEqualTypeOf<Comparison<'two-proportion-z'>>();
    expectTypeOf(compareCes([5, 6], [4, 5])).toEqualTypeOf<CesComparison>();
    expectTypeOf<CesComparison['degreesOfFreedom']>().toEqualTypeOf<number>();
    expectTypeOf<Comparison['significant']>().toEqualTypeOf<boolean>();
  });

  test('take no weights', () => {
    // @ts-expect-error weights are per sample and not supported in comparisons
    compareCsat([5], [4], { weights: [1] });
  });
});

describe('sample sizes', () => {
  test('need a margin of error and return a number', () => {
    expectTypeOf(npsSampleSize({ marginOfError: 5 })).toEqualTypeOf<number>();
    expectTypeOf(csatSampleSize({ marginOfError: 5, expectedScore: 80 })).toEqualTypeOf<number>();
    // @ts-expect-error marginOfError is required
    npsSampleSize({ confidence: 0.95 });
  });
});
