import { describe, expectTypeOf, test } from 'vitest';
import {
  compareCesAcross,
  compareCsatAcross,
  compareNpsAcross,
  csatProbabilityOfImprovement,
  npsProbabilityOfImprovement,
  type CesAcrossGroups,
  type CesComparison,
  type Comparison,
  type CsatAcrossGroups,
  type NpsAcrossGroups,
  type PairwiseComparison,
} from '../../src/index.js';

describe('tests across groups', () => {
  test('an array of groups names its groups by index', () => {
    const r = compareNpsAcross([[10, 9], { promoters: 1, passives: 2, detractors: 3 }]);
    expectTypeOf(r).toEqualTypeOf<NpsAcrossGroups<number>>();
    expectTypeOf(r.groups).toEqualTypeOf<readonly number[]>();
    expectTypeOf(r.pairwise[0]!.a).toEqualTypeOf<number>();
    expectTypeOf(r.method).toEqualTypeOf<'chi-square'>();
  });

  test('an object of groups keeps the literal names', () => {
    const r = compareCsatAcross({ email: [5, 4], chat: { positive: 3, count: 5 } });
    expectTypeOf(r).toEqualTypeOf<CsatAcrossGroups<'email' | 'chat'>>();
    expectTypeOf(r.pairwise[0]!.b).toEqualTypeOf<'email' | 'chat'>();
    expectTypeOf(r.pairwise[0]!.method).toEqualTypeOf<'two-proportion-z'>();
  });

  test('a pair is the two-sample comparison with its names and adjusted p-value', () => {
    type Pair = PairwiseComparison<'a' | 'b', Comparison<'wald-z'>>;
    expectTypeOf<Pair>().toExtend<Comparison<'wald-z'>>();
    expectTypeOf<Pair['adjustedPValue']>().toEqualTypeOf<number>();
    expectTypeOf<Pair['adjustedSignificant']>().toEqualTypeOf<boolean>();
  });

  test('CES reports Welch\'s two degrees of freedom and Welch t pairs', () => {
    const r = compareCesAcross([[5, 6], { sum: 10, sumOfSquares: 52, count: 2 }], { scale: { min: 1, max: 7 }, higherIs: 'easier' });
    expectTypeOf(r).toEqualTypeOf<CesAcrossGroups<number>>();
    expectTypeOf(r.denominatorDegreesOfFreedom).toEqualTypeOf<number>();
    expectTypeOf(r.pairwise[0]!).toExtend<CesComparison>();
    expectTypeOf(r.warnings).toEqualTypeOf<readonly string[]>();
  });

  test('options are typed: no weights, no unknown keys', () => {
    expectTypeOf(compareCsatAcross).toBeCallableWith([[5]], { scale: { min: 1, max: 5 }, positiveFrom: 4, confidence: 0.9 });
    // @ts-expect-error weights are not an option of a test across groups
    compareCsatAcross([[5], [4]], { weights: [1] });
    // @ts-expect-error a misspelt option
    compareNpsAcross([[9], [7]], { confidense: 0.9 });
  });
});

describe('probability of improvement', () => {
  test('returns a number, and takes a Beta or a Dirichlet prior', () => {
    expectTypeOf(csatProbabilityOfImprovement([5], [4], { prior: { alpha: 0.5, beta: 0.5 } })).toEqualTypeOf<number>();
    expectTypeOf(npsProbabilityOfImprovement([9], [7], { prior: { promoters: 1, passives: 1, detractors: 1 } })).toEqualTypeOf<number>();
    // @ts-expect-error a Dirichlet prior needs all three pseudo-counts
    npsProbabilityOfImprovement([9], [7], { prior: { promoters: 1, detractors: 1 } });
  });
});
