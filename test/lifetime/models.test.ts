/**
 * BG/NBD and Gamma-Gamma predictions against their definitions: worked
 * arithmetic, limits, and a seeded simulation of the BG/NBD story.
 */
import { describe, expect, test } from 'vitest';
import {
  bgNbdExpectedPurchases,
  bgNbdPopulationExpectedPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedAverageValue,
  MetricError,
  probabilisticLifetimeValue,
} from '../../src/index.js';
import { mulberry32 } from '../../examples/lib/random.mjs';

const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('bgNbdProbabilityAlive', () => {
  test('1 / (1 + a/(b + x − 1) · ((α + T)/(α + tₓ))^(r+x)): r 2, α 3, a ½, b 1.5, x 1, tₓ 2, T 5 gives 3/7.096', () => {
    const p = bgNbdProbabilityAlive({ r: 2, alpha: 3, a: 0.5, b: 1.5 }, { frequency: 1, recency: 2, T: 5 });
    expect(p).toBeCloseTo(3 / 7.096, 14);
  });

  test('a customer without repeat purchases is alive for sure', () => {
    expect(bgNbdProbabilityAlive(cdnow, { frequency: 0, recency: 0, T: 30 })).toBe(1);
  });

  test('a = 1 is allowed here (only the expectations divide by a − 1)', () => {
    expect(bgNbdProbabilityAlive({ ...cdnow, a: 1 }, { frequency: 0, recency: 0, T: 1 })).toBe(1);
    expect(() => bgNbdPopulationExpectedPurchases({ ...cdnow, a: 1 }, 1)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('bgNbdPopulationExpectedPurchases', () => {
  test('starts at rate r/α: E[X(t)] ≈ r t/α for small t', () => {
    const t = 1e-6;
    expect(bgNbdPopulationExpectedPurchases(cdnow, t) / t).toBeCloseTo(0.243 / 4.414, 6);
  });

  test('equals the conditional expectation of a customer seen at the start (x = 0, T = 0)', () => {
    for (const t of [1, 10, 52]) {
      expect(bgNbdExpectedPurchases(cdnow, { frequency: 0, recency: 0, T: 0 }, t)).toBeCloseTo(
        bgNbdPopulationExpectedPurchases(cdnow, t),
        12,
      );
    }
  });

  test('agrees with a seeded simulation of the BG/NBD story (200,000 customers, t = 39)', () => {
    // λ ~ Gamma(r, α) purchases per week, p ~ Beta(a, b); after each purchase
    // the customer drops out with probability p; count purchases in (0, 39].
    const random = mulberry32(2005);
    const n = 200_000;
    let total = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const { lambda, p } = drawCustomer(random);
      let t = 0;
      let count = 0;
      for (;;) {
        t += -Math.log(1 - random()) / lambda;
        if (t > 39) break;
        count++;
        if (random() < p) break;
      }
      total += count;
      squares += count * count;
    }
    const mean = total / n;
    const standardError = Math.sqrt((squares / n - mean * mean) / n);
    expect(Math.abs(mean - bgNbdPopulationExpectedPurchases(cdnow, 39))).toBeLessThan(4 * standardError);
  });
});

describe('bgNbdExpectedPurchases', () => {
  test('averaged over simulated histories, it equals the purchases those customers go on to make', () => {
    // Simulate customers from the first purchase to T = 38.86 and on for 39 more weeks; the
    // conditional expectation of each, from its calibration history, must average to the
    // simulated future purchases (the law of total expectation).
    const random = mulberry32(7);
    const T = 38.86;
    const n = 100_000;
    let predicted = 0;
    let future = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const { lambda, p } = drawCustomer(random);
      let t = 0;
      let x = 0;
      let recency = 0;
      let later = 0;
      for (;;) {
        t += -Math.log(1 - random()) / lambda;
        if (t > T + 39) break;
        if (t <= T) {
          x++;
          recency = t;
        } else later++;
        if (random() < p) break;
      }
      future += later;
      squares += later * later;
      predicted += bgNbdExpectedPurchases(cdnow, { frequency: x, recency, T }, 39);
    }
    const mean = future / n;
    const standardError = Math.sqrt((squares / n - mean * mean) / n);
    expect(Math.abs(predicted / n - mean)).toBeLessThan(4 * standardError);
  });

  test('is never below 0, also for a tiny horizon with a near 1 (where rounding could make it so)', () => {
    const params = { r: 0.05, alpha: 0.1, a: 1.001, b: 0.05 };
    expect(bgNbdExpectedPurchases(params, { frequency: 1, recency: 0.0319, T: 31.9 }, 1.776356839400251e-15)).toBeGreaterThanOrEqual(0);
  });

  test('is 0 over no time', () => {
    expect(bgNbdExpectedPurchases(cdnow, { frequency: 3, recency: 20, T: 30 }, 0)).toBe(0);
  });

  test('a frequent, recent buyer expects more than a frequent buyer who went quiet', () => {
    const recent = bgNbdExpectedPurchases(cdnow, { frequency: 5, recency: 37, T: 38 }, 39);
    const quiet = bgNbdExpectedPurchases(cdnow, { frequency: 5, recency: 5, T: 38 }, 39);
    expect(recent).toBeGreaterThan(quiet);
  });

  test('a negative horizon is an error', () => {
    expect(() => bgNbdExpectedPurchases(cdnow, { frequency: 0, recency: 0, T: 1 }, -1)).toThrow(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });
});

describe('gammaGammaExpectedAverageValue', () => {
  const params = { p: 6, q: 4, v: 15 };

  test('p(v + x m̄)/(px + q − 1): x = 3, m̄ = 20 gives 6 · 75 / 21', () => {
    expect(gammaGammaExpectedAverageValue(params, { frequency: 3, monetaryValue: 20 })).toBeCloseTo((6 * 75) / 21, 12);
  });

  test('a customer without repeats gets the population mean pv/(q − 1)', () => {
    expect(gammaGammaExpectedAverageValue(params, { frequency: 0, monetaryValue: 0 })).toBe(30);
  });

  test('q ≤ 1 has no population mean', () => {
    expect(() => gammaGammaExpectedAverageValue({ p: 6, q: 1, v: 15 }, { frequency: 1, monetaryValue: 10 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});

describe('probabilisticLifetimeValue', () => {
  const gammaGamma = { p: 6.25, q: 3.74, v: 15.44 };
  const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };

  test('is Σ E[M] (E[Y(k f)] − E[Y((k − 1) f)]) / (1 + d/100)^k, d = 1% a month', () => {
    const value = gammaGammaExpectedAverageValue(gammaGamma, customer);
    let expected = 0;
    for (let k = 1; k <= 3; k++) {
      const step = bgNbdExpectedPurchases(cdnow, customer, k * 4.345) - bgNbdExpectedPurchases(cdnow, customer, (k - 1) * 4.345);
      expected += (value * step) / 1.01 ** k;
    }
    expect(
      probabilisticLifetimeValue({ bgNbd: cdnow, gammaGamma, customer, months: 3, monthlyDiscountRate: 1, timeUnitsPerMonth: 4.345 }),
    ).toBeCloseTo(expected, 10);
  });

  test('without discounting it is E[M] · E[Y(months · f)]', () => {
    const value = gammaGammaExpectedAverageValue(gammaGamma, customer);
    expect(
      probabilisticLifetimeValue({ bgNbd: cdnow, gammaGamma, customer, months: 12, monthlyDiscountRate: 0, timeUnitsPerMonth: 4.345 }),
    ).toBeCloseTo(value * bgNbdExpectedPurchases(cdnow, customer, 12 * 4.345), 10);
  });

  test('the discount rate is a percentage: 0.01 is 0.01% a month, not guessed to mean 1%', () => {
    const value = gammaGammaExpectedAverageValue(gammaGamma, customer);
    const month = bgNbdExpectedPurchases(cdnow, customer, 4.345);
    expect(
      probabilisticLifetimeValue({ bgNbd: cdnow, gammaGamma, customer, months: 1, monthlyDiscountRate: 0.01, timeUnitsPerMonth: 4.345 }),
    ).toBeCloseTo((value * month) / 1.0001, 10);
  });

  test.each([
    [{ months: 0 }],
    [{ months: 1.5 }],
    [{ months: undefined }],
    [{ monthlyDiscountRate: -1 }],
    [{ monthlyDiscountRate: 101 }],
    [{ monthlyDiscountRate: undefined }],
    [{ timeUnitsPerMonth: 0 }],
    [{ extra: 1 }],
    [{ bgNbd: { ...cdnow, r: -1 } }],
    [{ gammaGamma: { ...gammaGamma, q: 1 } }],
  ])('rejects %j', (bad) => {
    const options = { bgNbd: cdnow, gammaGamma, customer, months: 12, monthlyDiscountRate: 1, timeUnitsPerMonth: 4.345, ...bad };
    expect(() => probabilisticLifetimeValue(options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  test('every error it raises names probabilisticLifetimeValue, also those of the models it calls', () => {
    const options = { bgNbd: cdnow, gammaGamma, customer, months: 12, monthlyDiscountRate: 1, timeUnitsPerMonth: 4.345 };
    for (const bad of [
      { gammaGamma: { p: 6, q: 0.5, v: 15 } },
      { bgNbd: { ...cdnow, a: 1 } },
      { customer: { ...customer, monetaryValue: -1 } },
      { customer: { ...customer, recency: 50 } },
      { customer: null },
      { monthlyDiscountRate: 200 },
    ]) {
      expect(() => probabilisticLifetimeValue({ ...options, ...bad } as never)).toThrow(
        expect.objectContaining({ details: { fn: 'probabilisticLifetimeValue' } }),
      );
    }
  });
});

describe('bad histories throw MetricError naming the customer', () => {
  test.each([
    [{ frequency: 1, recency: 40, T: 39 }, 'INVALID_COUNTS'],
    [{ frequency: -1, recency: 0, T: 39 }, 'INVALID_COUNTS'],
    [{ frequency: 1.5, recency: 3, T: 39 }, 'NOT_INTEGER'],
    [{ frequency: 0, recency: 3, T: 39 }, 'INVALID_COUNTS'],
    [{ frequency: 2, recency: 0, T: 39 }, 'INVALID_COUNTS'],
    [{ frequency: 1, recency: NaN, T: 39 }, 'NOT_FINITE'],
    [{ frequency: 1, recency: 3, T: Infinity }, 'NOT_FINITE'],
    [{ frequency: '1', recency: 3, T: 39 }, 'INVALID_TYPE'],
    [null, 'INVALID_TYPE'],
  ])('%j: %s', (bad, code) => {
    const customers = [{ frequency: 1, recency: 3, T: 39 }, bad];
    expect(() => fitBgNbd(customers as never)).toThrow(MetricError);
    expect(() => fitBgNbd(customers as never)).toThrow(expect.objectContaining({ code, details: { fn: 'fitBgNbd', index: 1 } }));
  });

  test('no customers', () => {
    expect(() => fitBgNbd([])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => fitGammaGamma([])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  test('Gamma-Gamma refuses non-repeat buyers and says to leave them out', () => {
    expect(() => fitGammaGamma([{ frequency: 0, monetaryValue: 0 }])).toThrow(/leave out customers without repeat purchases/);
    expect(() => fitGammaGamma([{ frequency: 2, monetaryValue: -5 }])).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  test('a fit that cannot converge in the iterations allowed throws NOT_CONVERGED with the last parameters and the gradient norm', () => {
    const customers = [
      { frequency: 2, recency: 30, T: 38 },
      { frequency: 0, recency: 0, T: 38 },
      { frequency: 5, recency: 12, T: 38 },
    ];
    expect(() => fitBgNbd(customers, { maxIterations: 1 })).toThrow(expect.objectContaining({ code: 'NOT_CONVERGED' }));
    expect(() => fitBgNbd(customers, { maxIterations: 1 })).toThrow(/last parameters r = .*, gradient norm/);
  });

  test.each([[{ initial: [1, 1, 1] }], [{ initial: [1, 1, 1, 0] }], [{ tolerance: 0 }], [{ maxIterations: 0 }], [{ steps: 3 }]])(
    'bad fit options %j',
    (options) => {
      expect(() => fitBgNbd([{ frequency: 1, recency: 3, T: 39 }], options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
    },
  );
});


/** A customer of the BG/NBD story with the CDNOW parameters: λ ~ Gamma(r, α), p ~ Beta(a, b). */
function drawCustomer(random: () => number): { lambda: number; p: number } {
  const lambda = gammaSample(random, cdnow.r) / cdnow.alpha;
  const g1 = gammaSample(random, cdnow.a);
  return { lambda, p: g1 / (g1 + gammaSample(random, cdnow.b)) };
}

/** Gamma(shape, 1) by Marsaglia & Tsang, with the shape < 1 boost U^(1/shape). */
function gammaSample(random: () => number, shape: number): number {
  if (shape < 1) return gammaSample(random, shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // standard normal by Box–Muller
      x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

describe('customers from any iterable', () => {
  const histories = [
    { frequency: 2, recency: 30, T: 38 },
    { frequency: 0, recency: 0, T: 38 },
    { frequency: 5, recency: 12, T: 38 },
    { frequency: 1, recency: 4, T: 20 },
    { frequency: 0, recency: 0, T: 10 },
    { frequency: 3, recency: 33, T: 35 },
  ];
  function* lazily<T>(values: readonly T[]): Generator<T> {
    yield* values;
  }

  test('a fit from a generator or a Set equals the fit from the array', () => {
    const fit = fitBgNbd(histories);
    expect(fitBgNbd(lazily(histories))).toStrictEqual(fit);
    expect(fitBgNbd(new Set(histories))).toStrictEqual(fit);
    const buyers = [
      { frequency: 2, monetaryValue: 22.35 },
      { frequency: 1, monetaryValue: 11.77 },
      { frequency: 7, monetaryValue: 73.74 },
      { frequency: 2, monetaryValue: 25.55 },
      { frequency: 5, monetaryValue: 47.38 },
    ];
    expect(fitGammaGamma(lazily(buyers))).toStrictEqual(fitGammaGamma(buyers));
  });

  test('a bad history in a generator is named by its position', () => {
    expect(() => fitBgNbd(lazily([...histories, { frequency: 1, recency: 40, T: 39 }]))).toThrow(
      expect.objectContaining({ code: 'INVALID_COUNTS', details: { fn: 'fitBgNbd', index: 6 } }),
    );
  });

  test('customers that are not a list are INVALID_TYPE', () => {
    for (const bad of [5, 'abc', { frequency: 1, recency: 2, T: 3 }, new Float64Array(3), null]) {
      expect(() => fitBgNbd(bad as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
      expect(() => fitGammaGamma(bad as never)).toThrow(expect.objectContaining({ code: 'INVALID_TYPE' }));
    }
  });
});
