/**
 * quantile, percentile, durationSummary and the summaries of times with
 * `method`: Hyndman and Fan's (1996) nine definitions worked by hand, and
 * numpy's quantile and percentile on several data sets and many q
 * (test/_lib/quantile-references.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  durationSummary,
  handleTimeSummary,
  percentile,
  quantile,
  queueSummary,
  resolutionTimeSummary,
  waitTimeSummary,
} from '../../src/index.js';
import { HYNDMAN_FAN, METHODS, NUMPY } from '../_lib/quantile-references.js';
import { metricErrorOf } from '../helpers.js';

/** −0 and 0 are the same value: a selection may return either where they tie. */
const zero = (v: number) => v + 0;

describe('quantile with each of the nine definitions of Hyndman and Fan (1996)', () => {
  const { x, q, expected } = HYNDMAN_FAN;

  test.each(METHODS)('%s', (method) => {
    q.forEach((qi, i) => {
      expect(quantile(x, qi, { method })).toBeCloseTo(expected[method][i]!, 14);
      expect(percentile(x, qi * 100, { method })).toBeCloseTo(expected[method][i]!, 14);
    });
  });

  test('the default is linear (type 7)', () => {
    for (const qi of q) expect(quantile(x, qi)).toBe(quantile(x, qi, { method: 'linear' }));
    expect(percentile(x, 90)).toBe(percentile(x, 90, { method: 'linear' }));
  });

  test('the 90th percentile of eight handle times, as docs/statistics.md quotes it by type', () => {
    const minutes = [1, 1, 2, 3, 4, 5, 6, 9];
    const byType = METHODS.map((method) => Number(percentile(minutes, 90, { method }).toFixed(10)));
    expect(byType).toStrictEqual([9, 9, 6, 6.6, 8.1, 9, 6.9, 8.5, 8.4]);
  });
});

describe(`equal to numpy ${NUMPY.numpy}`, () => {
  const cases = NUMPY.datasets.flatMap((d) => METHODS.map((m) => [m, d.values.length, d] as const));

  test.each(cases.filter(([m]) => m !== 'linear'))('quantile(values, q, { method: %s }), n = %s: bit for bit, every q', (method, _n, d) => {
    expect(d.qs.map((q) => zero(quantile(d.values, q, { method })))).toStrictEqual(d.quantiles[method].map(zero));
  });

  test.each(cases.filter(([m]) => m !== 'linear'))('percentile(values, p, { method: %s }), n = %s: bit for bit, every p', (method, _n, d) => {
    expect(d.ps.map((p) => zero(percentile(d.values, p, { method })))).toStrictEqual(d.percentiles[method].map(zero));
  });

  test.each(NUMPY.datasets.map((d) => [d.values.length, d] as const))(
    'linear, n = %s: within rounding (the library interpolates on the percentage, multiplying before it divides)',
    (_n, d) => {
      // the weight of the upper value is computed from 100q, not q: it may differ in its last bits, times the gap between the two values
      const range = Math.max(...d.values) - Math.min(...d.values);
      d.qs.forEach((q, i) => { expect(Math.abs(quantile(d.values, q) - d.quantiles.linear[i]!)).toBeLessThanOrEqual(1e-14 * range); });
      d.ps.forEach((p, i) => { expect(Math.abs(percentile(d.values, p) - d.percentiles.linear[i]!)).toBeLessThanOrEqual(1e-14 * range); });
    },
  );
});

describe('quantile and percentile with a method read any input, and never reorder it', () => {
  test('a Set, a generator and typed arrays', () => {
    expect(quantile(new Set([4, 1, 3, 2]), 0.5, { method: 'inverted-cdf' })).toBe(2);
    function* values() {
      yield 4;
      yield 1;
      yield 3;
      yield 2;
    }
    expect(percentile(values(), 50, { method: 'averaged-inverted-cdf' })).toBe(2.5);
    const typed = Float32Array.of(4, 1, 3, 2);
    expect(quantile(typed, 0.25, { method: 'closest-observation' })).toBe(1);
    expect(Array.from(typed)).toStrictEqual([4, 1, 3, 2]);
  });

  test('large inputs (the filtering pass) give the order statistic the definition names', () => {
    // 0, 1, …, 99,999 shuffled: the k-th smallest is k − 1
    const n = 100_000;
    const values = Float64Array.from({ length: n }, (_, i) => (i * 7_919) % n);
    // type 1 at 0.9: x at rank ⌈0.9 n⌉ = 90,000 (1-based), i.e. 89,999
    expect(quantile(values, 0.9, { method: 'inverted-cdf' })).toBe(89_999);
    // type 6 at 0.9: (n + 1)·0.9 = 90,000.9 (1-based): 89,999 + 0.9
    expect(quantile(values, 0.9, { method: 'weibull' })).toBeCloseTo(89_999.9, 9);
    // type 5 at 0.5: n/2 + ½ = 50,000.5 (1-based): 49,999.5
    expect(percentile(values, 50, { method: 'hazen' })).toBe(49_999.5);
    expect(values[1]).toBe(7_919);
  });

  test('a bad value is found with every method, and named with its index', () => {
    for (const method of METHODS) {
      const e = metricErrorOf(() => quantile([1, 2, NaN, 4], 0.5, { method }));
      expect(e.code).toBe('NOT_FINITE');
      expect(e.message).toBe('quantile: values[2] NaN is not a finite number');
    }
    const big = Array.from({ length: 40_000 }, (_, i) => i as unknown);
    big[39_000] = '5';
    expect(metricErrorOf(() => percentile(big as never, 90, { method: 'median-unbiased' })).code).toBe('INVALID_TYPE');
  });

  test('unknown methods, numpy\'s snake_case spellings among them, throw INVALID_OPTION', () => {
    for (const method of ['median_unbiased', 'nearest', 'lower', 'type7', 7, null, '']) {
      expect(metricErrorOf(() => quantile([1, 2], 0.5, { method } as never)).code).toBe('INVALID_OPTION');
      expect(metricErrorOf(() => percentile([1, 2], 50, { method } as never)).code).toBe('INVALID_OPTION');
      expect(metricErrorOf(() => durationSummary([1, 2], { method } as never)).code).toBe('INVALID_OPTION');
    }
  });
});

describe('durationSummary with a method', () => {
  test('median and p90 by the method; count, sum, mean, min and max as without it', () => {
    // sorted 10, 20, 30, 40: type 1 median x₍₂₎ = 20, p90 x₍⌈3.6⌉₎ = 40; type 6 median 25, p90 (5 · 0.9 = 4.5) ≥ n: 40
    expect(durationSummary([30, 10, 20, 40], { method: 'inverted-cdf' })).toStrictEqual({ count: 4, sum: 100, mean: 25, median: 20, p90: 40, min: 10, max: 40 });
    expect(durationSummary([30, 10, 20, 40], { method: 'weibull' })).toStrictEqual({ count: 4, sum: 100, mean: 25, median: 25, p90: 40, min: 10, max: 40 });
    // type 9 p90: (n + ¼)·0.9 + ⅜ = 4.2 ≥ n: 40; median (4.25 · 0.5 + 0.375 = 2.5): 25
    expect(durationSummary([30, 10, 20, 40], { method: 'normal-unbiased' })).toStrictEqual({ count: 4, sum: 100, mean: 25, median: 25, p90: 40, min: 10, max: 40 });
  });

  test('equals percentile at 50 and 90 by the same method', () => {
    const d = [12, 7, 30, 7, 19, 44, 3, 25, 61, 8, 8];
    for (const method of METHODS) {
      const s = durationSummary(d, { method });
      expect(s.median).toBe(percentile(d, 50, { method }));
      expect(s.p90).toBe(percentile(d, 90, { method }));
      expect([s.min, s.max]).toStrictEqual([3, 61]);
    }
  });

  test('without options, or with {}, it is type 7, as before', () => {
    expect(durationSummary([1, 2, 3, 4, 100], {})).toStrictEqual(durationSummary([1, 2, 3, 4, 100]));
    expect(durationSummary([1, 2, 3, 4, 100]).p90).toBe(61.6);
  });
});

describe('the summaries of times take the same method', () => {
  test('from durations, as durationSummary, with nothing left out', () => {
    const d = [330, 510, 300, 420];
    for (const method of METHODS) {
      expect(handleTimeSummary(d, { method })).toStrictEqual({ ...durationSummary(d, { method }), leftOut: 0 });
      expect(resolutionTimeSummary(d, { method })).toStrictEqual({ ...durationSummary(d, { method }), leftOut: 0 });
    }
    // nearest rank: the 2nd and the 4th of 300, 330, 420, 510
    expect(handleTimeSummary(d, { method: 'inverted-cdf' })).toMatchObject({ median: 330, p90: 510 });
  });

  test('from records, on the durations they measure, in the unit asked for', () => {
    const calls = [
      { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:00:30Z' },
      { queuedAt: '2026-11-03T09:01:00Z', answeredAt: '2026-11-03T09:02:30Z' },
      { queuedAt: '2026-11-03T09:02:00Z', answeredAt: '2026-11-03T09:03:00Z' },
      { queuedAt: '2026-11-03T09:03:00Z' },
    ];
    // waits 30, 90 and 60 seconds; type 1: median x₍⌈1.5⌉₎ = 60, p90 x₍⌈2.7⌉₎ = 90; type 5: p90 at 3 · 0.9 + ½ = 3.2 ≥ n: 90
    expect(waitTimeSummary(calls, { unit: 'seconds', method: 'inverted-cdf' })).toStrictEqual({
      count: 3, sum: 180, mean: 60, median: 60, p90: 90, min: 30, max: 90, leftOut: 1,
    });
    expect(waitTimeSummary(calls, { unit: 'seconds', method: 'hazen' }).p90).toBe(90);
    expect(waitTimeSummary(calls, { unit: 'seconds' }).p90).toBe(84);
  });

  test('with totals a method is refused: they have no median to compute', () => {
    const e = metricErrorOf(() => resolutionTimeSummary({ sum: 1200, count: 48 }, { method: 'hazen' }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('resolutionTimeSummary: option method applies to the median and p90 of durations; totals have none, so leave method out');
    expect(resolutionTimeSummary({ sum: 1200, count: 48 }).mean).toBe(25);
  });

  test('an unknown method is refused before the input is read', () => {
    expect(metricErrorOf(() => handleTimeSummary([1, 2], { method: 'nearest-rank' } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => handleTimeSummary([], { method: 'nearest-rank' } as never)).code).toBe('INVALID_OPTION');
  });

  test('queueSummary: the waits of the answered contacts by the method; refused with counts', () => {
    const contacts = [
      { queuedAt: '2026-11-03T09:00:00Z', answeredAt: '2026-11-03T09:00:10Z' },
      { queuedAt: '2026-11-03T09:01:00Z', answeredAt: '2026-11-03T09:01:50Z' },
      { queuedAt: '2026-11-03T09:02:00Z', abandonedAt: '2026-11-03T09:03:00Z' },
      { queuedAt: '2026-11-03T09:05:00Z', answeredAt: '2026-11-03T09:05:20Z' },
    ];
    // waits 10, 50 and 20 seconds; type 1: median x₍⌈1.5⌉₎ = 20, p90 x₍⌈2.7⌉₎ = 50; type 7: p90 = 20 + 0.8 · 30 = 44
    expect(queueSummary(contacts, { answerWithin: 20, unit: 'seconds', method: 'inverted-cdf' }).wait).toStrictEqual({ median: 20, p90: 50, longest: 50 });
    expect(queueSummary(contacts, { answerWithin: 20, unit: 'seconds' }).wait).toStrictEqual({ median: 20, p90: 44, longest: 50 });
    const counts = { offered: 10, answered: 9, answeredWithin: 8, abandoned: 1 };
    expect(metricErrorOf(() => queueSummary(counts, { method: 'hazen' } as never)).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => queueSummary(contacts, { answerWithin: 20, method: 'nearest' } as never)).code).toBe('INVALID_OPTION');
  });
});
