/**
 * The chi-square and F upper tails and the incomplete gamma function
 * against closed forms, printed tables, and mpmath at 30 digits
 * (scripts/reference/tails.py), quoted as printed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { regularizedGammaP, regularizedGammaQ } from '../../src/_lib/incomplete-gamma.js';
import { erfc } from '../../src/_lib/special.js';
import { studentTTwoSided } from '../../src/_lib/distributions.js';
import { chiSquareUpperTail, fUpperTail } from '../../src/_lib/tails.js';

/** |actual − expected| ≤ tolerance × |expected| */
function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/** [x, k, P(X > x)] from mpmath. */
const CHI_SQUARE: readonly (readonly [number, number, number])[] = [
  [0.5, 1, 0.4795001221869535],
  [3.841458820694124, 1, 0.05000000000000006],
  [10, 1, 0.0015654022580025497],
  [5.991464547107979, 2, 0.05000000000000007],
  [0.001, 3, 0.9999915920809419],
  [7.8, 3, 0.05033109785985335],
  [40, 3, 1.0655090334255861e-08],
  [2, 4, 0.7357588823428847],
  [18.307038053275146, 10, 0.05000000000000001],
  [150, 10, 3.72748505506251e-27],
  [0.3, 0.5, 0.33317180231535665],
  [12.5, 7.5, 0.10631098515554817],
  [95, 100, 0.6225792918781735],
  [250, 100, 7.766936403539178e-15],
  [1200, 1000, 1.2255942330622905e-05],
  [700, 1, 2.9902269751246203e-154],
];

/** [f, d1, d2, P(F > f)] from mpmath. */
const F: readonly (readonly [number, number, number, number])[] = [
  [4.102821015130399, 2, 10, 0.05000000000000007],
  [1, 1, 1, 0.5],
  [0.2, 3, 7, 0.8931679556624897],
  [2.5, 4, 17.3, 0.08058821013232968],
  [25, 2, 5.5, 0.0017345694475459517],
  [3.2, 9, 60.25, 0.0031501812207558226],
  [1.05, 100, 200, 0.38162642976629424],
  [0.01, 2, 3, 0.9900826900109038],
  [8, 1, 30, 0.008257335914631372],
  [60, 4, 12.7, 3.9775825557279015e-08],
  [10000.0, 3, 8, 1.2429853502454345e-14],
];

describe('regularizedGammaQ and regularizedGammaP', () => {
  test('Q(1, x) = e^(−x), Q(½, x) = erfc(√x), Q(n, x) = e^(−x) Σ xᵏ/k! for whole n', () => {
    for (const x of [0.01, 0.5, 1, 2, 7.5, 30]) {
      relative(regularizedGammaQ(1, x), Math.exp(-x), 1e-14);
      relative(regularizedGammaQ(0.5, x), erfc(Math.sqrt(x)), 1e-13);
      relative(regularizedGammaQ(3, x), Math.exp(-x) * (1 + x + (x * x) / 2), 1e-13);
    }
  });

  test.prop([fc.double({ min: 0.05, max: 500, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true })])('P + Q = 1', (a, x) => {
    expect(Math.abs(regularizedGammaP(a, x) + regularizedGammaQ(a, x) - 1)).toBeLessThanOrEqual(1e-13);
  });

  test('Q is 1 at x = 0 and 0 at x = ∞', () => {
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
    expect(regularizedGammaP(2, 0)).toBe(0);
  });
});

describe('chiSquareUpperTail', () => {
  test('the 5% points of printed tables (3.841 for 1, 5.991 for 2, 18.307 for 10 degrees of freedom) give 0.05', () => {
    relative(chiSquareUpperTail(3.841458820694124, 1), 0.05, 1e-13);
    relative(chiSquareUpperTail(5.991464547107979, 2), 0.05, 1e-13);
    relative(chiSquareUpperTail(18.307038053275146, 10), 0.05, 1e-13);
  });

  test('with 1 degree of freedom it is erfc(√(x/2)), with 2 it is e^(−x/2)', () => {
    for (const x of [0.2, 1, 4, 25]) {
      relative(chiSquareUpperTail(x, 1), erfc(Math.sqrt(x / 2)), 1e-13);
      relative(chiSquareUpperTail(x, 2), Math.exp(-x / 2), 1e-13);
    }
  });

  test.each(CHI_SQUARE)('x = %s, k = %s: within 1e-12 of mpmath', (x, k, expected) => {
    relative(chiSquareUpperTail(x, k), expected, 1e-12);
  });

  test('is 1 for a statistic of 0', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});

describe('fUpperTail', () => {
  test('the 5% point of F(2, 10) in printed tables, 4.103, gives 0.05', () => {
    relative(fUpperTail(4.102821015130399, 2, 10), 0.05, 1e-13);
  });

  test('F(1, ν) is the square of Student\'s t: its tail is the two-sided t p-value', () => {
    for (const [t, nu] of [[0.5, 3], [2.1, 12.4], [4, 40]] as const) relative(fUpperTail(t * t, 1, nu), studentTTwoSided(t, nu), 1e-13);
  });

  test.each(F)('f = %s, d1 = %s, d2 = %s: within 1e-12 of mpmath', (f, d1, d2, expected) => {
    relative(fUpperTail(f, d1, d2), expected, 1e-12);
  });

  test('is 1 at 0 and 0 at ∞', () => {
    expect(fUpperTail(0, 2, 3)).toBe(1);
    expect(fUpperTail(Infinity, 2, 3)).toBe(0);
  });

  test.prop([fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0.5, max: 200, noNaN: true }), fc.double({ min: 0.5, max: 200, noNaN: true })])(
    'falls as f grows',
    (f1, f2, d1, d2) => {
      const [lo, hi] = f1 < f2 ? [f1, f2] : [f2, f1];
      expect(fUpperTail(hi, d1, d2)).toBeLessThanOrEqual(fUpperTail(lo, d1, d2) + 1e-15);
    },
  );
});
