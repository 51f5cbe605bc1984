/**
 * P(X > Y) for independent Beta variables against the references of
 * scripts/reference/probability-of-improvement.py: the closed-form sum in
 * exact rational arithmetic for whole parameters, and mpmath's numerical
 * integration (30 digits) for the others, quoted as printed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { betaProbabilityGreater } from '../../src/_lib/beta-comparison.js';

/** |actual − expected| ≤ tolerance × |expected| */
function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/** [aX, bX, aY, bY, P(X > Y)] with whole aX: the closed form in exact rational arithmetic. */
const EXACT: readonly (readonly [number, number, number, number, number])[] = [
  [53, 9, 46, 16, 0.9451723088870324],
  [6, 1, 4, 3, 0.9090909090909091],
  [2, 3, 1, 4, 0.7857142857142857],
  [831, 171, 801, 201, 0.95783634243737],
  [46, 16, 53, 9, 0.054827691112967564],
  [91, 11, 11, 91, 1.0],
  [11, 91, 91, 11, 1.0364120566639192e-33],
];

/** The same by numerical integration (mpmath's tanh-sinh quadrature; scipy's quad for parameters above 1,000). */
const INTEGRATED: readonly (readonly [number, number, number, number, number])[] = [
  [53, 9, 46, 16, 0.9451723088870324],
  [831, 171, 801, 201, 0.95783634243737],
  [8101, 1901, 8001, 2001, 0.9628351357571059],
  [52.5, 8.5, 45.5, 15.5, 0.9484205282727576],
  [1.5, 2.5, 0.5, 3.5, 0.8458429734991796],
  [830.5, 170.5, 800.5, 200.5, 0.9580159784571164],
  [4.25, 1.75, 2.5, 3.5, 0.8675008608471209],
  [0.5, 20.5, 0.5, 20.5, 0.5],
  // a pseudo-count of 10¹⁵ on one side (scipy's quad, scripts/reference/large-beta.py): the quantiles of Y near 1
  // are taken from the other end, and the continued fraction of the huge parameter is replaced by an integral
  [1e15 + 52, 8.5, 1e15 + 45, 15.5, 0.9286070941371148],
  [52.5, 1e15 + 8, 45.5, 1e15 + 15, 0.7612815528245392],
];

describe('betaProbabilityGreater', () => {
  test.each(EXACT)('Beta(%s, %s) > Beta(%s, %s): the closed form, to 5e-13 of its exact value', (aX, bX, aY, bY, p) => {
    // the sum starts from e^(ln B(aY, bY + bX) − ln B(aY, bY)), two log-betas of hundreds that nearly cancel
    relative(betaProbabilityGreater(aX, bX, aY, bY), p, 5e-13);
  });

  test.each(INTEGRATED)('Beta(%s, %s) > Beta(%s, %s): within 1e-12 of numerical integration', (aX, bX, aY, bY, p) => {
    relative(betaProbabilityGreater(aX, bX, aY, bY), p, 1e-12);
  });

  test('small cases by hand: P(U > V) = ½ for two uniforms, P(Beta(2, 1) > U) = ⅔', () => {
    expect(betaProbabilityGreater(1, 1, 1, 1)).toBeCloseTo(0.5, 15);
    // X with density 2x: P(X > V) = ∫ 2x · x dx = ⅔
    expect(betaProbabilityGreater(2, 1, 1, 1)).toBeCloseTo(2 / 3, 14);
  });

  test('the closed form and the integral agree where both apply (a whole parameter a hair away from a fraction)', () => {
    relative(betaProbabilityGreater(53, 9.000000001, 46, 16.000000001), betaProbabilityGreater(53, 9, 46, 16), 1e-8);
    relative(betaProbabilityGreater(53.000000001, 9, 46, 16.000000001), betaProbabilityGreater(53, 9, 46, 16), 1e-8);
  });
});

const whole = fc.integer({ min: 1, max: 400 });
const any = fc.double({ min: 0.2, max: 300, noNaN: true });
const parameter = fc.oneof(whole, any);

describe('betaProbabilityGreater, for any parameters', () => {
  test.prop([parameter, parameter, parameter, parameter])('P(X > Y) + P(Y > X) = 1', (a, b, c, d) => {
    expect(Math.abs(betaProbabilityGreater(a, b, c, d) + betaProbabilityGreater(c, d, a, b) - 1)).toBeLessThanOrEqual(1e-11);
  });

  test.prop([parameter, parameter, parameter, parameter])('is a probability, ½ for two equal distributions', (a, b, c, d) => {
    const p = betaProbabilityGreater(a, b, c, d);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(Math.abs(betaProbabilityGreater(a, b, a, b) - 0.5)).toBeLessThanOrEqual(1e-11);
  });

  test.prop([whole, whole, whole, whole])('grows with X\'s successes and falls with its failures', (a, b, c, d) => {
    expect(betaProbabilityGreater(a + 1, b, c, d)).toBeGreaterThanOrEqual(betaProbabilityGreater(a, b, c, d) - 1e-12);
    expect(betaProbabilityGreater(a, b + 1, c, d)).toBeLessThanOrEqual(betaProbabilityGreater(a, b, c, d) + 1e-12);
  });
});
