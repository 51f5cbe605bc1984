import { describe, expect, test } from 'vitest';
import { durationSummary, MetricError, percentile } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(MetricError);
    return (error as MetricError).code;
  }
  throw new Error('expected a MetricError');
}

describe('percentile: type 7, linear interpolation between order statistics', () => {
  test('the 90th percentile of [1, 2, 3, 4, 100] is 61.6 (h = 3.6: 4 + 0.6 × 96)', () => {
    expect(percentile([1, 2, 3, 4, 100], 90)).toBe(61.6);
  });

  test('R and numpy give these for [15, 20, 35, 40, 50]: 20 at 25, 35 at 50, 40 at 75, 48 at 95', () => {
    const x = [40, 15, 50, 35, 20];
    expect(percentile(x, 25)).toBe(20);
    expect(percentile(x, 50)).toBe(35);
    expect(percentile(x, 75)).toBe(40);
    expect(percentile(x, 95)).toBe(48);
  });

  test('the median of an even count is the mean of the two middle values', () => {
    expect(percentile([10, 2, 5, 100, 2, 1], 50)).toBe(3.5);
  });

  test('0 is the minimum and 100 the maximum', () => {
    expect(percentile([7, -3, 12], 0)).toBe(-3);
    expect(percentile([7, -3, 12], 100)).toBe(12);
  });

  test('p is a percentage: 0.9 is refused (a fraction passed by mistake), with a message naming quantile', () => {
    const e = metricErrorOf(() => percentile([0, 100], 0.9));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe(
      'percentile: p 0.9 is between 0 and 1, as a fraction would be; p is a percentage: write percentile(values, 90), or quantile(values, 0.9) for a fraction',
    );
  });

  test('one value is every percentile of itself', () => {
    expect(percentile([42], 37)).toBe(42);
  });

  test('accepts typed arrays and negative values, and does not reorder the input', () => {
    const x = Float32Array.of(3, -1, 2);
    expect(percentile(x, 50)).toBe(2);
    expect(Array.from(x)).toStrictEqual([3, -1, 2]);
  });

  test('large inputs (filtered, not copied) give the same result as small ones would', () => {
    const n = 100_001;
    const x = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    expect(percentile(x, 50)).toBe(50_000);
    expect(percentile(x, 90)).toBe(90_000);
    expect(percentile(x, 99.5)).toBe(99_500);
    expect(percentile(Float64Array.from(x), 0)).toBe(0);
  });
});

describe('percentile: bad input throws MetricError', () => {
  test.each([
    ['no values', [], 50, 'EMPTY_INPUT'],
    ['p above 100', [1], 101, 'OUT_OF_RANGE'],
    ['p below 0', [1], -1, 'OUT_OF_RANGE'],
    ['p NaN', [1], NaN, 'NOT_FINITE'],
    ['p a string', [1], '50', 'INVALID_TYPE'],
    ['a NaN value', [1, NaN], 50, 'NOT_FINITE'],
    ['an infinite value in a typed array', Float64Array.of(1, -Infinity), 50, 'NOT_FINITE'],
    ['a string value', [1, '2'], 50, 'INVALID_TYPE'],
    ['a hole', Object.assign(new Array<number>(3), { 0: 1, 2: 3 }), 50, 'INVALID_TYPE'],
    ['not an array', '1,2,3', 50, 'INVALID_TYPE'],
    ['bigints', BigInt64Array.of(1n), 50, 'INVALID_TYPE'],
  ])('%s: %s', (_name, values, p, code) => {
    expect(codeOf(() => percentile(values as never, p as never))).toBe(code);
  });

  test('the message names the index', () => {
    expect(() => percentile([1, 2, NaN], 50)).toThrow('percentile: values[2] NaN is not a finite number');
  });
});

describe('durationSummary', () => {
  test('[1, 2, 3, 4, 100]: sum 110, mean 22, median 3, p90 61.6, min 1, max 100', () => {
    expect(durationSummary([100, 3, 1, 4, 2])).toStrictEqual({ count: 5, sum: 110, mean: 22, median: 3, p90: 61.6, min: 1, max: 100 });
  });

  test('mean and median differ where help desks say they do: one slow ticket moves the mean only', () => {
    const s = durationSummary([10, 10, 10, 10, 960]);
    expect(s.mean).toBe(200);
    expect(s.median).toBe(10);
  });

  test('one duration', () => {
    expect(durationSummary([5])).toStrictEqual({ count: 1, sum: 5, mean: 5, median: 5, p90: 5, min: 5, max: 5 });
  });

  test('does not reorder the input', () => {
    const d = [3, 1, 2];
    durationSummary(d);
    expect(d).toStrictEqual([3, 1, 2]);
  });

  test('a large input: 0 … 99,999 shuffled', () => {
    const n = 100_000;
    const d = Float64Array.from({ length: n }, (_, i) => (i * 7919) % n);
    // median at h = 49,999.5; p90 at h = 89,999.1
    expect(durationSummary(d)).toStrictEqual({
      count: n,
      sum: (n * (n - 1)) / 2,
      mean: (n - 1) / 2,
      median: 49_999.5,
      p90: 89_999.1,
      min: 0,
      max: n - 1,
    });
  });

  test.each([
    ['no durations', [], 'EMPTY_INPUT'],
    ['a negative duration', [1, -5], 'NEGATIVE_DURATION'],
    ['NaN', [NaN], 'NOT_FINITE'],
    ['Infinity', [Infinity], 'NOT_FINITE'],
    ['a string', ['5'], 'INVALID_TYPE'],
    ['null', null, 'INVALID_TYPE'],
  ])('%s throws %s', (_name, input, code) => {
    expect(codeOf(() => durationSummary(input as never))).toBe(code);
  });

  test('a negative duration is named with its index', () => {
    expect(() => durationSummary([1, 2, 3, -5])).toThrow('durationSummary: durations[3] -5 is negative');
  });
});
