/**
 * Normal and Student t distributions against published values:
 * - z(0.975) = 1.959963984540054 and t(0.975, 9) as quoted in the project's
 *   requirements (scipy's norm.ppf and t.ppf);
 * - Python 3.11's statistics.NormalDist (inv_cdf and cdf), printed with repr();
 * - closed forms of the t quantile for ν = 1 (tan) and ν = 2;
 * - scripts/reference/student-t.py: t quantiles from the closed-form t
 *   distribution of Abramowitz & Stegun 26.7.3–4, solved by bisection, and a
 *   50-digit evaluation of the same for ν = 3, 5, 9, 30, independent of this
 *   code.
 */
import { describe, expect, test } from 'vitest';
import {
  normalQuantile,
  normalTwoSided,
  studentTQuantile,
  studentTTwoSided,
  studentTUpperTail,
} from '../../src/_lib/distributions.js';
import { erfc } from '../../src/_lib/special.js';

/** Φ(z) = P(Z ≤ z) = erfc(−z/√2)/2: the normal CDF, which the library needs only here, to test its quantile. */
function normalCdf(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}

/** 1 − Φ(z) = erfc(z/√2)/2, without cancellation for large z. */
function normalUpperTail(z: number): number {
  return 0.5 * erfc(z * Math.SQRT1_2);
}

function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('normal distribution', () => {
  test('z(0.975) = 1.959963984540054 to 1e-15', () => {
    relative(normalQuantile(0.975), 1.959963984540054, 1e-15);
  });

  test.each([
    [0.995, 2.5758293035489],
    [0.9, 1.2815515655446008],
    [0.025, -1.9599639845400538],
    [1e-10, -6.361340902404056],
  ])('quantile at %s is %s (NormalDist.inv_cdf)', (p, z) => {
    relative(normalQuantile(p), z, 1e-14);
  });

  test('the median is 0 and quantiles are antisymmetric', () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [0.001, 0.2, 0.4]) relative(normalQuantile(p), -normalQuantile(1 - p), 1e-14);
  });

  test.each([
    [1.96, 0.9750021048517796],
    [-1, 0.15865525393145707],
    [0, 0.5],
    [3, 0.9986501019683699],
  ])('Φ(%s) = %s (NormalDist.cdf)', (z, p) => {
    relative(normalCdf(z), p, 1e-14);
  });

  test('the upper tail keeps its relative accuracy: P(Z > 10) = 7.619853024160593e-24 (0.5 * math.erfc(10 / math.sqrt(2)))', () => {
    relative(normalUpperTail(10), 7.619853024160593e-24, 1e-12);
  });

  test('quantile and CDF invert each other', () => {
    for (const p of [1e-8, 0.01, 0.3, 0.7, 0.99, 1 - 1e-8]) relative(normalCdf(normalQuantile(p)), p, 1e-12);
  });

  test('two-sided p-values: P(|Z| ≥ 1.959963984540054) = 0.05', () => {
    relative(normalTwoSided(1.959963984540054), 0.05, 1e-14);
    expect(normalTwoSided(0)).toBe(1);
  });
});

describe('Student t distribution', () => {
  test('t(0.975, 9) agrees with the required 2.262157162740992 to 1e-9', () => {
    relative(studentTQuantile(0.975, 9), 2.262157162740992, 1e-9);
  });

  test('t(0.975, 9) is 2.26215716279820554… (50-digit reference), to 1e-13', () => {
    relative(studentTQuantile(0.975, 9), 2.2621571627982055, 1e-13);
  });

  test('ν = 1 is the Cauchy quantile tan(π(p − ½)), ν = 2 is (2p − 1)/√(2p(1 − p))', () => {
    relative(studentTQuantile(0.975, 1), 12.706204736174696, 1e-14);
    relative(studentTQuantile(0.975, 2), 0.95 / Math.sqrt(2 * 0.975 * 0.025), 1e-14);
  });

  test.each([
    [3, 0.975, 3.1824463052837095],
    [5, 0.975, 2.5705818356363155],
    [30, 0.975, 2.0422724563012383],
    [4, 0.9, 1.5332062740589438],
    [10, 0.995, 3.1692726726169465],
    [29, 0.995, 2.7563859036705898],
    [100, 0.975, 1.9839715185235463],
    [99, 0.9, 1.2901614420344818],
  ])('t quantile, ν = %s, p = %s: %s', (df, p, t) => {
    relative(studentTQuantile(p, df), t, 1e-12);
  });

  test('non-whole degrees of freedom lie between their neighbours', () => {
    const t = studentTQuantile(0.975, 9.5);
    expect(t).toBeLessThan(studentTQuantile(0.975, 9));
    expect(t).toBeGreaterThan(studentTQuantile(0.975, 10));
  });

  test('very many degrees of freedom approach the normal quantile from above', () => {
    const t = studentTQuantile(0.975, 1e6);
    expect(t).toBeGreaterThan(1.959963984540054);
    relative(t, 1.959963984540054, 1e-5);
  });

  test('the upper tail at the quantile is the tail probability', () => {
    for (const df of [1, 2, 3, 7.5, 40, 1000]) {
      for (const p of [0.9, 0.975, 0.999]) relative(studentTUpperTail(studentTQuantile(p, df), df), 1 - p, 1e-10);
    }
  });

  test('two-sided p-values: 0.05 at the 0.975 quantile, 1 at 0', () => {
    relative(studentTTwoSided(2.2621571627982055, 9), 0.05, 1e-12);
    expect(studentTTwoSided(0, 9)).toBe(1);
    relative(studentTTwoSided(1.959963984540054, Infinity), 0.05, 1e-14);
  });

  test('lower quantiles are the negatives of upper ones', () => {
    relative(studentTQuantile(0.025, 9), -2.2621571627982055, 1e-13);
    expect(studentTQuantile(0.5, 9)).toBe(0);
  });
});
