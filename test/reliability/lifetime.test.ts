/**
 * The lifetime models at extreme times, counts and parameters (issue: "never
 * NaN, never a hang"): each repro of the fuzz run gives a finite answer or a
 * MetricError with a documented code, naming the function called, within
 * the bound.
 */
import { describe, expect, test } from 'vitest';
import {
  bgBbProbabilityOfPurchases,
  bdwSurvival,
  bgBbExpectedPurchases,
  bgBbProbabilityAlive,
  bgNbdExpectedPurchases,
  bgNbdPopulationExpectedPurchases,
  bgNbdProbabilityOfPurchases,
  fitBgBb,
  fitBgNbd,
  fitGammaGamma,
  fitMbgNbd,
  fitParetoNbd,
  gammaGammaExpectedAverageValue,
  mbgNbdExpectedPurchases,
  mbgNbdPopulationExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdPopulationExpectedPurchases,
  probabilisticLifetimeValue,
  trackingTable,
  type MetricError,
} from '../../src/index.js';
import { hypergeometricWork } from '../../src/_lib/hypergeometric.js';
import { metricErrorOf } from '../helpers.js';
import { readDonations } from '../lifetime/donations.js';
import { boundedOutcome, expectFinite, expectFiniteOrMetricError, FIRST_CALL_BOUND_MS } from './bounded.js';

const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const mbgNbd = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
const bgBb = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const customer = { frequency: 2, recency: 30.43, T: 38.86 };
const options = {
  bgNbd,
  gammaGamma: { p: 6.25, q: 3.74, v: 15.44 },
  customer: { ...customer, monetaryValue: 22.35 },
  months: 12,
  monthlyDiscountRate: 0,
  timeUnitsPerMonth: 4.345,
};
const fitCustomers = [
  { frequency: 0, recency: 0, T: 30 },
  { frequency: 1, recency: 2, T: 30 },
  { frequency: 2, recency: 5, T: 30 },
  { frequency: 3, recency: 27, T: 28 },
];
const spends = [
  { frequency: 2, monetaryValue: 22.35 },
  { frequency: 1, monetaryValue: 11.77 },
  { frequency: 7, monetaryValue: 73.74 },
  { frequency: 1, monetaryValue: 11.77 },
];

/** The MetricError `f` throws within the bound; fails the test on a result, a foreign error or a hang. */
function boundedError(f: () => unknown): MetricError {
  const outcome = boundedOutcome(f);
  if ('result' in outcome) throw new Error(`expected a MetricError, got the result ${String(outcome.result)}`);
  return outcome.error;
}

describe('bounded cost: documented maxima, refused with OUT_OF_RANGE and the limit', () => {
  test('probabilisticLifetimeValue refuses months above 1,200 at once, naming the limit', () => {
    const error = boundedError(() => probabilisticLifetimeValue({ ...options, months: 2147483648000 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^probabilisticLifetimeValue: option months 2147483648000 is above 1200/);
  });

  test('probabilisticLifetimeValue adds up 1,200 months within the bound', () => {
    const outcome = boundedOutcome(() => probabilisticLifetimeValue({ ...options, months: 1200 }));
    expect('result' in outcome && outcome.result > probabilisticLifetimeValue(options)).toBe(true);
  });

  test('probabilisticLifetimeValue over 1,200 months of 1e8 time units each ends well within the bound: ₂F₁ near z = 1 is summed in 1 − z', () => {
    // each month's ₂F₁ at z within 1e-9 of 1 took up to 1,000,000 terms: 0.7 s here; in 1 − z, some 50 ms
    const outcome = boundedOutcome(() => probabilisticLifetimeValue({ ...options, months: 1200, timeUnitsPerMonth: 1e8 }), 300);
    expect('result' in outcome && Number.isFinite(outcome.result) && outcome.result > probabilisticLifetimeValue({ ...options, months: 1200 })).toBe(true);
  });

  test('fitBgBb refuses a history of more than 10,000 opportunities, naming its index and the limit', () => {
    const error = boundedError(() => fitBgBb([{ frequency: 0, recency: 0, periods: 6, count: 35 }, { frequency: 2, recency: 4, periods: 8.64e15, count: 6 }]));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.details.index).toBe(1);
    expect(error.message).toMatch(/^fitBgBb: customers\[1\]\.periods 8640000000000000 is above 10000/);
  });

  test('fitBgBb of 111,040 rows, the donors spelled out ten times over, fits their 22 patterns once each: the fit of the counts, in time', () => {
    const donors = readDonations().flatMap(({ count, ...history }) => Array.from({ length: count }, () => history));
    const rows = Array.from({ length: 10 }, () => donors).flat();
    expect(rows).toHaveLength(111_040);
    const outcome = boundedOutcome(() => fitBgBb(rows));
    const counted = fitBgBb(readDonations().map((p) => ({ ...p, count: 10 * p.count })));
    expect('result' in outcome).toBe(true);
    if (!('result' in outcome)) return;
    for (const key of ['alpha', 'beta', 'gamma', 'delta'] as const) {
      expect(Math.abs(outcome.result[key] - counted[key])).toBeLessThanOrEqual(1e-9 * counted[key]);
    }
    expect(Math.abs(outcome.result.logLikelihood - counted.logLikelihood)).toBeLessThanOrEqual(1e-12 * Math.abs(counted.logLikelihood));
  });

  test('fitGammaGamma of 100,000 customers takes its Gamma functions once per distinct frequency: the fit of 250 copies of 400 customers, in time', () => {
    // 400 customers of 12 frequencies, spends from a fixed generator; the same fit however often they repeat
    let seed = 7;
    const draw = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const few = Array.from({ length: 400 }, (_, i) => ({ frequency: 1 + Math.floor(draw() * 12), monetaryValue: (5 + draw() * 80) * (1 + (i % 7)) }));
    const many = Array.from({ length: 250 }, () => few).flat();
    const outcome = boundedOutcome(() => fitGammaGamma(many));
    expect('result' in outcome).toBe(true);
    if (!('result' in outcome)) return;
    const once = fitGammaGamma(few);
    for (const key of ['p', 'q', 'v'] as const) expect(Math.abs(outcome.result[key] / once[key] - 1)).toBeLessThan(1e-6);
  });

  test('bgBbProbabilityAlive refuses periods above 10,000 rather than allocating a table as long', () => {
    const error = boundedError(() => bgBbProbabilityAlive(bgBb, { frequency: 6, recency: 6, periods: 2147483648000 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^bgBbProbabilityAlive: customer\.periods 2147483648000 is above 10000/);
  });

  test('bgBbExpectedPurchases refuses k above 10,000 and sums up to it within the bound', () => {
    const error = boundedError(() => bgBbExpectedPurchases(bgBb, { frequency: 6, recency: 6, periods: 6 }, 1e15));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^bgBbExpectedPurchases: k 1000000000000000 is above 10000/);
    const far = boundedOutcome(() => bgBbExpectedPurchases(bgBb, { frequency: 6, recency: 6, periods: 6 }, 10000));
    const near = bgBbExpectedPurchases(bgBb, { frequency: 6, recency: 6, periods: 6 }, 5000);
    // more opportunities, more expected transactions; at most one per opportunity
    expect('result' in far && far.result > near && far.result < 10000).toBe(true);
  });

  test('bgBbProbabilityOfPurchases at x = 5,000 of n = 10,000 ends well within the bound: its sum over i costs O(n), not O(n²)', () => {
    // the sum recomputed C(i, x) term by term for every i: 0.4 s here; the running ln C(i, x) takes some 20 ms
    const outcome = boundedOutcome(() => bgBbProbabilityOfPurchases(bgBb, 5000, 10000), 150);
    expect('result' in outcome && outcome.result > 0 && outcome.result < 1).toBe(true);
  });

  test('bgBbProbabilityOfPurchases sums to 1 over x = 0..n at n = 2,000, where the running ln C(i, x) takes 2,000 steps', () => {
    let sum = 0;
    for (let x = 0; x <= 2000; x++) sum += bgBbProbabilityOfPurchases(bgBb, x, 2000);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-10);
  });

  test('bgNbdProbabilityOfPurchases of 8.64e15 purchases by t = 39 is 0, in the time of a small n', () => {
    const outcome = boundedOutcome(() => bgNbdProbabilityOfPurchases(bgNbd, 8.64e15, 39), 100);
    expect(outcome).toStrictEqual({ result: 0 });
  });

  test('bgNbdProbabilityOfPurchases beyond 1,000 purchases (ln B) continues the term-by-term values below it', () => {
    // r = 1000, α = 1, t = 1: about 500 purchases expected of a customer still active; P(X = n) falls smoothly with n
    const params = { r: 1000, alpha: 1, a: 1, b: 1000 };
    const below = bgNbdProbabilityOfPurchases(params, 1000, 1);
    const above = bgNbdProbabilityOfPurchases(params, 1001, 1);
    // NB(n + 1)/NB(n) = (r + n)/(n + 1) · t/(α + t) = 2000/1001 · ½, and the dropout terms move by far less
    expect(above / below).toBeGreaterThan(0.99);
    expect(above / below).toBeLessThan(1.01);
  });

  test('fitBgNbd with a frequency of 1,000,000 ends within the bound', () => {
    expectFiniteOrMetricError(() => fitBgNbd([...fitCustomers, { frequency: 1e6, recency: 20, T: 30 }]));
  });

  test('fitBgNbd with a frequency of 2^53 − 1 ends within the bound, without a table as long as it', () => {
    expectFiniteOrMetricError(() => fitBgNbd([...fitCustomers, { frequency: 2 ** 53 - 1, recency: 20, T: 30 }]));
  });

  test('fitMbgNbd with a frequency of 2^41 ends within the bound with a MetricError or a finite fit', () => {
    expectFiniteOrMetricError(() => fitMbgNbd([...fitCustomers, { frequency: 2 ** 41, recency: 20, T: 30 }]));
  });
});

describe('fitParetoNbd: a budget of ₂F₁ integrand evaluations per fit', () => {
  // parameters run to extremes here (α near 1e-313, r or s near 0), where each ₂F₁ integral has a spike of
  // width 1 − z near 1e-54 at t = 1: the fit made 30 million evaluations and took 4–9 s before it failed anyway
  test.each([1e-300, 5e-324])('a recency of %s with several purchases ends NOT_CONVERGED within the bound, naming the budget', (recency) => {
    const customers = [
      { frequency: 3, recency, T: 10 },
      { frequency: 0, recency: 0, T: 10 },
      { frequency: 1, recency: 5, T: 10 },
    ];
    const error = boundedError(() => fitParetoNbd(customers));
    expect(error.code).toBe('NOT_CONVERGED');
    // three distinct histories: 1,000,000 + 3 × 20,000
    expect(error.message).toMatch(/^fitParetoNbd: the fit stopped after 1060000 evaluations of the ₂F₁ integrals at parameters r = /);
  });

  test('a fit whose z come near 1 on every history (α = 500, β = 2, T = 100) uses the integrals and converges within its budget', () => {
    // 1,000 customers drawn from the Pareto/NBD (r = 2, α = 500, s = 0.3, β = 2) over 100 periods
    let seed = 3;
    const uniform = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    const gamma = (k: number): number => {
      // Marsaglia and Tsang's method; for k < 1, Gamma(k + 1) × U^(1/k)
      if (k < 1) return gamma(k + 1) * Math.pow(uniform(), 1 / k);
      const d = k - 1 / 3;
      const c = 1 / Math.sqrt(9 * d);
      for (;;) {
        let x: number;
        let v: number;
        do {
          x = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        if (Math.log(uniform()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
      }
    };
    const customers = Array.from({ length: 1000 }, () => {
      const lambda = gamma(2) / 500;
      const mu = gamma(0.3) / 2;
      const lifetime = -Math.log(uniform()) / mu;
      let t = 0;
      let frequency = 0;
      let recency = 0;
      for (;;) {
        t += -Math.log(uniform()) / lambda;
        if (t > Math.min(lifetime, 100)) break;
        frequency++;
        recency = t;
      }
      return { frequency, recency, T: 100 };
    });
    // near these parameters z = |α − β| / (max(α, β) + t) comes above 0.99, where ₂F₁ is integrated, not summed:
    // the count of integrand evaluations below shows the fit went through the integrals
    const before = hypergeometricWork();
    const outcome = boundedOutcome(() => fitParetoNbd(customers), FIRST_CALL_BOUND_MS);
    expect('error' in outcome ? outcome.error.message : 'a fit').toBe('a fit');
    const evaluations = hypergeometricWork() - before;
    expect(evaluations).toBeGreaterThan(0);
    expect(evaluations).toBeLessThan(1e6 + 2e4 * 1000);
    if ('result' in outcome) {
      expectFinite(outcome.result);
      expect(outcome.result.alpha).toBeGreaterThan(100);
    }
  });
});

describe('the fits sum long gaps between frequencies in closed form, to the same log-likelihood', () => {
  // the BG/NBD log-likelihood of the paper, with ln Γ(r + x) − ln Γ(r) and the Beta ratio summed term by term
  function logLikelihood(customers: readonly { frequency: number; recency: number; T: number }[], r: number, alpha: number, a: number, b: number): number {
    let total = 0;
    for (const { frequency: x, recency, T } of customers) {
      let lnRatio = 0;
      for (let j = 0; j < x; j++) lnRatio += Math.log(r + j) + Math.log(b + j) - Math.log(a + b + j);
      const a3 = -(r + x) * Math.log(alpha + T);
      const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency) : -Infinity;
      const top = Math.max(a3, a4);
      total += lnRatio + r * Math.log(alpha) + top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
    }
    return total;
  }

  test('fitBgNbd with frequencies 0–6 and 300 (a gap of 294) reports the log-likelihood of its parameters', () => {
    const customers = [
      { frequency: 0, recency: 0, T: 30 }, { frequency: 0, recency: 0, T: 30 },
      { frequency: 0, recency: 0, T: 28 }, { frequency: 0, recency: 0, T: 26 },
      { frequency: 1, recency: 2, T: 30 }, { frequency: 1, recency: 20, T: 29 },
      { frequency: 2, recency: 5, T: 30 }, { frequency: 3, recency: 27, T: 28 },
      { frequency: 5, recency: 8, T: 30 }, { frequency: 6, recency: 29, T: 30 },
      { frequency: 300, recency: 29, T: 30 },
    ];
    const fit = fitBgNbd(customers);
    const expected = logLikelihood(customers, fit.r, fit.alpha, fit.a, fit.b);
    expect(Math.abs(fit.logLikelihood - expected)).toBeLessThan(1e-9 * Math.abs(expected));
  });
});

describe('finite results at extreme times and parameters, or a MetricError naming the function', () => {
  test('gammaGammaExpectedAverageValue with p = 1.79e308 is its limit (v + x m̄)/x = 65', () => {
    expect(gammaGammaExpectedAverageValue({ p: 1.79e308, q: 4, v: 15 }, { frequency: 1, monetaryValue: 50 })).toBe(65);
  });

  test('gammaGammaExpectedAverageValue refuses a population mean pv/(q − 1) beyond the double range (NOT_FINITE)', () => {
    const error = metricErrorOf(() => gammaGammaExpectedAverageValue({ p: 1.79e308, q: 4, v: 15 }, { frequency: 0, monetaryValue: 0 }));
    expect(error.code).toBe('NOT_FINITE');
    expect(error.message).toMatch(/^gammaGammaExpectedAverageValue: the expected average value overflows/);
  });

  // ₂F₁ at z within 1e-307 of 1, summed in 1 − z (A&S 15.3.6): the values of mpmath 1.3.0 at 700 digits
  test('bgNbdExpectedPurchases at t = 1e308 is its value, 3.335596438459482e+64 (mpmath), where the series in z could not be summed', () => {
    const outcome = boundedOutcome(() => bgNbdExpectedPurchases(bgNbd, customer, 1e308));
    expect('result' in outcome && Math.abs(outcome.result / 3.335596438459482e+64 - 1) < 1e-12).toBe(true);
  });

  test('bgNbdPopulationExpectedPurchases with tiny parameters at t = 1e15 is OUT_OF_RANGE, naming them', () => {
    const error = boundedError(() => bgNbdPopulationExpectedPurchases({ r: 1e-10, alpha: 1e-10, a: 1e-10, b: 1e-10 }, 1e15));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^bgNbdPopulationExpectedPurchases: .* r = 1e-10, alpha = 1e-10/);
  });

  test('probabilisticLifetimeValue with r = 1e15 is a MetricError naming probabilisticLifetimeValue', () => {
    const error = boundedError(() => probabilisticLifetimeValue({ ...options, bgNbd: { ...bgNbd, r: 1e15 } }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^probabilisticLifetimeValue: the expected number of purchases by month 1 /);
  });

  test('mbgNbdExpectedPurchases refuses a frequency above 2^53 − 1 (OUT_OF_RANGE)', () => {
    const error = metricErrorOf(() => mbgNbdExpectedPurchases(mbgNbd, { frequency: 1.7976931348623157e+308, recency: 30.43, T: 38.86 }, 39));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^mbgNbdExpectedPurchases: customer\.frequency 1\.7976931348623157e\+308 is above 2\^53 − 1/);
  });

  test('mbgNbdPopulationExpectedPurchases with alpha = 1e-300 at t = 78, and at t = 1.79e308, is its value (mpmath at 700 digits)', () => {
    // a < 1: the expected purchases grow without bound as t/α does, like (t/α)^(1 − a)
    const tiny = boundedOutcome(() => mbgNbdPopulationExpectedPurchases({ ...mbgNbd, alpha: 1e-300 }, 78));
    expect('result' in tiny && Math.abs(tiny.result / 9.231079377757176e+33 - 1) < 1e-12).toBe(true);
    const far = boundedOutcome(() => mbgNbdPopulationExpectedPurchases(mbgNbd, 1.79e308));
    expect('result' in far && Math.abs(far.result / 3.7353769649590417e+34 - 1) < 1e-12).toBe(true);
  });

  test('paretoNbdExpectedPurchases with beta = 1e308 is its limit without dropout, (r + x) t/(α + T)', () => {
    const value = paretoNbdExpectedPurchases({ r: 0.553, alpha: 10.578, s: 0.606, beta: 1e308 }, { frequency: 5, recency: 36, T: 38.86 }, 52);
    const limit = ((0.553 + 5) * 52) / (10.578 + 38.86);
    expect(Math.abs(value / limit - 1)).toBeLessThan(1e-12);
  });

  test('paretoNbdPopulationExpectedPurchases is NOT_FINITE where the mean purchase rate r/α is beyond the double range', () => {
    for (const params of [{ r: 0.553, alpha: 5e-324, s: 0.606, beta: 11.669 }, { r: 1.79e308, alpha: 10.578, s: 0.606, beta: 11.669 }]) {
      const error = metricErrorOf(() => paretoNbdPopulationExpectedPurchases(params, 52));
      expect(error.code).toBe('NOT_FINITE');
      expect(error.message).toMatch(/^paretoNbdPopulationExpectedPurchases: the expected number of purchases overflows/);
    }
  });

  test('paretoNbdPopulationExpectedPurchases with beta = 1e308 is its limit r t/α', () => {
    const value = paretoNbdPopulationExpectedPurchases({ r: 0.553, alpha: 10.578, s: 0.606, beta: 1e308 }, 52);
    expect(Math.abs(value / ((0.553 * 52) / 10.578) - 1)).toBeLessThan(1e-12);
  });

  test('bdwSurvival with a subnormal alpha is 1: θ is 0 for nearly every customer', () => {
    expect(bdwSurvival({ alpha: 5e-324, beta: 1, c: 1 }, 3)).toBe(1);
  });

  test('bdwSurvival where t^c overflows: ln B(α, β + t^c) by its limit ln Γ(α) − α c ln t', () => {
    // α = β = 1: S(t) = 1/(1 + t^c), 0 to double precision for c = 1e200
    expect(bdwSurvival({ alpha: 1, beta: 1, c: 1e200 }, 3)).toBe(0);
    // α = 1e-300: S = Γ(α + β)/(Γ(β) Γ(α)) · Γ(α) (t^c)^−α ≈ e^(−α c ln 3) = e^(−1.1e-100), 1 to double precision
    expect(bdwSurvival({ alpha: 1e-300, beta: 1, c: 1e200 }, 3)).toBe(1);
  });

  test('trackingTable with a tiny alpha is a finite table: E[X(t)] at α = 1e-6 is 76.409…, 89.770…, 98.527… at t = 1, 2, 3 (mpmath)', () => {
    const outcome = boundedOutcome(() => trackingTable('bg-nbd', { ...bgNbd, alpha: 0.000001 }, [{ T: 4, repeatTimes: [0.5, 3.2] }, { T: 2, repeatTimes: [] }], { periods: 6 }));
    expect('result' in outcome).toBe(true);
    if ('result' in outcome) expectFinite(outcome.result);
    const expected = [76.40938282153571, 89.76980355807308, 98.5272793301041];
    for (const [i, value] of expected.entries()) expect(Math.abs(bgNbdPopulationExpectedPurchases({ ...bgNbd, alpha: 0.000001 }, i + 1) / value - 1)).toBeLessThan(1e-12);
  });

  test('trackingTable refuses more than 100,000 periods', () => {
    const error = metricErrorOf(() => trackingTable('bg-nbd', bgNbd, [{ T: 4, repeatTimes: [0.5, 3.2] }], { periods: 8.64e15 }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toMatch(/^trackingTable: option periods 8640000000000000 is above 100000/);
  });

  test('fitGammaGamma with a frequency of 1e308 is a MetricError, not a log-likelihood of −Infinity reported as a fit', () => {
    expect(metricErrorOf(() => fitGammaGamma([...spends, { frequency: 1e308, monetaryValue: 11.77 }])).code).toBe('OUT_OF_RANGE');
  });
});

describe('only MetricError, naming the function called', () => {
  test('fitBgNbd and fitParetoNbd refuse a frequency of 2^53 (OUT_OF_RANGE, naming the index), not a RangeError', () => {
    for (const [name, fit] of [['fitBgNbd', fitBgNbd], ['fitParetoNbd', fitParetoNbd]] as const) {
      const error = metricErrorOf(() => fit([...fitCustomers, { frequency: 2 ** 53, recency: 20, T: 30 }]));
      expect(error.code).toBe('OUT_OF_RANGE');
      expect(error.details.index).toBe(4);
      expect(error.message).toMatch(new RegExp(`^${name}: customers\\[4\\]\\.frequency 9007199254740992 is above 2\\^53 − 1`));
    }
  });

  test('fitGammaGamma({ length: 1e10 }) throws INVALID_TYPE, not a RangeError', () => {
    expect(metricErrorOf(() => fitGammaGamma({ length: 1e10 } as never)).code).toBe('INVALID_TYPE');
  });

  test('an error inside probabilisticLifetimeValue names probabilisticLifetimeValue, not the model that found it', () => {
    const error = metricErrorOf(() => probabilisticLifetimeValue({ ...options, gammaGamma: { p: 6.25, q: -1, v: 15.44 } }));
    expect(error.details.fn).toBe('probabilisticLifetimeValue');
    expect(error.message).toMatch(/^probabilisticLifetimeValue: /);
  });

  test('an overflowing expected spend inside probabilisticLifetimeValue names probabilisticLifetimeValue', () => {
    const error = metricErrorOf(() =>
      probabilisticLifetimeValue({ ...options, gammaGamma: { p: 1.79e308, q: 4, v: 15 }, customer: { frequency: 0, recency: 0, T: 38.86, monetaryValue: 0 } }),
    );
    expect(error.code).toBe('NOT_FINITE');
    expect(error.message).toMatch(/^probabilisticLifetimeValue: the expected average value overflows/);
  });
});
