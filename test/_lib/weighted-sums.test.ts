/**
 * WeightedSums is the running form of the library's one weighted mean; it is
 * private, so it is tested here directly.
 */
import { describe, expect, test } from 'vitest';
import { WeightedSums } from '../../src/_lib/weighted-mean.js';

function sumsOf(values: readonly number[], weights: readonly number[]): WeightedSums {
  const sums = new WeightedSums();
  values.forEach((x, i) => {
    sums.add(x, weights[i]!);
  });
  return sums;
}

describe('WeightedSums', () => {
  test('mean is Σ w·x / Σ w: 100, 50, 100 with weights 1, 3, 1 give 70', () => {
    expect(sumsOf([100, 50, 100], [1, 3, 1]).mean()).toBe(70);
  });

  test('weight is Σ w, and 0 before anything of positive weight is added', () => {
    const sums = new WeightedSums();
    expect(sums.weight()).toBe(0);
    sums.add(50, 0);
    expect(sums.weight()).toBe(0);
    sums.add(50, 2.5);
    expect(sums.weight()).toBe(2.5);
  });

  test('the sums are compensated: 1e100·1 + 1·1 − 1e100·1 over 3 is 1/3', () => {
    expect(sumsOf([1e100, 1, -1e100], [1, 1, 1]).mean()).toBe(1 / 3);
  });

  test('mean rounds like a quotient of rounded sums: 100 and 100 weighted 0.1 and 0.2 give 99.99999999999999', () => {
    expect(sumsOf([100, 100], [0.1, 0.2]).mean()).toBe(30 / 0.30000000000000004);
  });

  test('boundedMean keeps the mean within the values of positive weight: the same case gives 100', () => {
    expect(sumsOf([100, 100], [0.1, 0.2]).boundedMean()).toBe(100);
  });

  test('values of weight 0 do not widen the bounds', () => {
    expect(sumsOf([100, 100, 0], [0.1, 0.2, 0]).boundedMean()).toBe(100);
  });
});
