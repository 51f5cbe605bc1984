/**
 * ln ₂F₁ and its partial derivatives against closed forms and against
 * mpmath at 30 digits (scripts/reference/hypergeometric.py, values quoted as
 * printed).
 */
import { describe, expect, test } from 'vitest';
import { logHypergeometric, type HypergeometricDerivatives } from '../../src/_lib/hypergeometric.js';

function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

const derivatives = (): HypergeometricDerivatives => ({ a: NaN, b: NaN, c: NaN, z: NaN });

describe('logHypergeometric', () => {
  test('₂F₁(1, 1; 2; z) = −ln(1 − z)/z', () => {
    for (const z of [0.01, 0.3, 0.7, 0.95]) relative(Math.exp(logHypergeometric(1, 1, 2, z)), -Math.log1p(-z) / z, 1e-14);
  });

  test('₂F₁(a, b; b; z) = (1 − z)^−a, and its derivatives −ln(1 − z) and a/(1 − z) in a and z', () => {
    const d = derivatives();
    const value = logHypergeometric(1.5, 2.5, 2.5, 0.999, d);
    // mpmath: ln F = 10.361632918473206, d/da = 6.9077552789821371, d/db = 6.242993122567238, d/dz = 1500
    relative(value, 10.361632918473206, 1e-13);
    relative(d.a, 6.9077552789821371, 1e-11);
    relative(d.b, 6.242993122567238, 1e-11);
    relative(d.c, -6.242993122567238, 1e-11);
    relative(d.z, 1500, 1e-11);
  });

  test('is 0 at z = 0, with ∂/∂z = ab/c and no other derivative', () => {
    const d = derivatives();
    expect(logHypergeometric(1.2, 3.4, 5.6, 0, d)).toBe(0);
    expect([d.a, d.b, d.c]).toEqual([0, 0, -0]);
    relative(d.z, (1.2 * 3.4) / 5.6, 1e-15);
  });

  const cases: [number, number, number, number, number, number, number, number, number][] = [
    // a, b, c, z, then mpmath's ln F, d/da, d/db, d/dc, d/dz
    [1.159, 1.606, 2.159, 0.0935, 0.0842944778161796, 0.073069499502990236, 0.053096250422731594, -0.039727688487637924, 0.94350000595659798],
    [30.159, 30.553, 31.159, 0.0935, 2.9028733787394831, 0.096336289067287154, 0.095149552464339194, -0.093380388018586457, 32.620809942872151],
    [1.159, 1.553, 2.159, 0.5, 0.56022727592116622, 0.50187541963454588, 0.39005102962689728, -0.29305955782452441, 1.566269908448177],
    [1, 1.5, 2, 0.99, 2.9004220937496661, 3.6554764270285849, 3.1168557622089904, -2.7883290938631672, 54.545454545454545],
    [0.7, 0.4, 1.9, 0.95, 0.25754989396838905, 0.46810804153375738, 0.73265907002586767, -0.21739507078475871, 0.77214281035993965],
  ];
  test.each(cases)('ln ₂F₁(%s, %s; %s; %s) and its derivatives are mpmath’s to 1e-12', (a, b, c, z, value, da, db, dc, dz) => {
    const d = derivatives();
    relative(logHypergeometric(a, b, c, z, d), value, 1e-13);
    relative(logHypergeometric(a, b, c, z), value, 1e-13);
    relative(d.a, da, 1e-12);
    relative(d.b, db, 1e-12);
    relative(d.c, dc, 1e-12);
    relative(d.z, dz, 1e-12);
  });

  test('hundreds of purchases do not overflow: ln ₂F₁ stays finite where ₂F₁ (about e^2763) would not', () => {
    // mpmath: ln ₂F₁(400.5, 401; 401.5; 0.999) = 2763.1033595591264 (Euler's transformation),
    // ln ₂F₁(400, 2; 2; 0.999) = 2763.1021115928548 = −400 ln 0.001, ln ₂F₁(400, 3; 2; 0.9) = 928.53013454279423
    // (the plain series, scaled as it grows)
    relative(logHypergeometric(400.5, 401, 401.5, 0.999), 2763.1033595591264, 1e-13);
    relative(logHypergeometric(400, 2, 2, 0.999), 2763.1021115928548, 1e-12);
    relative(logHypergeometric(400, 3, 2, 0.9), 928.53013454279423, 1e-12);
  });

  test('is NaN, not a wrong number, where a million terms do not reach the tolerance', () => {
    expect(logHypergeometric(1, 1, 2, 1 - 1e-8)).toBeNaN();
  });
});
