/**
 * The nine quantile definitions against Hyndman and Fan's (1996) formulas,
 * evaluated in exact rational arithmetic, and against numpy's quantile and
 * percentile on several data sets and many q (./quantile-references.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  lerp,
  percentilesByMethod,
  QUANTILE_METHODS,
  quantilePosition,
  quantilesByMethod,
} from '../../src/_lib/quantile-methods.js';
import { percentiles } from '../../src/_lib/quantile.js';
import { HYNDMAN_FAN, NUMPY } from './quantile-references.js';


/** −0 and 0 are the same value: a selection may return either where they tie. */
const zeroes = (values: readonly number[]) => values.map((v) => v + 0);

describe('the nine definitions of Hyndman and Fan (1996)', () => {
  const { x, q: p, expected } = HYNDMAN_FAN;
  test.each(QUANTILE_METHODS)('%s', (method) => {
    const got = quantilesByMethod(x, p, method);
    expected[method].forEach((v, i) => { expect(got[i]).toBeCloseTo(v, 14); });
  });
});

describe(`equal to numpy ${NUMPY.numpy}, bit for bit`, () => {
  const cases = NUMPY.datasets.flatMap((d) => QUANTILE_METHODS.map((m) => [m, d.values.length, d] as const));

  test.each(cases)('quantile, %s, n = %s, every q', (method, _n, d) => {
    expect(zeroes(quantilesByMethod(d.values, d.qs, method))).toStrictEqual(zeroes(d.quantiles[method]));
  });

  test.each(cases.filter(([m]) => m !== 'linear'))('percentile, %s, n = %s, every p', (method, _n, d) => {
    expect(zeroes(percentilesByMethod(d.values, d.ps, method))).toStrictEqual(zeroes(d.percentiles[method]));
  });

  test.each(NUMPY.datasets.map((d) => [d.values.length, d] as const))(
    'percentile, linear, n = %s: the library\'s type 7, within a few units in the last place of numpy',
    (_n, d) => {
      const got = percentilesByMethod(d.values, d.ps, 'linear');
      expect(got).toStrictEqual(d.ps.map((p) => percentiles(d.values, [p])[0]));
      // both interpolate between the same two order statistics, in different orders of operations
      const scale = Math.max(...d.values.map(Math.abs));
      got.forEach((v, i) => { expect(Math.abs(v - d.percentiles.linear[i]!)).toBeLessThanOrEqual(1e-15 * scale); });
    },
  );

  test('the quantiles of one call may come in any order', () => {
    const d = NUMPY.datasets[4]!;
    const order = d.qs.map((_, i) => i).reverse();
    const got = quantilesByMethod(d.values, order.map((i) => d.qs[i]!), 'hazen');
    expect(got).toStrictEqual(order.map((i) => d.quantiles.hazen[i]!));
  });
});

describe('quantilePosition', () => {
  test('numpy rounds n·q before it asks whether it is whole: 10 × 0.3 is 3, so inverted-cdf takes x₍₃₎', () => {
    // 0.3 is 0.29999999999999998889…, yet 10 · 0.3 rounds to 3 exactly
    expect(quantilePosition('inverted-cdf', 10, 0.3)).toStrictEqual({ lo: 2, hi: 2, gamma: 0 });
    // 0.07 · 100 is 7.000000000000001 in floating point: numpy takes the next order statistic, x₍₈₎
    // (np.quantile(np.arange(100.), 0.07, method='inverted_cdf') is 7.0), and so does the library
    expect(quantilePosition('inverted-cdf', 100, 0.07)).toStrictEqual({ lo: 7, hi: 7, gamma: 0 });
  });

  test('closest-observation takes the even order statistic (1-based) on a tie', () => {
    // n = 4, q = 0.5: h = 0.5 · 4 − 1.5 = 0.5 → x at rank 1 (0-based), the 2nd; q = 0.625: h = 1, whole and odd → x₍₂₎ again
    expect(quantilePosition('closest-observation', 4, 0.5)).toStrictEqual({ lo: 1, hi: 1, gamma: 0 });
    expect(quantilePosition('closest-observation', 4, 0.625)).toStrictEqual({ lo: 1, hi: 1, gamma: 0 });
    // q = 0.375: h = 0, whole and even → the next, rank 1
    expect(quantilePosition('closest-observation', 4, 0.375)).toStrictEqual({ lo: 1, hi: 1, gamma: 0 });
  });

  test('positions outside the data take the first or the last value', () => {
    expect(quantilePosition('weibull', 5, 0.01)).toStrictEqual({ lo: 0, hi: 0, gamma: 0 });
    expect(quantilePosition('weibull', 5, 0.99)).toStrictEqual({ lo: 4, hi: 4, gamma: 0 });
    expect(quantilePosition('inverted-cdf', 5, 0)).toStrictEqual({ lo: 0, hi: 0, gamma: 0 });
  });

  test('every method needs at most two neighbouring order statistics', () => {
    for (const method of QUANTILE_METHODS) {
      for (let k = 0; k <= 100; k++) {
        const { lo, hi, gamma } = quantilePosition(method, 7, k / 100);
        expect(hi === lo || hi === lo + 1).toBe(true);
        expect(gamma >= 0 && gamma < 1).toBe(true);
        expect(lo >= 0 && hi <= 6).toBe(true);
      }
    }
  });
});

describe('lerp', () => {
  test('is numpy\'s: from a below ½, from b from ½ on, so that it is exact at both ends', () => {
    expect(lerp(1, 4, 0)).toBe(1);
    expect(lerp(1, 4, 1)).toBe(4);
    expect(lerp(0.1, 0.7, 0.75)).toBe(0.7 - (0.7 - 0.1) * 0.25);
    expect(lerp(0.1, 0.7, 0.25)).toBe(0.1 + (0.7 - 0.1) * 0.25);
  });

  test('stays finite and within its ends where b − a overflows', () => {
    const v = lerp(-1.5e308, 1.5e308, 0.5);
    expect(v).toBe(0);
    expect(lerp(-1.5e308, 1.5e308, 0.75)).toBe(0.75e308);
  });
});
