import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedAverageValue,
  MetricError,
} from '../../src/index.js';

const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const bgNbdParams = fc.record({ r: positive(0.05, 5), alpha: positive(0.1, 50), a: positive(0.05, 5), b: positive(0.05, 10) }).filter((p) => Math.abs(p.a - 1) > 1e-3);
/** A consistent history: x = 0 with recency 0, or x ≥ 1 with 0 < recency ≤ T. */
const history = fc
  .tuple(fc.nat(40), positive(0.01, 100), fc.double({ min: 0.001, max: 1, noNaN: true }))
  .map(([x, T, share]) => ({ frequency: x, recency: x === 0 ? 0 : T * share, T }));

describe('BG/NBD predictions', () => {
  test.prop([bgNbdParams, history])('P(alive) lies in (0, 1], and is 1 without repeat purchases', (params, customer) => {
    const p = bgNbdProbabilityAlive(params, customer);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
    if (customer.frequency === 0) expect(p).toBe(1);
  });

  test.prop([bgNbdParams, history, positive(0, 200), positive(0, 200)])(
    'expected purchases are ≥ 0 and do not decrease with the horizon',
    (params, customer, t1, t2) => {
      const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
      const a = bgNbdExpectedPurchases(params, customer, short);
      const b = bgNbdExpectedPurchases(params, customer, long);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThanOrEqual(a - 1e-9 * Math.max(1, a));
    },
  );
});

describe('Gamma-Gamma predictions', () => {
  test.prop([fc.record({ p: positive(0.1, 20), q: positive(1.05, 20), v: positive(0.1, 100) }), fc.integer({ min: 1, max: 100 }), positive(0.01, 1000)])(
    "E[M] lies between the population mean pv/(q − 1) and the customer's own mean",
    (params, frequency, monetaryValue) => {
      const expected = gammaGammaExpectedAverageValue(params, { frequency, monetaryValue });
      const population = (params.p * params.v) / (params.q - 1);
      const lo = Math.min(population, monetaryValue);
      const hi = Math.max(population, monetaryValue);
      expect(expected).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
      expect(expected).toBeLessThanOrEqual(hi * (1 + 1e-12));
    },
  );
});

describe('fits', () => {
  const smallSet = fc.array(history, { minLength: 5, maxLength: 30 });

  test.prop([smallSet], { numRuns: 20 })('a fit is the same for any order of the customers, or throws NOT_CONVERGED for both', (customers) => {
    const run = (list: typeof customers) => {
      try {
        return fitBgNbd(list);
      } catch (error) {
        expect(error).toBeInstanceOf(MetricError);
        expect((error as MetricError).code).toBe('NOT_CONVERGED');
        return undefined;
      }
    };
    const a = run(customers);
    const b = run([...customers].reverse());
    if (a && b) expect(b.logLikelihood).toBeCloseTo(a.logLikelihood, 5);
  });

  const badHistory = fc.oneof(
    fc.record({ frequency: fc.integer({ min: 1, max: 5 }), recency: positive(10.001, 20), T: positive(1, 10) }),
    fc.record({ frequency: fc.double({ min: 0.01, max: 9.99, noNaN: true }).filter((v) => !Number.isInteger(v)), recency: fc.constant(1), T: fc.constant(2) }),
    fc.record({ frequency: fc.integer({ min: -5, max: -1 }), recency: fc.constant(0), T: fc.constant(2) }),
    fc.record({ frequency: fc.constant(0), recency: positive(0.001, 1), T: fc.constant(2) }),
    fc.record({ frequency: fc.constant(1), recency: fc.constantFrom(NaN, Infinity), T: fc.constant(2) }),
    fc.anything().filter((v) => v === null || typeof v !== 'object'),
  );
  test.prop([fc.array(history, { maxLength: 5 }), badHistory, fc.nat()])('every bad history throws MetricError with its index', (good, bad, at) => {
    const customers: unknown[] = [...good];
    const index = at % (good.length + 1);
    customers.splice(index, 0, bad);
    try {
      fitBgNbd(customers as never);
      expect.unreachable('a bad history was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(MetricError);
      expect((error as MetricError).details.index).toBe(index);
    }
  });

  test.prop([fc.array(fc.record({ frequency: fc.integer({ min: 1, max: 9 }), monetaryValue: positive(1, 100) }), { maxLength: 5 }), fc.nat()])(
    'Gamma-Gamma refuses a customer without repeat purchases anywhere in the list',
    (buyers, at) => {
      const customers: unknown[] = [...buyers];
      const index = at % (buyers.length + 1);
      customers.splice(index, 0, { frequency: 0, monetaryValue: 0 });
      expect(() => fitGammaGamma(customers as never)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', details: { fn: 'fitGammaGamma', index } }));
    },
  );
});
