/**
 * csatInterval by each method of statsmodels' proportion_confint, as
 * percentages: against statsmodels 0.13.5 (scripts/reference/proportion-interval.py,
 * quoted as printed, the cases of test/_lib/proportion-interval.test.ts with
 * whole counts), Newcombe (Statistics in Medicine 17, 1998, Table I) and
 * scipy's Beta quantiles for weighted answers.
 */
import { describe, expect, test } from 'vitest';
import { csatInterval, tally, type ProportionMethod } from '../../src/index.js';
import { STATSMODELS as ALL_STATSMODELS } from '../_lib/statsmodels-proportion.js';
import { metricErrorOf } from '../helpers.js';

/** The statsmodels cases with whole counts: [method, positive, count, confidence, lower, upper] (fractions). */
const STATSMODELS = ALL_STATSMODELS.filter(([, positive, count]) => Number.isInteger(positive) && Number.isInteger(count));

/** |actual − expected| ≤ 1e-12 relative, or 1e-13 absolute near 0 (on the 0–100 scale) */
function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(expected), 1e-13));
}

const METHODS = ['wilson', 'wald', 'agresti-coull', 'clopper-pearson', 'jeffreys'] as const satisfies readonly ProportionMethod[];

describe('csatInterval: every method of statsmodels\' proportion_confint, as percentages', () => {
  test.each(STATSMODELS)('%s, %s of %s at %s', (method, positive, count, confidence, lower, upper) => {
    const r = csatInterval({ positive, count }, { method, confidence });
    expect(r.method).toBe(method);
    expect(r.score).toBe((positive * 100) / count);
    if (method === 'jeffreys' && positive === 0) {
      // Brown, Cai and DasGupta's end: the interval reaches 0, where statsmodels keeps the equal-tailed bound
      expect(r.lower).toBe(0);
      expect(lower).toBeGreaterThan(0);
    } else close(r.lower, lower * 100);
    if (method === 'jeffreys' && positive === count) {
      expect(r.upper).toBe(100);
      expect(upper).toBeLessThan(1);
    } else close(r.upper, upper * 100);
  });

  test('Newcombe (1998), Table I, to the four places printed: Clopper–Pearson ("exact")', () => {
    const fixed = (positive: number, count: number) => {
      const r = csatInterval({ positive, count }, { method: 'clopper-pearson' });
      return [(r.lower / 100).toFixed(4), (r.upper / 100).toFixed(4)];
    };
    expect(fixed(81, 263)).toStrictEqual(['0.2527', '0.3676']);
    expect(fixed(15, 148)).toStrictEqual(['0.0578', '0.1617']);
    expect(fixed(0, 20)).toStrictEqual(['0.0000', '0.1684']);
    expect(fixed(1, 29)).toStrictEqual(['0.0009', '0.1776']);
  });

  test('Wilson stays the default', () => {
    expect(csatInterval({ positive: 81, count: 263 })).toStrictEqual(csatInterval({ positive: 81, count: 263 }, { method: 'wilson' }));
  });

  test.each(METHODS)('%s: raw ratings, a tally and counts give the same interval', (method) => {
    const ratings = [5, 4, 3, 5, 1, 2, 4, 4, 5, 3];
    const fromCounts = csatInterval({ positive: 6, count: 10 }, { method });
    expect(csatInterval(ratings, { method })).toStrictEqual(fromCounts);
    expect(csatInterval(tally(ratings, { min: 1, max: 5 }), { method })).toStrictEqual(fromCounts);
  });
});

describe('csatInterval: what each method reports beside its bounds', () => {
  const z = 1.959963984540054;

  test('Agresti–Coull is centred on p̃ = (x + z²/2)/(n + z²), with the standard error of p̃, so that marginOfError = z × standardError', () => {
    const r = csatInterval({ positive: 3, count: 10 }, { method: 'agresti-coull' });
    const tilde = (3 + (z * z) / 2) / (10 + z * z);
    close(r.center, 100 * tilde);
    close(r.standardError, 100 * Math.sqrt((tilde * (1 - tilde)) / (10 + z * z)));
    close(r.marginOfError, z * r.standardError);
    expect(r.score).toBe(30);
  });

  test('Agresti–Coull and Wald say when they were clipped to 0…100', () => {
    const ac = csatInterval({ positive: 0, count: 20 }, { method: 'agresti-coull' });
    expect(ac.clipped).toBe(true);
    expect(ac.lower).toBe(0);
    expect(ac.center - ac.marginOfError).toBeLessThan(0);
    expect(csatInterval({ positive: 1, count: 29 }, { method: 'wald' }).clipped).toBe(true);
  });

  test.each(['clopper-pearson', 'jeffreys'] as const)(
    '%s: bounds computed, never clipped; center their midpoint and marginOfError half their distance; the standard error of p̂',
    (method) => {
      for (const [positive, count] of [[0, 20], [3, 10], [20, 20]] as const) {
        const r = csatInterval({ positive, count }, { method });
        expect(r.clipped).toBe(false);
        close(r.center, (r.lower + r.upper) / 2);
        close(r.marginOfError, (r.upper - r.lower) / 2);
        const p = positive / count;
        close(r.standardError, 100 * Math.sqrt((p * (1 - p)) / count));
      }
      expect(csatInterval({ positive: 0, count: 20 }, { method }).lower).toBe(0);
      expect(csatInterval({ positive: 20, count: 20 }, { method }).upper).toBe(100);
    },
  );

  test('with weights, every method takes x = p̂ · n on Kish\'s effective sample size', () => {
    // ratings 5, 1, 5, 1 with weights 1, 1, 2, 2: p̂ = 3/6, n = 6²/10 = 3.6, x = 1.8; scipy 1.17:
    // beta.ppf(0.025, 1.8, 2.8), beta.isf(0.025, 2.8, 1.8) and beta.ppf / isf(0.025, 2.3, 2.3)
    const options = { weights: [1, 1, 2, 2] };
    const exact = csatInterval([5, 1, 5, 1], { ...options, method: 'clopper-pearson' });
    expect(exact.effectiveSize).toBe(3.6);
    close(exact.lower, 100 * 0.05615674485293271);
    close(exact.upper, 100 * 0.9438432551470672);
    const jeffreys = csatInterval([5, 1, 5, 1], { ...options, method: 'jeffreys' });
    close(jeffreys.lower, 100 * 0.1119672227043219);
    close(jeffreys.upper, 100 * 0.8880327772956781);
    const ac = csatInterval([5, 1, 5, 1], { ...options, method: 'agresti-coull' });
    // p̃ = (1.8 + z²/2)/(3.6 + z²) = ½ by symmetry
    close(ac.center, 50);
    close(ac.marginOfError, 100 * z * Math.sqrt(0.25 / (3.6 + z * z)));
  });
});

describe('csatInterval: an unknown method throws INVALID_OPTION', () => {
  test.each(['beta', 'normal', 'agresti_coull', 'exact', 'adjusted-wald', 'binom_test', '', 1, null])('%s', (method) => {
    const e = metricErrorOf(() => csatInterval({ positive: 3, count: 10 }, { method } as never));
    expect(e.code).toBe('INVALID_OPTION');
    if (typeof method === 'string') {
      expect(e.message).toBe(
        `csatInterval: option method must be 'wilson', 'wald', 'agresti-coull', 'clopper-pearson', 'jeffreys'; got ${JSON.stringify(method)}`,
      );
    }
  });
});
