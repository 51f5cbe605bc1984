/**
 * BG/BB against Fader, Hardie & Shang, "Customer-Base Analysis in a
 * Discrete-Time Noncontractual Setting" (Marketing Science 29, 2010): on the
 * 1995 cohort of donors, α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 and
 * ln L = −33,225.6. The optimum, standard errors and predictions to more
 * digits are from scripts/reference/lifetime-models.py: the optimum by
 * Newton's method in 40-digit arithmetic, the predictions by integrating
 * the individual-level model over the two Beta distributions (mpmath.quad),
 * not from the closed forms the library uses.
 */
import { describe, expect, test } from 'vitest';
import {
  bgBbExpectedPurchases,
  bgBbPopulationExpectedPurchases,
  bgBbProbabilityAlive,
  bgBbProbabilityOfPurchases,
  fitBgBb,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';
import { readDonations } from './donations.js';

function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

const donations = readDonations();
const published = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

describe('fitBgBb on the donations', () => {
  test('the fixture holds the paper’s 22 patterns of 11,104 donors', () => {
    expect(donations).toHaveLength(22);
    expect(donations.reduce((sum, p) => sum + p.count, 0)).toBe(11_104);
  });

  test('gives α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 and ln L = −33,225.6, as published', () => {
    const fit = fitBgBb(donations);
    expect(fit.alpha.toFixed(3)).toBe('1.204');
    expect(fit.beta.toFixed(3)).toBe('0.750');
    expect(fit.gamma.toFixed(3)).toBe('0.657');
    expect(fit.delta.toFixed(3)).toBe('2.783');
    expect(fit.logLikelihood.toFixed(1)).toBe('-33225.6');
  });

  test('is within 1e-8 of the optimum, with the standard errors of its numerical Hessian (1e-6)', () => {
    const fit = fitBgBb(donations);
    relative(fit.alpha, 1.20352235160191, 1e-8);
    relative(fit.beta, 0.749716358172939, 1e-8);
    relative(fit.gamma, 0.656718208441832, 1e-8);
    relative(fit.delta, 2.78344223257738, 1e-8);
    relative(fit.logLikelihood, -33225.581274347, 1e-12);
    relative(fit.standardErrors.alpha, 0.0693913623889, 1e-6);
    relative(fit.standardErrors.beta, 0.0294477166604, 1e-6);
    relative(fit.standardErrors.gamma, 0.0510098589564, 1e-6);
    relative(fit.standardErrors.delta, 0.320819003043, 1e-6);
  });

  test('a count weighs as that many customers: the patterns spelled out one by one fit the same', () => {
    const few = donations.map((p) => ({ ...p, count: Math.ceil(p.count / 100) }));
    const spelled = few.flatMap(({ count, ...history }) => Array.from({ length: count }, () => history));
    const a = fitBgBb(few);
    const b = fitBgBb(spelled);
    for (const key of ['alpha', 'beta', 'gamma', 'delta'] as const) relative(b[key], a[key], 1e-8);
    relative(b.logLikelihood, a.logLikelihood, 1e-12);
  });

  test('a pattern with count 0 changes nothing', () => {
    const a = fitBgBb(donations);
    const b = fitBgBb([...donations, { frequency: 2, recency: 2, periods: 6, count: 0 }]);
    relative(b.alpha, a.alpha, 1e-10);
    relative(b.logLikelihood, a.logLikelihood, 1e-14);
  });
});

describe('BG/BB predictions at the published parameters', () => {
  // scripts/reference/lifetime-models.py, "BG/BB predictions"
  test.each(REFERENCE_ALIVE)('x = %s, tₓ = %s, n = %s: P(alive in n + 1) and E[next 5] are the integrals of the model', (x, tx, n, alive, nextFive) => {
    const customer = { frequency: x, recency: tx, periods: n };
    relative(bgBbProbabilityAlive(published, customer), alive, 1e-12);
    relative(bgBbExpectedPurchases(published, customer, 5), nextFive, 1e-12);
  });

  test('E[X(n)] for a new customer, n = 6 and 11', () => {
    for (const [n, mean] of REFERENCE_MEAN) relative(bgBbPopulationExpectedPurchases(published, n), mean, 1e-12);
  });

  test('P(X(6) = x) for x = 0..6 is the integral of the model, sums to 1 and reproduces E[X(6)]', () => {
    let total = 0;
    let mean = 0;
    REFERENCE_PMF.forEach((p, x) => {
      const value = bgBbProbabilityOfPurchases(published, x, 6);
      relative(value, p, 1e-12);
      total += value;
      mean += x * value;
    });
    expect(total).toBeCloseTo(1, 14);
    relative(mean, bgBbPopulationExpectedPurchases(published, 6), 1e-13);
    expect(bgBbProbabilityOfPurchases(published, 7, 6)).toBe(0);
  });

  test('at γ = 1 the expectations are finite (the paper’s closed form divides by γ − 1)', () => {
    const p = { ...published, gamma: 1 };
    const near = { ...published, gamma: 1 + 1e-9 };
    relative(bgBbPopulationExpectedPurchases(p, 6), bgBbPopulationExpectedPurchases(near, 6), 1e-8);
    relative(bgBbExpectedPurchases(p, { frequency: 2, recency: 5, periods: 6 }, 5), bgBbExpectedPurchases(near, { frequency: 2, recency: 5, periods: 6 }, 5), 1e-8);
  });

  test('no future opportunities, no purchases; E grows with them', () => {
    const customer = { frequency: 3, recency: 5, periods: 6 };
    expect(bgBbExpectedPurchases(published, customer, 0)).toBe(0);
    expect(bgBbExpectedPurchases(published, customer, 10)).toBeGreaterThan(bgBbExpectedPurchases(published, customer, 5));
  });
});

describe('bad BG/BB input', () => {
  test.each([
    ['x > tₓ', { frequency: 3, recency: 2, periods: 6 }, 'INVALID_COUNTS'],
    ['tₓ > n', { frequency: 3, recency: 7, periods: 6 }, 'INVALID_COUNTS'],
    ['x > n', { frequency: 7, recency: 6, periods: 6 }, 'INVALID_COUNTS'],
    ['x = 0 with tₓ ≠ 0', { frequency: 0, recency: 3, periods: 6 }, 'INVALID_COUNTS'],
    ['a fractional x', { frequency: 1.5, recency: 3, periods: 6 }, 'NOT_INTEGER'],
    ['a negative n', { frequency: 0, recency: 0, periods: -1 }, 'OUT_OF_RANGE'],
    ['a missing recency', { frequency: 0, periods: 6 }, 'INVALID_TYPE'],
    ['a fractional count', { frequency: 0, recency: 0, periods: 6, count: 2.5 }, 'NOT_INTEGER'],
    ['a negative count', { frequency: 0, recency: 0, periods: 6, count: -2 }, 'OUT_OF_RANGE'],
    ['not an object', 7, 'INVALID_TYPE'],
  ] as const)('%s throws %s with the pattern’s index', (_what, bad, code) => {
    const error = metricErrorOf(() => fitBgBb([...donations.slice(0, 3), bad as never]));
    expect(error.code).toBe(code);
    expect(error.details).toStrictEqual({ fn: 'fitBgBb', index: 3 });
  });

  test('no patterns, or counts that add up to 0, are EMPTY_INPUT', () => {
    expect(metricErrorOf(() => fitBgBb([])).code).toBe('EMPTY_INPUT');
    expect(metricErrorOf(() => fitBgBb([{ frequency: 1, recency: 1, periods: 2, count: 0 }])).code).toBe('EMPTY_INPUT');
  });

  test('non-positive parameters are INVALID_OPTION; predictions check the history as the fit does', () => {
    expect(metricErrorOf(() => bgBbProbabilityAlive({ ...published, delta: 0 }, { frequency: 1, recency: 1, periods: 2 })).code).toBe('INVALID_OPTION');
    expect(metricErrorOf(() => bgBbExpectedPurchases(published, { frequency: 2, recency: 1, periods: 2 }, 1)).code).toBe('INVALID_COUNTS');
    expect(metricErrorOf(() => bgBbExpectedPurchases(published, { frequency: 1, recency: 1, periods: 2 }, 1.5)).code).toBe('NOT_INTEGER');
    expect(metricErrorOf(() => bgBbPopulationExpectedPurchases(published, -1)).code).toBe('OUT_OF_RANGE');
  });
});

// scripts/reference/lifetime-models.py, "BG/BB predictions at alpha = 1.204, beta = 0.75, gamma = 0.657, delta = 2.783"
const REFERENCE_ALIVE: [number, number, number, number, number][] = [
  // x, tₓ, n, P(alive in n + 1), E[next 5]
  [0, 0, 6, 0.10801658416867418, 0.072802877475043],
  [1, 1, 6, 0.06940809320654967, 0.0856353983378703],
  [3, 5, 6, 0.7667340499957251, 1.8044259997945682],
  [6, 6, 6, 0.9304025423728813, 3.7521156075998148],
  [2, 3, 4, 0.6898353134710833, 1.6118016676070561],
];
const REFERENCE_MEAN: [number, number][] = [
  [6, 2.219631393487299],
  [11, 3.387571111064622],
];
// P(X(6) = x), x = 0..6
const REFERENCE_PMF: number[] = [
  0.3112177432638494, 0.17010997840651465, 0.12148051376687113, 0.10026311502480369, 0.09165985342492183, 0.0924811479052925,
  0.11278764820774682,
];
