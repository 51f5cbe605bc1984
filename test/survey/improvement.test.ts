/**
 * Probabilities of improvement against scripts/reference/probability-of-improvement.py:
 * for CSAT the closed form in exact rational arithmetic and mpmath's numerical
 * integration; for NPS a seeded simulation of 10 million draws from each
 * Dirichlet posterior (numpy), quoted as printed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { csatProbabilityOfImprovement, npsProbabilityOfImprovement, tally } from '../../src/index.js';
import { expectRefusal, metricErrorOf } from '../helpers.js';

function relative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('csatProbabilityOfImprovement', () => {
  test('uniform prior: posteriors Beta(positive + 1, other + 1), the closed form exactly', () => {
    // 45/60 → 52/60: P(Beta(53, 9) > Beta(46, 16)), exact rational 0.9451723088870324…
    relative(csatProbabilityOfImprovement({ positive: 45, count: 60 }, { positive: 52, count: 60 }), 0.9451723088870324, 1e-13);
    // 3/5 → 5/5: P(Beta(6, 1) > Beta(4, 3)) = 10/11
    relative(csatProbabilityOfImprovement({ positive: 3, count: 5 }, { positive: 5, count: 5 }), 10 / 11, 1e-14);
    // 800/1000 → 830/1000
    relative(csatProbabilityOfImprovement({ positive: 800, count: 1000 }, { positive: 830, count: 1000 }), 0.95783634243737, 5e-13);
  });

  test('Jeffreys\' prior (½, ½) and other priors that are not whole: numerical integration', () => {
    const jeffreys = { prior: { alpha: 0.5, beta: 0.5 } };
    relative(csatProbabilityOfImprovement({ positive: 45, count: 60 }, { positive: 52, count: 60 }, jeffreys), 0.9484205282727576, 1e-12);
    relative(csatProbabilityOfImprovement({ positive: 800, count: 1000 }, { positive: 830, count: 1000 }, jeffreys), 0.9580159784571164, 1e-12);
    // prior (0.5, 0.5): 0/3 → 1/3 is P(Beta(1.5, 2.5) > Beta(0.5, 3.5))
    relative(csatProbabilityOfImprovement({ positive: 0, count: 3 }, { positive: 1, count: 3 }, jeffreys), 0.8458429734991796, 1e-12);
  });

  test('a worse period gets the complement, and a far worse one a tiny probability, to its last digits', () => {
    relative(csatProbabilityOfImprovement({ positive: 52, count: 60 }, { positive: 45, count: 60 }), 0.054827691112967564, 1e-13);
    // 90/100 → 10/100: P(Beta(11, 91) > Beta(91, 11)), exactly 1.0364120566639192e-33
    relative(csatProbabilityOfImprovement({ positive: 90, count: 100 }, { positive: 10, count: 100 }), 1.0364120566639192e-33, 1e-12);
  });

  test('raw ratings and tallies are read like csat\'s, with its options', () => {
    const before = [5, 4, 3, 2, 5, 1];
    const after = [5, 5, 4, 4, 3];
    const expected = csatProbabilityOfImprovement({ positive: 3, count: 6 }, { positive: 4, count: 5 });
    expect(csatProbabilityOfImprovement(before, after)).toBe(expected);
    expect(csatProbabilityOfImprovement(tally(before, { min: 1, max: 5 }), tally(after, { min: 1, max: 5 }))).toBe(expected);
    expect(csatProbabilityOfImprovement(before, after, { positiveFrom: 5 })).toBe(
      csatProbabilityOfImprovement({ positive: 2, count: 6 }, { positive: 2, count: 5 }),
    );
  });
});

/** [before, after, P by simulation, its standard error]: 10 million draws from each posterior Dirichlet(counts + 1). */
const SIMULATED: readonly (readonly [readonly [number, number, number], readonly [number, number, number], number, number])[] = [
  [[2, 1, 1], [4, 0, 0], 0.8628737, 0.0001087762280318223],
  [[5, 2, 2], [7, 1, 1], 0.7897181, 0.00012886559763272354],
  [[10, 0, 0], [12, 0, 0], 0.5572077, 0.0001570755484028975],
  [[0, 0, 7], [1, 0, 6], 0.7478427, 0.00013732224730782336],
  [[20, 10, 10], [25, 8, 7], 0.8595765, 0.0001098657092307468],
  [[50, 20, 20], [60, 18, 14], 0.9215435, 8.503004034325165e-5],
  [[1, 0, 1], [0, 0, 1], 0.3145129, 0.00014683137802717441],
  [[400, 300, 300], [430, 290, 280], 0.9109113, 9.008435132269645e-5],
  [[0, 0, 40], [1, 0, 39], 0.7271093, 0.00014086211905743503],
  [[200, 0, 0], [199, 0, 1], 0.2767313, 0.00014147476368607582],
  [[5, 0, 0], [4, 1, 0], 0.3401733, 0.00014981836535188535],
  [[10, 5, 5], [2, 3, 15], 0.0006437, 8.020509025679105e-6],
];
const counts = ([promoters, passives, detractors]: readonly [number, number, number]) => ({ promoters, passives, detractors });

describe('npsProbabilityOfImprovement', () => {
  test.each(SIMULATED)('%j → %j: within the stated 0.004 of a long simulation', (before, after, p, se) => {
    expect(Math.abs(npsProbabilityOfImprovement(counts(before), counts(after)) - p)).toBeLessThanOrEqual(0.004 + 4 * se);
  });

  test.each(SIMULATED.filter(([b, a]) => Math.min(...b, ...a) >= 7))('%j → %j, away from the ends of the scale: within 0.001', (before, after, p, se) => {
    expect(Math.abs(npsProbabilityOfImprovement(counts(before), counts(after)) - p)).toBeLessThanOrEqual(0.001 + 4 * se);
  });

  test('raw answers and tallies are read like nps\'s', () => {
    const before = [10, 9, 8, 2, 6];
    const after = [10, 10, 9, 7];
    const expected = npsProbabilityOfImprovement(counts([2, 1, 2]), counts([3, 1, 0]));
    expect(npsProbabilityOfImprovement(before, after)).toBe(expected);
    expect(npsProbabilityOfImprovement(tally(before, { min: 0, max: 10 }), tally(after, { min: 0, max: 10 }))).toBe(expected);
  });

  test('a huge prior leaves only the answers that differ: as α grows, 1 − CSAT tends to Gamma(β + other answers)/α', () => {
    // 45 and 52 of 60 positive under the prior (10¹⁵, ½): P → P(Gamma(8.5) < Gamma(15.5)) = I_½(8.5, 15.5) = 0.92860709413711388
    // (mpmath, scripts/reference/large-beta.py); the difference at 10¹⁵ is of the order of 1/α
    const p = csatProbabilityOfImprovement({ positive: 45, count: 60 }, { positive: 52, count: 60 }, { prior: { alpha: 1e15, beta: 0.5 } });
    expect(Math.abs(p - 0.9286070941371138)).toBeLessThan(1e-13);
  });

  test('a prior adds its pseudo-counts: prior (1, 1, 1) on counts is prior (2, 1, 1) on one promoter fewer', () => {
    expect(npsProbabilityOfImprovement(counts([3, 2, 2]), counts([5, 1, 1]), { prior: { promoters: 1, passives: 1, detractors: 1 } })).toBe(
      npsProbabilityOfImprovement(counts([3, 2, 2]), counts([5, 1, 1])),
    );
    const shifted = npsProbabilityOfImprovement(counts([2, 2, 2]), counts([4, 1, 1]), { prior: { promoters: 2, passives: 1, detractors: 1 } });
    expect(shifted).toBeCloseTo(npsProbabilityOfImprovement(counts([3, 2, 2]), counts([5, 1, 1])), 14);
  });
});

const csatCounts = fc.tuple(fc.nat(300), fc.nat(300)).filter(([a, b]) => a + b > 0).map(([positive, rest]) => ({ positive, count: positive + rest }));
const npsCounts = fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300)).filter(([a, b, c]) => a + b + c > 0).map(([p, m, d]) => counts([p, m, d]));
const pseudo = fc.double({ min: 0.1, max: 5, noNaN: true });

describe('P(a better than b) + P(b better than a) = 1', () => {
  test.prop([csatCounts, csatCounts, fc.option(fc.record({ alpha: pseudo, beta: pseudo }), { nil: undefined })])('for CSAT, under any prior', (a, b, prior) => {
    const o = prior === undefined ? {} : { prior };
    // whole posterior parameters are summed in closed form; others are integrated numerically (1.8e-11 was seen)
    const tolerance = prior === undefined ? 1e-11 : 1e-10;
    expect(Math.abs(csatProbabilityOfImprovement(a, b, o) + csatProbabilityOfImprovement(b, a, o) - 1)).toBeLessThanOrEqual(tolerance);
  });

  test.prop([npsCounts, npsCounts])('for NPS', (a, b) => {
    expect(Math.abs(npsProbabilityOfImprovement(a, b) + npsProbabilityOfImprovement(b, a) - 1)).toBeLessThanOrEqual(1e-14);
  });

  test.prop([csatCounts, npsCounts])('and a sample against itself is ½', (c, n) => {
    expect(csatProbabilityOfImprovement(c, c)).toBeCloseTo(0.5, 12);
    expect(npsProbabilityOfImprovement(n, n)).toBe(0.5);
  });
});

describe('bad input', () => {
  test('priors that are not positive, finite pseudo-counts are INVALID_OPTION', () => {
    const a = { positive: 3, count: 5 };
    for (const prior of [{ alpha: 0, beta: 1 }, { alpha: 1, beta: -1 }, { alpha: Infinity, beta: 1 }, { alpha: 1 }, { alpha: 1, beta: 1, gamma: 1 }, null, 1]) {
      expect(metricErrorOf(() => csatProbabilityOfImprovement(a, a, { prior } as never)).code).toBe('INVALID_OPTION');
    }
    const e = metricErrorOf(() => npsProbabilityOfImprovement(counts([1, 1, 1]), counts([1, 1, 1]), { prior: { promoters: 1, passives: 0, detractors: 1 } }));
    expect(e.message).toBe('npsProbabilityOfImprovement: option prior.passives must be a finite number > 0 (a pseudo-count), got 0');
  });

  test('a pseudo-count above 2^53 − 1 is INVALID_OPTION, as a count would be refused', () => {
    const a = { positive: 3, count: 5 };
    expectRefusal(
      () => csatProbabilityOfImprovement(a, a, { prior: { alpha: 1, beta: 2 ** 53 } }),
      'INVALID_OPTION',
      { fn: 'csatProbabilityOfImprovement' },
      'option prior.beta 9007199254740992 is above 2^53 − 1 (9007199254740991), the most a pseudo-count may be, as a count',
    );
    expectRefusal(
      () => npsProbabilityOfImprovement(counts([1, 1, 1]), counts([1, 1, 1]), { prior: { promoters: 1e308, passives: 1, detractors: 1 } }),
      'INVALID_OPTION',
      { fn: 'npsProbabilityOfImprovement' },
      'option prior.promoters 1e+308 is above 2^53 − 1 (9007199254740991), the most a pseudo-count may be, as a count',
    );
    // the largest pseudo-count is accepted
    expect(csatProbabilityOfImprovement(a, a, { prior: { alpha: 1, beta: Number.MAX_SAFE_INTEGER } })).toBeCloseTo(0.5, 10);
  });

  test('a sample without answers is EMPTY_INPUT', () => {
    const e = metricErrorOf(() => csatProbabilityOfImprovement({ positive: 0, count: 0 }, { positive: 1, count: 2 }));
    expect(e.code).toBe('EMPTY_INPUT');
    expect(e.message).toBe('csatProbabilityOfImprovement: before has no answers');
    expect(metricErrorOf(() => npsProbabilityOfImprovement([9], [])).message).toBe('npsProbabilityOfImprovement: after has no answers');
  });

  test('counts that are not whole are NOT_INTEGER; weights are not an option', () => {
    expect(metricErrorOf(() => csatProbabilityOfImprovement({ positive: 2.5, count: 5 }, { positive: 1, count: 2 })).code).toBe('NOT_INTEGER');
    expect(metricErrorOf(() => npsProbabilityOfImprovement(counts([1, 0.5, 1]), counts([1, 1, 1]))).code).toBe('NOT_INTEGER');
    expect(metricErrorOf(() => csatProbabilityOfImprovement([5], [4], { weights: [1] } as never)).code).toBe('INVALID_OPTION');
  });

  test('samples on different scales are SCALE_MISMATCH', () => {
    const e = metricErrorOf(() => csatProbabilityOfImprovement(tally([5, 4], { min: 1, max: 5 }), tally([7, 6], { min: 1, max: 7 })));
    expect(e.code).toBe('SCALE_MISMATCH');
  });
});
