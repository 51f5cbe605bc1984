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
    // mpmath: ln F = 10.361632918473205, d/da = 6.907755278982137, d/db = 6.242993122567238, d/dz = 1500
    relative(value, 10.361632918473205, 1e-13);
    relative(d.a, 6.907755278982137, 1e-11);
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
    [1.159, 1.606, 2.159, 0.0935, 0.0842944778161796, 0.07306949950299024, 0.0530962504227316, -0.03972768848763793, 0.943500005956598],
    [30.159, 30.553, 31.159, 0.0935, 2.902873378739483, 0.09633628906728715, 0.09514955246433919, -0.09338038801858646, 32.62080994287215],
    [1.159, 1.553, 2.159, 0.5, 0.5602272759211662, 0.5018754196345458, 0.3900510296268973, -0.2930595578245244, 1.566269908448177],
    [1, 1.5, 2, 0.99, 2.900422093749666, 3.655476427028585, 3.1168557622089903, -2.788329093863167, 54.54545454545455],
    [0.7, 0.4, 1.9, 0.95, 0.25754989396838907, 0.4681080415337574, 0.7326590700258677, -0.2173950707847587, 0.7721428103599397],
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
    // mpmath: ln ₂F₁(400.5, 401; 401.5; 0.999) = 2763.1033595591266 (Euler's transformation),
    // ln ₂F₁(400, 3; 2; 0.9) = 928.5301345427943 (the plain series, scaled as it grows)
    relative(logHypergeometric(400.5, 401, 401.5, 0.999), 2763.1033595591266, 1e-13);
    relative(logHypergeometric(400, 3, 2, 0.9), 928.5301345427943, 1e-12);
  });

  test('is NaN, not a wrong number, where 100,000 terms do not reach the tolerance', () => {
    expect(logHypergeometric(1, 1, 2, 1 - 1e-8)).toBeNaN();
  });
});

describe('logHypergeometricShifted: ln ₂F₁(a, b; a + 1; z), integrated above z = 0.99', () => {
  const cases: [number, number, number, number, number, number, number][] = [
    // a, b, z, then mpmath's ln F, d/da (c = a + 1 moving along), d/db, d/dz
    [1.159, 1.606, 0.95, 2.300356521350343, 0.6445235308033442, 1.9701210112153789, 13.803871489109149],
    [0.05, 2.5, 0.999, 6.964207057046968, 19.97898782604157, 6.232231128205945, 1495.7991736942506],
    [300.5, 301, 0.9999, 2763.1037767049497, 0.0033274525736386143, 9.20700737365012, 3000000.0016722395],
    [2, 0.3, 0.99999, 0.5186761439972559, 0.1258100040703282, 2.010930612478941, 35.65094844020326],
    [1.16, 1, 0.999, 2.047448210917261, 0.6639871627264018, 3.5484511502185545, 148.70274252996535],
    [1.16, 1, 0.99, 1.6349583415392437, 0.5702802032699781, 2.3857641973322656, 21.672138560152113],
    [1.16, 1, 0.9900000001, 1.6349583437064574, 0.570280203835526, 2.3857642024022447, 21.672138736894045],
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
    // mpmath: d/dz ln F = 21.672138560152113 at z = 0.99
    expect(Math.abs(above - below - 2.167213856015211e-09)).toBeLessThan(1e-14);
  });

  test('is exact up to z within 1e-12 of 1, where the series would need a trillion terms', () => {
    // mpmath at 40 digits: ln ₂F₁(2, 0.3; 3; 1 − 1e-12) = 0.5191938666706853
    relative(logHypergeometricShifted(2, 0.3, 1 - 1e-12, 1e-12), 0.5191938666706853, 1e-12);
    // and a = 1e10, the s → ∞ edge of a Pareto/NBD fit: ln ₂F₁(1e10, 1.7; 1e10 + 1; 1 − 1e-12) = 42.63354695989049
    relative(logHypergeometricShifted(1e10, 1.7, 1 - 1e-12, 1e-12), 42.63354695989049, 1e-12);
  });
});
