/**
 * Comparisons of two samples. Expected values from the formulas; p-values
 * from Python's math.erfc (normal) and from the closed-form t distribution
 * of Abramowitz & Stegun 26.7.4 for ν = 4 (P(|T| ≤ t) = sin θ (1 + ½cos²θ),
 * θ = arctan(t/2)).
 */
import { describe, expect, test } from 'vitest';
import { compareCes, compareCsat, compareNps, MetricError, tally } from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

const close = (actual: number, expected: number): void => {
  expect(actual).toBeCloseTo(expected, 10);
};

describe('compareNps', () => {
  const a = { promoters: 60, passives: 20, detractors: 20 };
  const b = { promoters: 40, passives: 30, detractors: 30 };

  test('difference NPS₁ − NPS₂ with SE √(Var₁/n₁ + Var₂/n₂)', () => {
    // Var₁ = 0.8 − 0.4² = 0.64, Var₂ = 0.7 − 0.1² = 0.69; SE = 100 √(0.0133)
    const r = compareNps(a, b);
    expect(r.difference).toBe(30);
    close(r.standardError, 100 * Math.sqrt(0.0133));
    close(r.statistic, 30 / (100 * Math.sqrt(0.0133)));
    close(r.pValue, 0.0092863102330744); // 2(1 − Φ(2.60132990857236)), math.erfc
    close(r.lower, 30 - 1.959963984540054 * 100 * Math.sqrt(0.0133));
    expect(r).toMatchObject({ significant: true, confidence: 0.95, method: 'wald-z' });
  });

  test('significance is p < 1 − confidence: p = 0.0093 is significant at 99% but not at 99.5%', () => {
    expect(compareNps(a, b, { confidence: 0.99 }).significant).toBe(true);
    expect(compareNps(a, b, { confidence: 0.995 }).significant).toBe(false);
  });

  test('raw answers compare like their counts', () => {
    const first = [10, 10, 9, 8, 2];
    const second = [9, 7, 6, 6];
    expect(compareNps(first, second)).toStrictEqual(
      compareNps({ promoters: 3, passives: 1, detractors: 1 }, { promoters: 1, passives: 1, detractors: 2 }),
    );
  });

  test('samples without spread: equal scores give p = 1, different ones leave the test undefined (EMPTY_INPUT, never a z of ±Infinity)', () => {
    const allPromoters = { promoters: 5, passives: 0, detractors: 0 };
    const allDetractors = { promoters: 0, passives: 0, detractors: 5 };
    expect(compareNps(allPromoters, allPromoters)).toMatchObject({ difference: 0, statistic: 0, pValue: 1, significant: false });
    const error = metricErrorOf(() => compareNps(allPromoters, allDetractors));
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.message).toBe(
      'compareNps: neither sample varies (scores 100 and -100), so the standard error of their difference is 0 and the test is undefined; it needs spread in at least one sample',
    );
  });
});

describe('compareCsat', () => {
  test('pooled two-proportion z-test: 80/100 against 60/100', () => {
    const r = compareCsat({ positive: 80, count: 100 }, { positive: 60, count: 100 });
    expect(r.difference).toBe(20);
    close(r.statistic, 0.2 / Math.sqrt(0.7 * 0.3 * 0.02));
    close(r.pValue, 0.002028231148452082); // math.erfc(3.086066999241838 / √2)
    expect(r.method).toBe('two-proportion-z');
  });

  test('the interval on the difference uses the unpooled SE', () => {
    const r = compareCsat({ positive: 80, count: 100 }, { positive: 60, count: 100 });
    const unpooled = 100 * Math.sqrt((0.8 * 0.2) / 100 + (0.6 * 0.4) / 100);
    close(r.standardError, unpooled);
    close(r.upper, 20 + 1.959963984540054 * unpooled);
  });

  test('takes the CSAT options for both samples', () => {
    const r = compareCsat([7, 6, 2], [7, 1, 1], { scale: { min: 1, max: 7 } });
    close(r.difference, 200 / 3 - 100 / 3);
  });

  test('refuses samples on different scales', () => {
    expect(() => compareCsat(tally([5], { min: 1, max: 5 }), tally([7], { min: 1, max: 7 }))).toThrow(
      expect.objectContaining({ code: 'SCALE_MISMATCH' }),
    );
  });

  test('weights are not an option of a comparison', () => {
    expect(() => compareCsat([5], [4], { weights: [1] } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('compareCes', () => {
  test("Welch's t: means 6 and 4, s = 1 each, n = 3 each", () => {
    // SE = √(1/3 + 1/3); ν = (2/3)² / ((1/3)²/2 · 2) = 4
    const r = compareCes([5, 6, 7], [3, 4, 5]);
    expect(r.difference).toBe(2);
    close(r.standardError, Math.sqrt(2 / 3));
    close(r.degreesOfFreedom, 4);
    close(r.statistic, 2 / Math.sqrt(2 / 3));
    close(r.pValue, 0.07048399691021989); // 1 − sin θ (1 + ½cos²θ), θ = arctan(t/2)
    close(r.upper, 2 + 2.7764451051977908 * Math.sqrt(2 / 3));
    expect(r.significant).toBe(false);
  });

  test('unequal variances and sizes: Welch–Satterthwaite degrees of freedom', () => {
    // a: 1, 7 (s² = 18, n = 2); b: 4, 4, 5, 5 (s² = 1/3, n = 4)
    const va = 18 / 2;
    const vb = 1 / 3 / 4;
    const r = compareCes([1, 7], [4, 4, 5, 5]);
    close(r.degreesOfFreedom, (va + vb) ** 2 / (va ** 2 / 1 + vb ** 2 / 3));
    close(r.standardError, Math.sqrt(va + vb));
  });

  test('counts with sumOfSquares compare like their ratings', () => {
    expect(compareCes({ sum: 18, count: 3, sumOfSquares: 110 }, { sum: 12, count: 3, sumOfSquares: 50 })).toStrictEqual(
      compareCes([5, 6, 7], [3, 4, 5]),
    );
  });

  test('samples on different scales are refused', () => {
    expect(() => compareCes(tally([5, 6], { min: 1, max: 7 }), tally([3, 4], { min: 1, max: 5 }))).toThrow(
      expect.objectContaining({ code: 'SCALE_MISMATCH' }),
    );
  });

  test('each sample needs two responses', () => {
    expect(() => compareCes([5], [3, 4])).toThrow(MetricError);
  });
});
