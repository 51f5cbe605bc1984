/**
 * Intervals for NPS, CSAT and CES. Expected values come from the formulas
 * (worked by hand or in plain floating-point arithmetic outside the library)
 * and from Newcombe (1998), Table II, for the Wilson interval. Critical values:
 * z(0.975) = 1.959963984540054; t(0.975, 2) = 0.95/√0.04875 (closed form);
 * t(0.975, 4) = 2.7764451051977908 (scripts/reference/student-t.py).
 */
import { describe, expect, test } from 'vitest';
import { cesInterval, csatInterval, MetricError, npsInterval, tally } from '../../src/index.js';

/** Numbers from quantiles may differ from the reference in the last bits. */
const close = (actual: number, expected: number): void => {
  expect(actual).toBeCloseTo(expected, 10);
};

describe('npsInterval', () => {
  const counts = { promoters: 60, passives: 20, detractors: 20 };

  test('Wald: 60/20/20 gives SE 8 and 40 ± 15.68 at 95%', () => {
    const r = npsInterval(counts, { method: 'wald' });
    expect(r.score).toBe(40);
    expect(r.standardError).toBe(8);
    close(r.marginOfError, 1.959963984540054 * 8);
    close(r.lower, 40 - 1.959963984540054 * 8);
    close(r.upper, 40 + 1.959963984540054 * 8);
    expect(r).toMatchObject({ confidence: 0.95, method: 'wald', count: 100, effectiveSize: 100 });
  });

  test('adjusted Wald is the default: n′ = n + 3, ¾ added to promoters and detractors, centred on p′ − d′', () => {
    // p′ = 60.75/103, d′ = 20.75/103; centre 4000/103 = 38.83495145631068; SE = 7.885385218538814
    const r = npsInterval(counts);
    expect(r.method).toBe('adjusted-wald');
    expect(r.score).toBe(40);
    close(r.standardError, 7.885385218538814);
    close(r.lower, 23.379880423750098);
    close(r.upper, 54.29002248887126);
    close((r.lower + r.upper) / 2, 4000 / 103);
  });

  test('bounds are clipped to −100…100: ten promoters', () => {
    // centre 1000/13 = 76.92…, SE 15.01…, so the upper bound 106.34… is clipped
    const r = npsInterval({ promoters: 10, passives: 0, detractors: 0 });
    expect(r.score).toBe(100);
    close(r.lower, 47.503551544790206);
    expect(r.upper).toBe(100);
  });

  test('Wald of all detractors is centred on −100 exactly, with weights too: the centre is the score', () => {
    // the weight of 2 is lost beside 1.15e181, and net × 100 / w rounded to −100.00000000000001
    const r = npsInterval(Int32Array.of(9, 3, 2), { confidence: 0.01, method: 'wald', weights: [0, 1.1476973567646804e181, 2] });
    expect([r.score, r.center, r.lower, r.upper]).toStrictEqual([-100, -100, -100, -100]);
  });

  test('Wald is degenerate at the extremes, adjusted Wald is not', () => {
    const wald = npsInterval({ promoters: 10, passives: 0, detractors: 0 }, { method: 'wald' });
    expect([wald.lower, wald.upper, wald.standardError]).toStrictEqual([100, 100, 0]);
    expect(npsInterval({ promoters: 10, passives: 0, detractors: 0 }).lower).toBeLessThan(100);
  });

  test('raw answers, a tally and counts give the same interval', () => {
    const answers = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0];
    const fromCounts = npsInterval({ promoters: 5, passives: 2, detractors: 3 });
    expect(npsInterval(answers)).toStrictEqual(fromCounts);
    expect(npsInterval(tally(answers, { min: 0, max: 10 }))).toStrictEqual(fromCounts);
  });

  test('the confidence sets z: 99% is wider than 95%, 80% narrower', () => {
    const at = (confidence: number) => npsInterval(counts, { method: 'wald', confidence });
    close(at(0.99).marginOfError, 2.5758293035489 * 8);
    close(at(0.8).marginOfError, 1.2815515655446008 * 8);
  });
});

describe('csatInterval', () => {
  // Newcombe, "Two-sided confidence intervals for the single proportion:
  // comparison of seven methods", Statistics in Medicine 17 (1998), Table II,
  // method 3 (score interval without continuity correction), 95%.
  test.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('Wilson: %s of %s gives %s to %s (Newcombe 1998)', (positive, total, lower, upper) => {
    const r = csatInterval({ positive, count: total });
    expect(r.method).toBe('wilson');
    expect(r.lower / 100).toBeCloseTo(lower, 4);
    expect(r.upper / 100).toBeCloseTo(upper, 4);
  });

  test('Wilson is centred on (p̂ + z²/2n)/(1 + z²/n), not on the score', () => {
    const z = 1.959963984540054;
    const r = csatInterval({ positive: 30, count: 50 });
    close((r.lower + r.upper) / 2, (100 * (0.6 + (z * z) / 100)) / (1 + (z * z) / 50));
    expect(r.score).toBe(60);
  });

  test('Wald: p̂ ± z√(p̂(1 − p̂)/n), with the same standard error as Wilson reports', () => {
    const r = csatInterval({ positive: 30, count: 50 }, { method: 'wald' });
    close(r.standardError, 100 * Math.sqrt(0.24 / 50));
    close(r.lower, 60 - 1.959963984540054 * 100 * Math.sqrt(0.24 / 50));
    expect(csatInterval({ positive: 30, count: 50 }).standardError).toBe(r.standardError);
  });

  test('takes the CSAT options: scale and positiveFrom', () => {
    const r = csatInterval([7, 6, 5, 1], { scale: { min: 1, max: 7 }, confidence: 0.9 });
    expect(r.score).toBe(50);
    expect(r.confidence).toBe(0.9);
  });

  test('Wald bounds are clipped to 0…100', () => {
    const r = csatInterval({ positive: 1, count: 2 }, { method: 'wald' });
    expect(r.lower).toBe(0);
    expect(r.upper).toBe(100);
  });
});

describe('cesInterval', () => {
  test('mean ± t(0.975, n − 1) · s/√n: ratings 5, 6, 7 (s = 1)', () => {
    const t2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    const r = cesInterval([5, 6, 7]);
    expect(r.score).toBe(6);
    close(r.standardError, 1 / Math.sqrt(3));
    close(r.lower, 6 - t2 / Math.sqrt(3));
    expect(r.upper).toBe(7);
    expect(r).toMatchObject({ method: 't', count: 3, effectiveSize: 3 });
  });

  test('ratings 1–5 on 1–7: mean 3, s² = 2.5, t(0.975, 4) = 2.7764451051977908', () => {
    const r = cesInterval([1, 2, 3, 4, 5]);
    close(r.standardError, Math.sqrt(0.5));
    close(r.lower, 1.0367568385224448);
    close(r.upper, 4.963243161477555);
  });

  test('counts with sumOfSquares give the interval of their ratings', () => {
    const ratings = [1, 2, 3, 4, 5];
    expect(cesInterval({ sum: 15, count: 5, sumOfSquares: 55 })).toStrictEqual(cesInterval(ratings));
    expect(cesInterval(tally(ratings, { min: 1, max: 7 }))).toStrictEqual(cesInterval(ratings));
  });

  test('counts without sumOfSquares cannot say how spread the ratings are', () => {
    expect(() => cesInterval({ sum: 15, count: 5 })).toThrow(expect.objectContaining({ code: 'INVALID_COUNTS' }));
  });

  test('needs two responses', () => {
    expect(() => cesInterval([5])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => cesInterval([])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  test('identical ratings give a zero-width interval', () => {
    const r = cesInterval([4, 4, 4]);
    expect([r.lower, r.upper, r.standardError]).toStrictEqual([4, 4, 0]);
  });

  test('rejects sumOfSquares the ratings cannot produce', () => {
    // 5 ratings summing to 15 have Σx² ≥ 45 (all 3s) and, on 1–7, Σx² ≤ 8·15 − 5·7 = 85
    expect(() => cesInterval({ sum: 15, count: 5, sumOfSquares: 44 })).toThrow(expect.objectContaining({ code: 'INVALID_COUNTS' }));
    expect(() => cesInterval({ sum: 15, count: 5, sumOfSquares: 86 })).toThrow(expect.objectContaining({ code: 'INVALID_COUNTS' }));
    expect(cesInterval({ sum: 15, count: 5, sumOfSquares: 85 }).score).toBe(3);
  });
});

describe('survey weights', () => {
  test('weighted counts give the weighted score', () => {
    // promoters weigh 3, the detractor 1: (3 − 1)/4 = 50
    expect(npsInterval([10, 3], { weights: [3, 1] }).score).toBe(50);
  });

  test("intervals use Kish's effective sample size (Σw)²/Σw²", () => {
    // weights 1, 1, 2, 2: (6)² / 10 = 3.6
    const r = csatInterval([5, 1, 5, 1], { weights: [1, 1, 2, 2], method: 'wald' });
    expect(r.effectiveSize).toBe(3.6);
    expect(r.count).toBe(4);
    expect(r.score).toBe(50);
    close(r.standardError, 100 * Math.sqrt(0.25 / 3.6));
  });

  test('weights apply only to raw responses', () => {
    expect(() => npsInterval({ promoters: 1, passives: 0, detractors: 0 }, { weights: [1] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => cesInterval(tally([1, 2], { min: 1, max: 7 }), { weights: [1, 1] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  test.each([
    ['too few', [1]],
    ['negative', [1, -1]],
    ['NaN', [1, NaN]],
    ['infinite', [Infinity, 1]],
    ['all zero', [0, 0]],
    ['a string', ['1', 1]],
    ['not an array', 5],
  ])('bad weights (%s) throw INVALID_WEIGHTS', (_name, weights) => {
    expect(() => npsInterval([9, 10], { weights: weights as never })).toThrow(MetricError);
    expect(() => npsInterval([9, 10], { weights: weights as never })).toThrow(expect.objectContaining({ code: 'INVALID_WEIGHTS' }));
  });
});

describe('bad options throw MetricError', () => {
  test.each([0, 1, -0.5, 95, NaN, '0.95', null])('confidence %s', (confidence) => {
    for (const f of [
      () => npsInterval([9], { confidence } as never),
      () => csatInterval([5], { confidence } as never),
      () => cesInterval([5, 6], { confidence } as never),
    ]) {
      expect(f).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });

  test('a confidence given as a percentage suggests the fraction', () => {
    expect(() => npsInterval([9], { confidence: 95 })).toThrow('(for 95% write 0.95)');
  });

  test('unknown methods and options', () => {
    expect(() => npsInterval([9], { method: 'wilson' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => csatInterval([5], { method: 'adjusted-wald' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => cesInterval([5, 6], { method: 't' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
