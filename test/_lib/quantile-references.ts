/**
 * The reference quantiles read by the tests of the nine definitions
 * (test/_lib/quantile-methods.test.ts) and of quantile and percentile
 * (test/stats/quantile-methods.test.ts): one small sample worked from
 * Hyndman and Fan's (1996) formulas in exact rational arithmetic
 * (scripts/reference/quantile-methods.py, `definitions`), and numpy's
 * quantile and percentile on several data sets (the same script, `numpy`,
 * saved as fixtures/numpy-quantiles.json).
 */
import { readFileSync } from 'node:fs';
import type { QuantileMethod } from '../../src/_lib/quantile-methods.js';

/** The nine methods by the names numpy gives them, in Hyndman and Fan's order (types 1 to 9). */
export const METHODS = [
  'inverted-cdf',
  'averaged-inverted-cdf',
  'closest-observation',
  'interpolated-inverted-cdf',
  'hazen',
  'weibull',
  'linear',
  'median-unbiased',
  'normal-unbiased',
] as const satisfies readonly QuantileMethod[];

/**
 * x = 3, 1, 4, 1, 5, 9, 2, 6 (sorted 1, 1, 2, 3, 4, 5, 6, 9, n = 8) and Q(q)
 * at q = 0.1, 0.25, 0.5, 0.75, 0.9 for each type. Worked from the definitions:
 * type 1 at 0.25: nq = 2 is whole, x₍₂₎ = 1; type 2 at 0.25: (x₍₂₎ + x₍₃₎)/2 = 3/2;
 * type 6 at 0.25: (n + 1)q = 2.25, x₍₂₎ + 0.25 (x₍₃₎ − x₍₂₎) = 5/4;
 * type 8 at 0.9: (n + ⅓)0.9 + ⅓ = 7.83…, 6 + 5/6 · 3 = 17/2.
 */
export const HYNDMAN_FAN = {
  x: [3, 1, 4, 1, 5, 9, 2, 6],
  q: [0.1, 0.25, 0.5, 0.75, 0.9],
  expected: {
    'inverted-cdf': [1, 1, 3, 5, 9],
    'averaged-inverted-cdf': [1, 3 / 2, 7 / 2, 11 / 2, 9],
    'closest-observation': [1, 1, 3, 5, 6],
    'interpolated-inverted-cdf': [1, 1, 3, 5, 33 / 5],
    hazen: [1, 3 / 2, 7 / 2, 11 / 2, 81 / 10],
    weibull: [1, 5 / 4, 7 / 2, 23 / 4, 9],
    linear: [1, 7 / 4, 7 / 2, 21 / 4, 69 / 10],
    'median-unbiased': [1, 17 / 12, 7 / 2, 67 / 12, 17 / 2],
    'normal-unbiased': [1, 23 / 16, 7 / 2, 89 / 16, 42 / 5],
  } satisfies Record<QuantileMethod, readonly number[]>,
} as const;

/** numpy's quantiles and percentiles of several data sets, each method. */
export interface NumpyFixture {
  readonly numpy: string;
  readonly datasets: readonly {
    readonly values: readonly number[];
    readonly qs: readonly number[];
    readonly quantiles: Readonly<Record<QuantileMethod, readonly number[]>>;
    readonly ps: readonly number[];
    readonly percentiles: Readonly<Record<QuantileMethod, readonly number[]>>;
  }[];
}

export const NUMPY = JSON.parse(readFileSync(new URL('./fixtures/numpy-quantiles.json', import.meta.url), 'utf8')) as NumpyFixture;
