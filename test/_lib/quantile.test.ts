/**
 * The shared order statistics (src/_lib/quantile.ts) and the blocked sum
 * (src/_lib/sum.ts) that every duration summary relies on.
 */
import { describe, expect, test } from 'vitest';
import {
  filterRanks,
  histogramRanks,
  interpolate,
  orderStatistics,
  percentilePosition,
  percentiles,
  select,
  selectRanks,
} from '../../src/_lib/quantile.js';
import { neumaierSum, sumNonNegative } from '../../src/_lib/sum.js';

describe('select', () => {
  test('puts the k-th smallest at k, nothing larger before it and nothing smaller after it', () => {
    const a = Float64Array.of(9, 1, 8, 2, 7, 3, 6, 4, 5);
    select(a, 4, 0, a.length - 1);
    expect(a[4]).toBe(5);
    for (let i = 0; i < 4; i++) expect(a[i]).toBeLessThanOrEqual(5);
    for (let i = 5; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(5);
  });

  test('works on ranges above 600 values, where it first selects within a sample', () => {
    const a = Float64Array.from({ length: 5001 }, (_, i) => (i * 7919) % 5001);
    select(a, 2500, 0, a.length - 1);
    expect(a[2500]).toBe(2500);
  });

  test('handles many equal values', () => {
    const a = Float64Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 1 : 2));
    select(a, 666, 0, a.length - 1);
    expect(a[666]).toBe(1);
    select(a, 667, 0, a.length - 1);
    expect(a[667]).toBe(2);
  });
});

describe('selectRanks', () => {
  test('gives several ranks of one array: the minimum, the median, the top and the maximum', () => {
    const a = Float64Array.of(50, 10, 40, 20, 30);
    expect(selectRanks(a, 5, [0, 2, 3, 4])).toStrictEqual([10, 30, 40, 50]);
  });
});

describe('percentilePosition: h = (n − 1) · p / 100', () => {
  test('the 90th percentile of 5 values is at 3.6: index 3, weight 60 hundredths', () => {
    expect(percentilePosition(5, 90)).toStrictEqual({ lo: 3, r: 60 });
  });

  test('the median of 4 values is halfway between indices 1 and 2', () => {
    expect(percentilePosition(4, 50)).toStrictEqual({ lo: 1, r: 50 });
  });

  test('0 and 100 are the first and last values', () => {
    expect(percentilePosition(7, 0)).toStrictEqual({ lo: 0, r: 0 });
    expect(percentilePosition(7, 100)).toStrictEqual({ lo: 6, r: 0 });
  });
});

describe('interpolate', () => {
  test('multiplies before dividing: 4 and 100 with weight 60 give exactly 61.6', () => {
    expect(interpolate(4, 100, 60)).toBe(61.6);
  });

  test('stays within the two values, also for huge ones', () => {
    expect(interpolate(1e308, 1.5e308, 50)).toBe(1.25e308);
    expect(interpolate(-1e308, 1e308, 50)).toBe(0);
    expect(interpolate(0.1, 0.1, 37)).toBe(0.1);
  });
});

describe('percentiles', () => {
  test('type 7: the 0.9 quantile of [1, 2, 3, 4, 100] is 61.6', () => {
    expect(percentiles([100, 3, 1, 4, 2], [90])).toStrictEqual([61.6]);
  });

  test('does not reorder its input unless it is lent', () => {
    const input = [3, 1, 2];
    percentiles(input, [50]);
    expect(input).toStrictEqual([3, 1, 2]);
  });

  test('repeated percentages give repeated results', () => {
    expect(percentiles([1, 2, 3, 4], [50, 50, 90])).toStrictEqual([2.5, 2.5, 3.7]);
  });
});

describe('order statistics by filtering (called directly, on inputs of any size)', () => {
  const sorted = (values: readonly number[]) => [...values].sort((x, y) => x - y);

  test('agrees with sorting on a shuffled range', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    const ranks = [0, 4999, 5000, 8999, 9000, 9999];
    expect(filterRanks(values, ranks)).toStrictEqual(ranks.map((k) => sorted(values)[k]));
  });

  test('agrees with sorting when most values are equal', () => {
    const values = Array.from({ length: 5000 }, (_, i) => (i % 10 === 0 ? 1000 : 1));
    const ranks = [0, 2499, 2500, 4499, 4500, 4999];
    expect(filterRanks(values, ranks)).toStrictEqual(ranks.map((k) => sorted(values)[k]));
  });

  test('works on ten values, where its sample is five of them', () => {
    const values = [5, 3, 9, 1, 7, 2, 8, 4, 6, 0];
    expect(filterRanks(values, [0, 4, 5, 9])).toStrictEqual([0, 4, 5, 9]);
    expect(orderStatistics(values, [0, 4, 5, 9])).toStrictEqual([0, 4, 5, 9]);
  });

  test('with reject, checks every value in its one pass and calls reject for a value that is not a finite number', () => {
    const reject = (): never => {
      throw new RangeError('rejected');
    };
    const values = Array.from({ length: 50_000 }, (_, i) => i);
    expect(filterRanks(values, [25_000], reject)).toStrictEqual([25_000]);
    for (const bad of [NaN, Infinity, -Infinity, '7', null]) {
      const copy: unknown[] = [...values];
      copy[37_123] = bad;
      expect(() => filterRanks(copy as number[], [25_000], reject)).toThrow('rejected');
      expect(() => filterRanks(copy as number[], [0, 49_999], reject)).toThrow('rejected');
      expect(() => percentiles(copy as number[], [50], false, reject)).toThrow('rejected');
      expect(() => percentiles((copy as number[]).slice(0, 40_000), [90], false, reject)).toThrow('rejected');
    }
  });

  test('by the histogram: a Float64Array with a value that is not finite is rejected, with reject, before any result is used', () => {
    const reject = (): never => {
      throw new RangeError('rejected');
    };
    const values = Float64Array.from({ length: 50_000 }, (_, i) => i);
    expect(histogramRanks(values, [0, 25_000, 45_000, 49_999], reject)).toStrictEqual([0, 25_000, 45_000, 49_999]);
    for (const bad of [NaN, Infinity, -Infinity]) {
      const copy = values.slice();
      copy[37_123] = bad;
      expect(() => histogramRanks(copy, [25_000], reject)).toThrow('rejected');
      expect(() => percentiles(copy, [50], false, reject)).toThrow('rejected');
    }
  });

  test('by the histogram: all values equal give that value for every rank; all in one bucket are selected among', () => {
    expect(histogramRanks(new Float64Array(40_000), [0, 20_000, 39_999])).toStrictEqual([0, 0, 0]);
    // 1024 + r/1024 for r = 0 … 39,999 (shuffled): all below 1088, they share sign, exponent and the first four bits of the fraction
    const one = Float64Array.from({ length: 40_000 }, (_, i) => 1024 + ((i * 7919) % 40_000) / 1024);
    expect(histogramRanks(one, [0, 19_999, 20_000, 35_999, 39_999])).toStrictEqual([1024, 1043.5302734375, 1043.53125, 1059.1552734375, 1063.0615234375]);
  });

  test('never converts a value that is not a number (no valueOf of the caller runs)', () => {
    let called = 0;
    const sneaky = { valueOf: () => ++called };
    const values: unknown[] = Array.from({ length: 40_000 }, (_, i) => i);
    values[39_999] = sneaky;
    const reject = (): never => {
      throw new RangeError('rejected');
    };
    expect(() => percentiles(values as number[], [50], false, reject)).toThrow('rejected');
    expect(() => percentiles(values.slice(-100) as number[], [50], false, reject)).toThrow('rejected');
    expect(called).toBe(0);
  });
});

describe('sumNonNegative', () => {
  test('sums whole numbers exactly, typed or not, below and above one block', () => {
    const values = Array.from({ length: 3000 }, (_, i) => i);
    expect(sumNonNegative(values)).toBe((2999 * 3000) / 2);
    expect(sumNonNegative(Float64Array.from(values))).toBe((2999 * 3000) / 2);
    expect(sumNonNegative([])).toBe(0);
  });

  test('returns NaN for a negative value, NaN, or a value that is not a number', () => {
    expect(sumNonNegative([1, -1e-300, 2])).toBeNaN();
    expect(sumNonNegative(Float64Array.of(1, NaN))).toBeNaN();
    expect(sumNonNegative(['1', 2] as unknown as number[])).toBeNaN();
    expect(sumNonNegative(Array.from({ length: 2048 }, (_, i) => (i === 1500 ? -1 : 1)))).toBeNaN();
    expect(sumNonNegative(Array.from({ length: 2048 }, (_, i) => (i === 700 ? null : 1)) as number[])).toBeNaN();
  });

  test('an infinite value makes the sum non-finite', () => {
    expect(Number.isFinite(sumNonNegative([1, Infinity]))).toBe(false);
    expect(Number.isFinite(sumNonNegative(Array.from({ length: 2048 }, (_, i) => (i === 9 ? Infinity : 1))))).toBe(false);
  });

  test('stays within its error bound (133 · 2⁻⁵³ of the sum) of a compensated sum, for a million tenths', () => {
    const values = new Float64Array(1_000_000).fill(0.1);
    const exact = neumaierSum(values);
    expect(Math.abs(sumNonNegative(values) - exact)).toBeLessThanOrEqual(133 * 2 ** -53 * exact);
  });
});
