import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  ces,
  cesInterval,
  cesSummary,
  compareCes,
  compareCsat,
  compareNps,
  csat,
  csatInterval,
  csatSummary,
  MetricError,
  nps,
  npsInterval,
  npsSummary,
} from '../../src/index.js';
import { answersOn, npsAnswers, scaleAndAnswers } from './arbitraries.js';

const npsCounts = fc
  .record({ promoters: fc.nat(500), passives: fc.nat(500), detractors: fc.nat(500) })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);
const csatCounts = fc.tuple(fc.nat(1000), fc.nat(1000)).filter(([a, b]) => a + b > 0).map(([positive, rest]) => ({ positive, count: positive + rest }));
/** a ≥ b up to the last bits of the quantile computation (1e-12 relative) */
const atLeast = (a: number, b: number): void => {
  expect(a).toBeGreaterThanOrEqual(b - 1e-12 * Math.abs(b));
};

const confidencePair = fc
  .tuple(fc.double({ min: 0.5, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]): readonly [number, number] => (a < b ? [a, b] : [b, a]));
const npsMethod = fc.constantFrom('adjusted-wald' as const, 'wald' as const);
const csatMethod = fc.constantFrom('wilson' as const, 'wald' as const);
const cesCase = scaleAndAnswers.filter(({ answers }) => answers.length >= 2);

describe('intervals', () => {
  test.prop([npsCounts, npsMethod, csatCounts, csatMethod, cesCase])(
    'every interval is center ± marginOfError, clipped to the score range, and says when it clipped',
    (n, nm, c, cm, { scale, answers }) => {
      const cases = [
        [npsInterval(n, { method: nm }), -100, 100],
        [csatInterval(c, { method: cm }), 0, 100],
        [cesInterval(answers, { scale }), scale.min, scale.max],
      ] as const;
      for (const [r, lo, hi] of cases) {
        const lower = r.center - r.marginOfError;
        const upper = r.center + r.marginOfError;
        expect(r.lower).toBe(Math.max(lo, lower));
        expect(r.upper).toBe(Math.min(hi, upper));
        expect(r.clipped).toBe(lower < lo || upper > hi);
      }
    },
  );

  test.prop([npsCounts])('the Wald NPS interval contains the score', (c) => {
    const r = npsInterval(c, { method: 'wald' });
    expect(r.lower).toBeLessThanOrEqual(r.score);
    expect(r.upper).toBeGreaterThanOrEqual(r.score);
  });

  test.prop([csatCounts, csatMethod])('CSAT intervals contain the score', (c, method) => {
    const r = csatInterval(c, { method });
    expect(r.lower).toBeLessThanOrEqual(r.score + 1e-9);
    expect(r.upper).toBeGreaterThanOrEqual(r.score - 1e-9);
  });

  test.prop([cesCase])('the CES interval contains the mean', ({ scale, answers }) => {
    const r = cesInterval(answers, { scale });
    expect(r.lower).toBeLessThanOrEqual(r.score);
    expect(r.upper).toBeGreaterThanOrEqual(r.score);
  });

  test.prop([npsCounts, npsMethod, confidencePair])('NPS intervals widen as the confidence rises', (c, method, [lo, hi]) => {
    const narrow = npsInterval(c, { method, confidence: lo });
    const wide = npsInterval(c, { method, confidence: hi });
    atLeast(narrow.lower, wide.lower);
    atLeast(wide.upper, narrow.upper);
    atLeast(wide.marginOfError, narrow.marginOfError);
  });

  test.prop([csatCounts, csatMethod, confidencePair])('CSAT intervals widen as the confidence rises', (c, method, [lo, hi]) => {
    atLeast(csatInterval(c, { method, confidence: hi }).marginOfError, csatInterval(c, { method, confidence: lo }).marginOfError);
  });

  test.prop([cesCase, confidencePair])('CES intervals widen as the confidence rises', ({ scale, answers }, [lo, hi]) => {
    atLeast(cesInterval(answers, { scale, confidence: hi }).marginOfError, cesInterval(answers, { scale, confidence: lo }).marginOfError);
  });

  test.prop([npsCounts, npsMethod, fc.integer({ min: 2, max: 20 })])(
    'NPS intervals narrow as n grows with the same shares',
    (c, method, k) => {
      const bigger = { promoters: c.promoters * k, passives: c.passives * k, detractors: c.detractors * k };
      expect(npsInterval(bigger, { method }).standardError).toBeLessThanOrEqual(npsInterval(c, { method }).standardError);
      const width = (r: { lower: number; upper: number }) => r.upper - r.lower;
      expect(width(npsInterval(bigger, { method }))).toBeLessThanOrEqual(width(npsInterval(c, { method })) + 1e-9);
    },
  );

  test.prop([csatCounts, csatMethod, fc.integer({ min: 2, max: 20 })])('CSAT intervals narrow as n grows with the same share', (c, method, k) => {
    const bigger = { positive: c.positive * k, count: c.count * k };
    expect(csatInterval(bigger, { method }).marginOfError).toBeLessThanOrEqual(csatInterval(c, { method }).marginOfError + 1e-9);
  });

  test.prop([npsCounts, npsMethod, csatCounts, csatMethod])('bounds stay in the score range', (n, nm, c, cm) => {
    const a = npsInterval(n, { method: nm });
    const b = csatInterval(c, { method: cm });
    for (const [r, lo, hi] of [[a, -100, 100], [b, 0, 100]] as const) {
      expect(r.lower).toBeGreaterThanOrEqual(lo);
      expect(r.upper).toBeLessThanOrEqual(hi);
      expect(r.lower).toBeLessThanOrEqual(r.upper);
    }
  });

  test.prop([cesCase])('CES bounds stay on the scale', ({ scale, answers }) => {
    const r = cesInterval(answers, { scale });
    expect(r.lower).toBeGreaterThanOrEqual(scale.min);
    expect(r.upper).toBeLessThanOrEqual(scale.max);
  });
});

describe('comparisons', () => {
  test.prop([npsCounts])('compareNps(a, a): difference 0, p-value 1', (c) => {
    const r = compareNps(c, c);
    expect(r.difference).toBe(0);
    expect(r.pValue).toBe(1);
    expect(r.significant).toBe(false);
  });

  test.prop([csatCounts])('compareCsat(a, a): difference 0, p-value 1', (c) => {
    const r = compareCsat(c, c);
    expect(r.difference).toBe(0);
    expect(r.pValue).toBe(1);
  });

  test.prop([cesCase])('compareCes(a, a): difference 0, p-value 1', ({ scale, answers }) => {
    const r = compareCes(answers, answers, { scale });
    expect(r.difference).toBe(0);
    expect(r.pValue).toBe(1);
  });

  /** NPS counts whose answers all fall in one group: their Wald variance is 0. */
  const pure = (c: { promoters: number; passives: number; detractors: number }) =>
    [c.promoters, c.passives, c.detractors].filter((x) => x > 0).length === 1;

  /** Counts with every answer in one group. */
  const pureCounts = fc
    .tuple(fc.constantFrom('promoters', 'passives', 'detractors'), fc.integer({ min: 1, max: 500 }))
    .map(([group, n]) => ({ promoters: 0, passives: 0, detractors: 0, [group]: n }));

  test.prop([pureCounts, pureCounts])('samples without spread and different scores cannot be tested, either way round (NPS)', (a, b) => {
    fc.pre(nps(a) !== nps(b));
    expect(() => compareNps(a, b)).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => compareNps(b, a)).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  test.prop([npsCounts, npsCounts])('swapping a and b flips the sign only (NPS)', (a, b) => {
    fc.pre(!(pure(a) && pure(b) && nps(a) !== nps(b)));
    const ab = compareNps(a, b);
    const ba = compareNps(b, a);
    expect(ba.difference === -ab.difference).toBe(true);
    expect(ba.statistic === -ab.statistic).toBe(true);
    expect(ba.pValue).toBe(ab.pValue);
    expect(ba.standardError).toBe(ab.standardError);
    expect(ba.lower).toBeCloseTo(-ab.upper, 9);
    expect(ba.upper).toBeCloseTo(-ab.lower, 9);
  });

  test.prop([csatCounts, csatCounts])('swapping a and b flips the sign only (CSAT)', (a, b) => {
    const ab = compareCsat(a, b);
    const ba = compareCsat(b, a);
    expect(ba.difference === -ab.difference).toBe(true);
    expect(ba.statistic).toBeCloseTo(-ab.statistic, 9);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
  });

  test.prop([cesCase, cesCase.map((c) => c.answers)])('swapping a and b flips the sign only (CES)', ({ scale, answers }, other) => {
    const b = other.map((v) => Math.min(scale.max, Math.max(scale.min, v)));
    fc.pre(b.length >= 2);
    const constant = (xs: readonly number[]) => xs.every((x) => x === xs[0]);
    if (constant(answers) && constant(b) && answers[0] !== b[0]) {
      // neither sample varies and the means differ: the test is undefined either way round
      expect(() => compareCes(answers, b, { scale })).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
      expect(() => compareCes(b, answers, { scale })).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
      return;
    }
    const ab = compareCes(answers, b, { scale });
    const ba = compareCes(b, answers, { scale });
    expect(ba.difference === -ab.difference).toBe(true);
    expect(ba.degreesOfFreedom).toBeCloseTo(ab.degreesOfFreedom, 9);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
  });

  test.prop([npsCounts, npsCounts])('p-values lie in [0, 1] and bounds within ±200', (a, b) => {
    const r = compareNps(a, b);
    expect(r.pValue).toBeGreaterThanOrEqual(0);
    expect(r.pValue).toBeLessThanOrEqual(1);
    expect(r.lower).toBeGreaterThanOrEqual(-200);
    expect(r.upper).toBeLessThanOrEqual(200);
  });
});

describe('weights all equal to 1 give the unweighted result', () => {
  const ones = (n: number) => Array<number>(n).fill(1);

  test.prop([npsAnswers])('NPS, its summary and its interval', (answers) => {
    const weights = ones(answers.length);
    expect(nps(answers, { weights })).toBe(nps(answers));
    expect(npsSummary(answers, { weights })).toStrictEqual(npsSummary(answers));
    expect(npsInterval(answers, { weights })).toStrictEqual(npsInterval(answers));
  });

  test.prop([scaleAndAnswers])('CSAT, its summary and its interval', ({ scale, answers }) => {
    const weights = ones(answers.length);
    expect(csat(answers, { scale, weights })).toBe(csat(answers, { scale }));
    expect(csatSummary(answers, { scale, weights })).toStrictEqual(csatSummary(answers, { scale }));
    expect(csatInterval(answers, { scale, weights })).toStrictEqual(csatInterval(answers, { scale }));
  });

  test.prop([cesCase])('CES, its summary and its interval', ({ scale, answers }) => {
    const weights = ones(answers.length);
    expect(ces(answers, { scale, weights })).toBe(ces(answers, { scale }));
    expect(cesSummary(answers, { scale, weights })).toStrictEqual(cesSummary(answers, { scale }));
    expect(cesInterval(answers, { scale, weights })).toStrictEqual(cesInterval(answers, { scale }));
  });

  test.prop([npsAnswers, fc.double({ min: 0.01, max: 100, noNaN: true })])('scaling every weight by a constant changes no score', (answers, k) => {
    const weights = ones(answers.length).map(() => k);
    expect(nps(answers, { weights })).toBeCloseTo(nps(answers), 9);
    expect(npsInterval(answers, { weights }).effectiveSize).toBeCloseTo(answers.length, 9);
  });
});

describe('bad statistics input throws MetricError', () => {
  const badConfidence = fc.oneof(
    fc.double({ noNaN: false }).filter((c) => !(c > 0 && c < 1)),
    fc.constantFrom('0.95', null, true, {}),
  );
  test.prop([badConfidence])('any confidence outside (0, 1)', (confidence) => {
    for (const f of [
      () => npsInterval([9], { confidence } as never),
      () => csatInterval([5], { confidence } as never),
      () => cesInterval([5, 6], { confidence } as never),
      () => compareNps([9], [9], { confidence } as never),
      () => compareCsat([5], [5], { confidence } as never),
      () => compareCes([5, 6], [5, 6], { confidence } as never),
    ]) {
      expect(f).toThrow(MetricError);
      expect(f).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });

  const badWeights = fc.oneof(
    fc.array(fc.double({ min: -1e6, max: -1e-9, noNaN: true }), { minLength: 1, maxLength: 1 }).map((w) => ({ w, at: 'negative' })),
    fc.constantFrom(NaN, Infinity, -Infinity, '1', null).map((v) => ({ w: [v], at: 'value' })),
  );
  test.prop([answersOn({ min: 0, max: 10 }, 20), badWeights, fc.nat()])('a bad weight anywhere', (answers, { w }, at) => {
    const weights: unknown[] = Array<number>(answers.length).fill(1);
    weights[at % answers.length] = w[0];
    const call = () => npsInterval(answers, { weights: weights as never });
    expect(call).toThrow(MetricError);
    expect(call).toThrow(expect.objectContaining({ code: 'INVALID_WEIGHTS', details: { fn: 'npsInterval', index: at % answers.length } }));
  });

  test.prop([answersOn({ min: 0, max: 10 }, 20), fc.integer({ min: 0, max: 30 })])('weights of the wrong length', (answers, length) => {
    fc.pre(length !== answers.length);
    expect(() => nps(answers, { weights: Array<number>(length).fill(1) })).toThrow(expect.objectContaining({ code: 'INVALID_WEIGHTS' }));
  });
});
