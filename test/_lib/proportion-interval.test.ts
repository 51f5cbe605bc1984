/**
 * Intervals for one proportion against statsmodels' proportion_confint
 * (scripts/reference/proportion-interval.py, quoted as printed) and the
 * values Newcombe published (Statistics in Medicine 17, 1998, Table I).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PROPORTION_METHODS, proportionInterval, type ProportionMethod } from '../../src/_lib/proportion-interval.js';
import { STATSMODELS } from './statsmodels-proportion.js';


/** |actual − expected| ≤ 1e-12 relative, or 1e-15 absolute near 0 */
function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(expected), 1e-15));
}

describe('proportionInterval', () => {
  test.each(STATSMODELS)('%s, %s of %s at %s: statsmodels', (method, x, n, confidence, lower, upper) => {
    const r = proportionInterval(method, x, n, confidence);
    if (method === 'jeffreys' && x === 0) {
      // Brown, Cai and DasGupta's end: the interval reaches 0, where statsmodels keeps the equal-tailed bound
      expect(r.lower).toBe(0);
      expect(lower).toBeGreaterThan(0);
    } else close(r.lower, lower);
    if (method === 'jeffreys' && x === n) {
      expect(r.upper).toBe(1);
      expect(upper).toBeLessThan(1);
    } else close(r.upper, upper);
  });

  test('Newcombe (1998), Table I, to the four places printed: Wald, Wilson and Clopper–Pearson', () => {
    const fixed = (method: ProportionMethod, x: number, n: number) => {
      const r = proportionInterval(method, x, n, 0.95);
      return [r.lower.toFixed(4), r.upper.toFixed(4)];
    };
    expect(fixed('wald', 81, 263)).toStrictEqual(['0.2522', '0.3638']);
    expect(fixed('wald', 15, 148)).toStrictEqual(['0.0527', '0.1500']);
    expect(fixed('wald', 0, 20)).toStrictEqual(['0.0000', '0.0000']);
    expect(fixed('wilson', 81, 263)).toStrictEqual(['0.2553', '0.3662']);
    expect(fixed('wilson', 15, 148)).toStrictEqual(['0.0624', '0.1605']);
    expect(fixed('wilson', 0, 20)).toStrictEqual(['0.0000', '0.1611']);
    expect(fixed('wilson', 1, 29)).toStrictEqual(['0.0061', '0.1718']);
    expect(fixed('clopper-pearson', 81, 263)).toStrictEqual(['0.2527', '0.3676']);
    expect(fixed('clopper-pearson', 15, 148)).toStrictEqual(['0.0578', '0.1617']);
    expect(fixed('clopper-pearson', 0, 20)).toStrictEqual(['0.0000', '0.1684']);
    expect(fixed('clopper-pearson', 1, 29)).toStrictEqual(['0.0009', '0.1776']);
  });

  test('Wald and Agresti–Coull say when they were clipped to 0–1; the others never need it', () => {
    const wald = proportionInterval('wald', 1, 29, 0.95);
    expect(wald.clipped).toBe(true);
    expect(wald.lower).toBe(0);
    expect(wald.center - wald.halfWidth).toBeLessThan(0);
    expect(proportionInterval('agresti-coull', 0, 20, 0.95).clipped).toBe(true);
    expect(proportionInterval('wald', 81, 263, 0.95).clipped).toBe(false);
    expect(proportionInterval('wilson', 0, 20, 0.95).clipped).toBe(false);
    expect(proportionInterval('clopper-pearson', 20, 20, 0.95).clipped).toBe(false);
  });

  test('the symmetric methods are centre ± half-width; the exact ones report the midpoint of their bounds', () => {
    // Wald: p̂ = 0.6, half-width z √(0.24/50)
    const wald = proportionInterval('wald', 30, 50, 0.95);
    expect(wald.center).toBe(0.6);
    close(wald.halfWidth, 1.959963984540054 * Math.sqrt(0.24 / 50));
    expect(wald.lower).toBe(wald.center - wald.halfWidth);
    const exact = proportionInterval('clopper-pearson', 30, 50, 0.95);
    expect(exact.center).toBe((exact.lower + exact.upper) / 2);
    expect(exact.halfWidth).toBe((exact.upper - exact.lower) / 2);
  });
});

const case_ = fc.integer({ min: 1, max: 2000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const method = fc.constantFrom(...PROPORTION_METHODS);
const confidence = fc.double({ min: 0.5, max: 0.9999, noNaN: true });
/** a ≤ b up to the rounding of the quantiles (1e-12) */
const atMost = (a: number, b: number) => { expect(a).toBeLessThanOrEqual(b + 1e-12); };

describe('every method', () => {
  test.prop([method, case_, confidence])('gives bounds within 0–1 that contain p̂ (confidence ≥ 0.5)', (m, [x, n], c) => {
    const r = proportionInterval(m, x, n, c);
    expect(r.lower).toBeGreaterThanOrEqual(0);
    expect(r.upper).toBeLessThanOrEqual(1);
    atMost(r.lower, x / n);
    atMost(x / n, r.upper);
  });

  test.prop([method, case_, confidence, confidence])('is nested by confidence: a higher confidence gives a wider interval', (m, [x, n], c1, c2) => {
    const [lo, hi] = c1 < c2 ? [c1, c2] : [c2, c1];
    const narrow = proportionInterval(m, x, n, lo);
    const wide = proportionInterval(m, x, n, hi);
    atMost(wide.lower, narrow.lower);
    atMost(narrow.upper, wide.upper);
  });

  test.prop([method, case_, confidence])('treats failures as successes do: the interval of n − x mirrors that of x', (m, [x, n], c) => {
    const r = proportionInterval(m, x, n, c);
    const mirror = proportionInterval(m, n - x, n, c);
    expect(Math.abs(r.lower - (1 - mirror.upper))).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.upper - (1 - mirror.lower))).toBeLessThanOrEqual(1e-12);
  });

  test.prop([method, fc.double({ min: 0.5, max: 5000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), confidence])(
    'takes an effective sample size and a fraction of successes, as weighted data give',
    (m, n, share, c) => {
      const r = proportionInterval(m, share * n, n, c);
      expect(Number.isFinite(r.lower) && Number.isFinite(r.upper)).toBe(true);
      atMost(r.lower, r.upper);
    },
  );
});

describe('Clopper–Pearson', () => {
  // Wilson's interval lies inside it for n ≤ 45 at 95% (from n = 46 on, Wilson's upper bound at x = 0 is the higher),
  // for every n up to 400 at 90% or less, and for n ≤ 12 at 99% (checked with scipy for every x)
  test.prop([fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), fc.double({ min: 0.5, max: 0.95, noNaN: true })])(
    'contains Wilson\'s interval at the same confidence on small samples',
    ([x, n], c) => {
      const exact = proportionInterval('clopper-pearson', x, n, c);
      const wilson = proportionInterval('wilson', x, n, c);
      atMost(exact.lower, wilson.lower);
      atMost(wilson.upper, exact.upper);
    },
  );
});
