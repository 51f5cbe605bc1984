import { describe, expect, test } from 'vitest';
import { durationSummary, percentile, quantile } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('quantile: type 7 with q in 0–1', () => {
  test('the 0.9 quantile of [1, 2, 3, 4, 100] is 61.6 (h = 4 × 0.9 = 3.6: 4 + 0.6 × 96)', () => {
    expect(quantile([1, 2, 3, 4, 100], 0.9)).toBe(61.6);
  });

  test('R and numpy give these for [15, 20, 35, 40, 50]: 20 at 0.25, 35 at 0.5, 40 at 0.75, 48 at 0.95', () => {
    const x = [40, 15, 50, 35, 20];
    expect(quantile(x, 0.25)).toBe(20);
    expect(quantile(x, 0.5)).toBe(35);
    expect(quantile(x, 0.75)).toBe(40);
    expect(quantile(x, 0.95)).toBe(48);
  });

  test('0 is the minimum and 1 the maximum', () => {
    expect(quantile([7, -3, 12], 0)).toBe(-3);
    expect(quantile([7, -3, 12], 1)).toBe(12);
  });

  test('0.07 is the 7th percentile exactly, although 0.07 × 100 is 7.000000000000001', () => {
    // [0, 100]: h = 0.07, so 7
    expect(quantile([0, 100], 0.07)).toBe(7);
    expect(quantile([0, 100], 0.07)).toBe(percentile([0, 100], 7));
  });

  test('only the rounding of k / 100 is taken back to a whole percentage: a small q stays itself, as in numpy', () => {
    // [0, 1]: h = q, so the quantile is q itself
    expect(quantile([0, 1], 1e-12)).toBe(1e-12);
    expect(quantile([0, 1], 1e-300) / 1e-300).toBeCloseTo(1, 14);
    // 0.1 + 0.2 is 0.30000000000000004: still the 30th percentile
    expect(quantile([0, 100], 0.1 + 0.2)).toBe(30);
    // 0.0700001 is not 7%: 7.00001
    expect(quantile([0, 100], 0.0700001)).toBeCloseTo(7.00001, 12);
  });

  test('a fraction that is not a whole percentage is interpolated as it is', () => {
    // h = 0.125: 10 + 0.125 × 80 = 20
    expect(quantile([10, 90], 0.125)).toBe(20);
  });

  test('accepts a Set, a generator and typed arrays, and does not reorder the input', () => {
    expect(quantile(new Set([10, 20, 20, 30]), 0.5)).toBe(20);
    function* values() {
      yield 3;
      yield 1;
      yield 2;
    }
    expect(quantile(values(), 0.5)).toBe(2);
    const x = Float32Array.of(3, -1, 2);
    expect(quantile(x, 0.5)).toBe(2);
    expect(Array.from(x)).toStrictEqual([3, -1, 2]);
  });
});

describe('quantile: bad input throws MetricError', () => {
  test('q above 1, with the fraction to write when it looks like a percentage', () => {
    const e = metricErrorOf(() => quantile([1, 2], 90));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe('quantile: q 90 is outside 0–1; q is a fraction: write quantile(values, 0.9), or percentile(values, 90) for a percentage');
    expect(metricErrorOf(() => quantile([1, 2], 28.6)).message).toContain('quantile(values, 0.286)');
  });

  test.each([
    ['no values', [], 0.5, 'EMPTY_INPUT'],
    ['q below 0', [1], -0.1, 'OUT_OF_RANGE'],
    ['q above 100', [1], 101, 'OUT_OF_RANGE'],
    ['q NaN', [1], NaN, 'NOT_FINITE'],
    ['q a string', [1], '0.5', 'INVALID_TYPE'],
    ['a NaN value', [1, NaN], 0.5, 'NOT_FINITE'],
    ['a string value', [1, '2'], 0.5, 'INVALID_TYPE'],
    ['not a list', 5, 0.5, 'INVALID_TYPE'],
    ['an object', { a: 1 }, 0.5, 'INVALID_TYPE'],
  ])('%s: %s', (_name, values, q, code) => {
    expect(metricErrorOf(() => quantile(values as never, q as never)).code).toBe(code);
  });

  test('an unknown method is refused, naming the nine', () => {
    const e = metricErrorOf(() => quantile([1, 2], 0.5, { method: 'nearest' } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe(
      "quantile: option method must be 'inverted-cdf', 'averaged-inverted-cdf', 'closest-observation', 'interpolated-inverted-cdf', " +
        "'hazen', 'weibull', 'linear', 'median-unbiased', 'normal-unbiased'; got \"nearest\"",
    );
  });

  test('an unknown option is refused', () => {
    const e = metricErrorOf(() => quantile([1, 2], 0.5, { type: 7 } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('quantile: unknown option "type"; known options: method');
  });
});

describe('percentile: the 0 < p < 1 rule and options', () => {
  test('p = 0 is the minimum and p = 1 is the 1st percentile; only strictly between them is refused', () => {
    expect(percentile([0, 100], 0)).toBe(0);
    expect(percentile([0, 100], 1)).toBe(1);
    for (const p of [0.5, 0.9, 0.99, Number.MIN_VALUE]) expect(metricErrorOf(() => percentile([0, 100], p)).code).toBe('OUT_OF_RANGE');
  });

  test('the message names quantile and the percentage to write', () => {
    expect(metricErrorOf(() => percentile([1, 2], 0.07)).message).toBe(
      'percentile: p 0.07 is between 0 and 1, as a fraction would be; p is a percentage: write percentile(values, 7), or quantile(values, 0.07) for a fraction',
    );
  });

  test('an unknown method is refused, not ignored: { method: "nearest" }', () => {
    const e = metricErrorOf(() => percentile([1, 2, 3], 50, { method: 'nearest' } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toMatch(/^percentile: option method must be 'inverted-cdf', .*; got "nearest"$/);
    expect(metricErrorOf(() => percentile([1, 2, 3], 50, { interpolation: 'linear' } as never)).message).toBe(
      'percentile: unknown option "interpolation"; known options: method',
    );
    expect(percentile([1, 2, 3], 50, {})).toBe(2);
    expect(metricErrorOf(() => percentile([1, 2, 3], 50, null as never)).code).toBe('INVALID_OPTION');
  });

  test('a bad value in a large input is found in the pass that filters, and named with its index', () => {
    const x = Float64Array.from({ length: 100_000 }, (_, i) => i);
    x[77_777] = Infinity;
    const e = metricErrorOf(() => percentile(x, 90));
    expect(e.code).toBe('NOT_FINITE');
    expect(e.message).toBe('percentile: values[77777] Infinity is not a finite number');
    expect(e.details).toStrictEqual({ fn: 'percentile', index: 77_777 });
  });

  test('values that are not numbers are never converted: an object with valueOf is refused, its valueOf not run', () => {
    let calls = 0;
    const x: unknown[] = Array.from({ length: 50_000 }, (_, i) => i);
    x[123] = { valueOf: () => ++calls };
    expect(metricErrorOf(() => percentile(x as never, 50)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => percentile(x.slice(0, 200) as never, 50)).code).toBe('INVALID_TYPE');
    expect(calls).toBe(0);
  });
});

describe('durationSummary options', () => {
  test('an option other than method is refused, not ignored', () => {
    expect(metricErrorOf(() => (durationSummary as (d: unknown, o: unknown) => unknown)([1, 2], { unit: 'minutes' })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => durationSummary([1, 2], { method: 'type-7' } as never)).code).toBe('INVALID_OPTION');
  });

  test('any iterable of durations', () => {
    expect(durationSummary(new Set([1, 2, 3, 4, 100]))).toStrictEqual({ count: 5, sum: 110, mean: 22, median: 3, p90: 61.6, min: 1, max: 100 });
  });
});
