/**
 * ln ₂F₁ and its partial derivatives against closed forms and against
 * mpmath at 30 digits (scripts/reference/hypergeometric.py, values quoted as
 * printed).
 */
import { describe, expect, test } from 'vitest';
import { logHypergeometric, logHypergeometricShifted, type HypergeometricDerivatives } from '../../src/_lib/hypergeometric.js';

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
    // ln ₂F₁(400, 3; 2; 0.9) = 928.53013454279423 (the plain series, scaled as it grows)
    relative(logHypergeometric(400.5, 401, 401.5, 0.999), 2763.1033595591264, 1e-13);
    relative(logHypergeometric(400, 3, 2, 0.9), 928.53013454279423, 1e-12);
  });

  test('is NaN, not a wrong number, where 100,000 terms do not reach the tolerance', () => {
    expect(logHypergeometric(1, 1, 2, 1 - 1e-8)).toBeNaN();
  });
});

describe('logHypergeometricShifted: ln ₂F₁(a, b; a + 1; z), integrated above z = 0.99', () => {
  const cases: [number, number, number, number, number, number, number][] = [
    // a, b, z, then mpmath's ln F, d/da (c = a + 1 moving along), d/db, d/dz
    [1.159, 1.606, 0.95, 2.3003565213503433, 0.64452353080334422, 1.9701210112153788, 13.803871489109149],
    [0.05, 2.5, 0.999, 6.9642070570469684, 19.978987826041571, 6.2322311282059448, 1495.7991736942506],
    [300.5, 301, 0.9999, 2763.1037767049499, 0.0033274525736386144, 9.2070073736501188, 3000000.0016722394],
    [2, 0.3, 0.99999, 0.51867614399725588, 0.12581000407032818, 2.0109306124789411, 35.650948440203255],
    [1.16, 1, 0.999, 2.0474482109172611, 0.66398716272640182, 3.5484511502185545, 148.70274252996536],
    [1.16, 1, 0.99, 1.6349583415392436, 0.57028020326997803, 2.3857641973322656, 21.672138560152112],
    [1.16, 1, 0.9900000001, 1.6349583437064575, 0.57028020383552597, 2.3857642024022447, 21.672138736894045],
  ];
  test.each(cases)('a = %s, b = %s, z = %s: ln F is mpmath’s to 1e-13, its derivatives to 1e-10', (a, b, z, value, da, db, dz) => {
    const d = { a: NaN, b: NaN, z: NaN };
    relative(logHypergeometricShifted(a, b, z, 1 - z, d), value, 1e-13);
    relative(logHypergeometricShifted(a, b, z), value, 1e-13);
    relative(d.a, da, 1e-10);
    relative(d.b, db, 1e-10);
    relative(d.z, dz, 1e-10);
  });

  test('the series and the integral meet at z = 0.99 without a step: they differ by the slope times the gap', () => {
    const below = logHypergeometricShifted(1.16, 1, 0.99);
    const above = logHypergeometricShifted(1.16, 1, 0.99 + 1e-10);
    // mpmath: d/dz ln F = 21.672138560152112 at z = 0.99
    expect(Math.abs(above - below - 21.672138560152112e-10)).toBeLessThan(1e-14);
  });

  test('is exact up to z within 1e-12 of 1, where the series would need a trillion terms', () => {
    // mpmath at 40 digits: ln ₂F₁(2, 0.3; 3; 1 − 1e-12) = 0.51919386667068537
    relative(logHypergeometricShifted(2, 0.3, 1 - 1e-12, 1e-12), 0.51919386667068537, 1e-12);
    // and a = 1e10, the s → ∞ edge of a Pareto/NBD fit: ln ₂F₁(1e10, 1.7; 1e10 + 1; 1 − 1e-12) = 42.633546959890489
    relative(logHypergeometricShifted(1e10, 1.7, 1 - 1e-12, 1e-12), 42.633546959890489, 1e-12);
  });
});
