/** Properties of WeightedSums, the running form of the library's one weighted mean. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { WeightedSums, weightedMean } from '../../src/_lib/weighted-mean.js';

function sumsOf(values: readonly number[], weights: readonly number[]): WeightedSums {
  const sums = new WeightedSums();
  values.forEach((x, i) => {
    sums.add(x, weights[i]!);
  });
  return sums;
}

describe('WeightedSums', () => {
  test.prop([
    fc.array(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 })), {
      minLength: 1,
      maxLength: 30,
    }),
  ])('weightedMean is exactly the bounded mean of the same pairs (one arithmetic)', (pairs) => {
    fc.pre(pairs.some(([, w]) => w > 0));
    const values = pairs.map(([x]) => x);
    const weights = pairs.map(([, w]) => w);
    expect(weightedMean('t', values, weights)).toBe(sumsOf(values, weights).boundedMean());
  });

  test.prop([
    // weights 0 or from 1e-6 up: a subnormal weight (5e-324) makes w · x underflow to 0, where no mean is near the truth
    fc.array(
      fc.tuple(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 100 }),
        fc.oneof(fc.constant(0), fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e-6, max: 1e6 })),
      ),
      { minLength: 1, maxLength: 30 },
    ),
  ])('boundedMean lies within the smallest and largest value of positive weight, and near mean', (pairs) => {
    fc.pre(pairs.some(([, w]) => w > 0));
    const sums = sumsOf(pairs.map(([x]) => x), pairs.map(([, w]) => w));
    const weighted = pairs.filter(([, w]) => w > 0).map(([x]) => x);
    const bounded = sums.boundedMean();
    expect(bounded).toBeGreaterThanOrEqual(Math.min(...weighted));
    expect(bounded).toBeLessThanOrEqual(Math.max(...weighted));
    expect(Math.abs(bounded - sums.mean())).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(sums.mean())));
  });
});
