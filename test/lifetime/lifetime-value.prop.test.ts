/**
 * Properties of the lifetime-value formulas: their invariants (monotonicity,
 * the amounts path equals the sum path, the finite sum equals its terms),
 * rates and margins read as percentages, and every invalid input throwing a
 * MetricError with the code of its kind.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  averageCustomerLifespan,
  customerLifetimeValue,
  discountedCustomerLifetimeValue,
  historicCustomerLifetimeValue,
  type MetricErrorCode,
  predictiveCustomerLifetimeValue,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

function shuffled<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });
}

/** Values that are not numbers at all. */
const notANumber = fc.oneof(
  fc.string(),
  fc.constant(null),
  fc.boolean(),
  fc.object(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.bigInt(),
  fc.constant(Symbol('x')),
);

/** A bad non-negative amount (a value, a frequency, a lifespan). */
const badAmount: fc.Arbitrary<readonly [unknown, MetricErrorCode]> = fc.oneof(
  fc.double({ min: -1e9, max: -1e-9, noNaN: true }).map((v) => [v, 'OUT_OF_RANGE'] as const),
  fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
  fc.oneof(notANumber, fc.constant(undefined)).map((v) => [v, 'INVALID_TYPE'] as const),
);

/** A bad percentage (a margin, a rate per period): outside 0–100, not finite, not a number. */
const badPercentage: fc.Arbitrary<readonly [unknown, MetricErrorCode]> = fc.oneof(
  fc.oneof(fc.double({ min: -1e9, max: -1e-9, noNaN: true }), fc.double({ min: 100.000001, max: 1e9, noNaN: true })).map(
    (v) => [v, 'OUT_OF_RANGE'] as const,
  ),
  fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
  notANumber.map((v) => [v, 'INVALID_TYPE'] as const),
);

describe('invariants', () => {
  const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
  const percentage = fc.double({ min: 0, max: 100, noNaN: true });

  test.prop([amount, amount, amount, amount])('simple CLV is monotonic in each factor', (value, frequency, lifespan, more) => {
    const base = customerLifetimeValue({ averagePurchaseValue: value, purchaseFrequency: frequency, averageLifespan: lifespan });
    expect(customerLifetimeValue({ averagePurchaseValue: value + more, purchaseFrequency: frequency, averageLifespan: lifespan })).toBeGreaterThanOrEqual(base);
    expect(customerLifetimeValue({ averagePurchaseValue: value, purchaseFrequency: frequency + more, averageLifespan: lifespan })).toBeGreaterThanOrEqual(base);
    expect(customerLifetimeValue({ averagePurchaseValue: value, purchaseFrequency: frequency, averageLifespan: lifespan + more })).toBeGreaterThanOrEqual(base);
  });

  test.prop([amount, amount, amount, percentage, percentage])(
    'predictive CLV is monotonic in each factor and in the margin',
    (transactions, orderValue, months, m1, m2) => {
      const v = (t: number, o: number, l: number, g: number) =>
        predictiveCustomerLifetimeValue({ averageMonthlyTransactions: t, averageOrderValue: o, averageLifespanMonths: l, grossMargin: g });
      const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
      const base = v(transactions, orderValue, months, lo);
      expect(v(transactions, orderValue, months, hi)).toBeGreaterThanOrEqual(base);
      expect(v(transactions * 2, orderValue, months, lo)).toBeGreaterThanOrEqual(base);
      expect(v(transactions, orderValue * 2, months, lo)).toBeGreaterThanOrEqual(base);
      expect(v(transactions, orderValue, months * 2, lo)).toBeGreaterThanOrEqual(base);
    },
  );

  test.prop([amount, amount, amount, percentage])(
    'predictive CLV: the margin is a percentage of the revenue, whatever its size (0.35 is 0.35%)',
    (transactions, orderValue, months, margin) => {
      const revenue = transactions * orderValue * months;
      const input = { averageMonthlyTransactions: transactions, averageOrderValue: orderValue, averageLifespanMonths: months };
      expect(predictiveCustomerLifetimeValue(input)).toBe(revenue);
      expect(predictiveCustomerLifetimeValue({ ...input, grossMargin: margin })).toBe((revenue * margin) / 100);
    },
  );

  // amounts in quarters (k / 4 is exact in binary), so that every order of addition is exact and the tests can demand equality
  const quarters = fc.array(fc.integer({ min: -50_000, max: 500_000 }).map((c) => c / 4), { maxLength: 60 });

  test.prop([quarters.chain((p) => fc.tuple(fc.constant(p), shuffled(p))), percentage])(
    'historic CLV: the amounts give what their sum gives, in any order, and a margin m gives sum × m / 100',
    ([purchases, reordered], grossMargin) => {
      const sum = purchases.reduce((s, x) => s + x, 0);
      const value = historicCustomerLifetimeValue({ purchases, grossMargin });
      expect(value).toBe(historicCustomerLifetimeValue({ purchaseSum: sum, grossMargin }));
      expect(value).toBe((sum * grossMargin) / 100);
      expect(historicCustomerLifetimeValue({ purchases: reordered, grossMargin })).toBe(value);
    },
  );

  test.prop([quarters, percentage])('historic CLV: a generator and a typed array of the amounts give what the array gives', (purchases, grossMargin) => {
    const value = historicCustomerLifetimeValue({ purchases, grossMargin });
    function* each(): Generator<number> {
      yield* purchases;
    }
    expect(historicCustomerLifetimeValue({ purchases: each(), grossMargin })).toBe(value);
    expect(historicCustomerLifetimeValue({ purchases: Float64Array.from(purchases), grossMargin })).toBe(value);
  });

  test.prop([quarters, amount.map((x) => Math.round(x) / 4), percentage])(
    'historic CLV is monotonic in a further purchase and, for a positive sum, in the margin',
    (purchases, extra, margin) => {
      const base = historicCustomerLifetimeValue({ purchases, grossMargin: margin });
      expect(historicCustomerLifetimeValue({ purchases: [...purchases, extra], grossMargin: margin })).toBeGreaterThanOrEqual(base);
      const sum = historicCustomerLifetimeValue({ purchases, grossMargin: 100 });
      if (sum >= 0) expect(historicCustomerLifetimeValue({ purchases, grossMargin: Math.min(100, margin + 10) })).toBeGreaterThanOrEqual(base);
    },
  );

  const dclv = (m: number, r: number, d: number, periods?: number) =>
    discountedCustomerLifetimeValue(
      periods === undefined ? { marginPerPeriod: m, retentionRate: r, discountRate: d } : { marginPerPeriod: m, retentionRate: r, discountRate: d, periods },
    );
  const retention = fc.double({ min: 0, max: 99, noNaN: true });

  test.prop([amount, retention, percentage, fc.integer({ min: 1, max: 400 })])(
    'the finite sum equals Σ m·(r/100)ᵗ/(1 + d/100)ᵗ added term by term',
    (m, r, d, periods) => {
      let sum = 0;
      for (let t = 1; t <= periods; t++) sum += (m * (r / 100) ** t) / (1 + d / 100) ** t;
      expect(Math.abs(dclv(m, r, d, periods) - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sum)));
    },
  );

  test.prop([amount, retention, percentage])('without a horizon it is m·r / (100 + d − r), the fractions’ m·r / (1 + d − r)', (m, r, d) => {
    const fractions = (m * (r / 100)) / (1 + d / 100 - r / 100);
    expect(Math.abs(dclv(m, r, d) - fractions)).toBeLessThanOrEqual(1e-12 * Math.max(1, fractions));
  });

  test.prop([amount, retention, percentage, fc.integer({ min: 1, max: 300 })])(
    'the finite sum approaches the closed form as periods grows',
    (m, r, d, periods) => {
      const limit = dclv(m, r, d);
      const gapShort = Math.abs(limit - dclv(m, r, d, periods));
      const gapLong = Math.abs(limit - dclv(m, r, d, periods * 2));
      const slack = 1e-9 * Math.max(1, limit);
      expect(gapLong).toBeLessThanOrEqual(gapShort + slack);
      // after T periods the remaining tail is m·qᵀ·r/(100 + d − r), with q = r / (100 + d)
      const q = r / (100 + d);
      expect(gapShort).toBeLessThanOrEqual(limit * q ** periods + slack);
      expect(Math.abs(limit - dclv(m, r, d, 100_000))).toBeLessThanOrEqual(slack);
    },
  );

  test.prop([amount, retention, retention, percentage, percentage, fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined })])(
    'discounted CLV rises with retention and falls with the discount rate',
    (m, r1, r2, d1, d2, periods) => {
      const [rLo, rHi] = r1 <= r2 ? [r1, r2] : [r2, r1];
      const [dLo, dHi] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const tol = 1e-9 * Math.max(1, m);
      expect(dclv(m, rHi, dLo, periods)).toBeGreaterThanOrEqual(dclv(m, rLo, dLo, periods) - tol);
      expect(dclv(m, rLo, dHi, periods)).toBeLessThanOrEqual(dclv(m, rLo, dLo, periods) + tol);
      expect(dclv(m * 2, rLo, dLo, periods)).toBeGreaterThanOrEqual(dclv(m, rLo, dLo, periods));
    },
  );
});

describe('every bad input throws MetricError', () => {
  test.prop([fc.constantFrom('averagePurchaseValue', 'purchaseFrequency', 'averageLifespan'), badAmount])(
    'simple CLV: a bad factor throws MetricError',
    (field, [bad, code]) => {
      const input = { averagePurchaseValue: 50, purchaseFrequency: 5, averageLifespan: 3, [field]: bad };
      expect(metricErrorOf(() => customerLifetimeValue(input as never)).code).toBe(code);
    },
  );

  test.prop([fc.constantFrom('averageMonthlyTransactions', 'averageOrderValue', 'averageLifespanMonths'), badAmount])(
    'predictive CLV: a bad factor throws MetricError',
    (field, [bad, code]) => {
      const input = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, [field]: bad };
      expect(metricErrorOf(() => predictiveCustomerLifetimeValue(input as never)).code).toBe(code);
    },
  );

  test.prop([badPercentage])('a bad gross margin throws MetricError in both margin formulas', ([bad, code]) => {
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [10], grossMargin: bad as number })).code).toBe(code);
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchaseSum: 10, grossMargin: bad as number })).code).toBe(code);
    const predictive = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, grossMargin: bad as number };
    expect(metricErrorOf(() => predictiveCustomerLifetimeValue(predictive)).code).toBe(code);
  });

  test.prop([
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 30 }),
    fc.oneof(
      fc.constantFrom(NaN, Infinity, -Infinity).map((v) => [v, 'NOT_FINITE'] as const),
      notANumber.map((v) => [v, 'INVALID_TYPE'] as const),
      fc.constant([undefined, 'INVALID_TYPE'] as const),
    ),
    fc.nat(),
    fc.boolean(),
  ])('historic CLV: a bad purchase throws MetricError naming its index, in an array or a generator', (purchases, [bad, code], at, lazy) => {
    const list: unknown[] = [...purchases];
    const index = at % (list.length + 1);
    list.splice(index, 0, bad);
    function* each(): Generator {
      yield* list;
    }
    const e = metricErrorOf(() => historicCustomerLifetimeValue({ purchases: (lazy ? each() : list) as number[], grossMargin: 30 }));
    expect(e.code).toBe(code);
    expect(e.details).toStrictEqual({ fn: 'historicCustomerLifetimeValue', index });
  });

  test.prop([fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.record({ a: fc.integer() }))])(
    'historic CLV: purchases that are not a list throw INVALID_TYPE',
    (purchases) => {
      expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases, grossMargin: 30 } as never)).code).toBe('INVALID_TYPE');
    },
  );

  test.prop([fc.constantFrom('retentionRate', 'discountRate'), badPercentage])(
    'discounted CLV: a bad rate throws MetricError',
    (field, [bad, code]) => {
      const input = { marginPerPeriod: 100, retentionRate: 80, discountRate: 10, [field]: bad };
      expect(metricErrorOf(() => discountedCustomerLifetimeValue(input as never)).code).toBe(code);
    },
  );

  test.prop([
    fc.oneof(
      fc.integer({ min: -1e6, max: 0 }).map((v) => [v, 'OUT_OF_RANGE'] as const),
      fc.double({ min: 0, max: 1e6, noNaN: true }).filter((v) => !Number.isInteger(v)).map((v) => [v, 'NOT_INTEGER'] as const),
      fc.constantFrom(NaN, Infinity).map((v) => [v, 'NOT_FINITE'] as const),
      notANumber.filter((v) => v !== null).map((v) => [v, 'INVALID_TYPE'] as const),
    ),
  ])('discounted CLV: bad periods throw MetricError', ([bad, code]) => {
    const input = { marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: bad };
    expect(metricErrorOf(() => discountedCustomerLifetimeValue(input as never)).code).toBe(code);
  });

  test.prop([
    fc.oneof(
      fc.oneof(fc.double({ min: -1e6, max: 0, noNaN: true }), fc.double({ min: 100.000001, max: 1e6, noNaN: true })).map(
        (v) => [v, 'OUT_OF_RANGE'] as const,
      ),
      fc.constantFrom(NaN, Infinity).map((v) => [v, 'NOT_FINITE'] as const),
      notANumber.map((v) => [v, 'INVALID_TYPE'] as const),
    ),
  ])('averageCustomerLifespan: a churn rate outside (0, 100] throws MetricError', ([bad, code]) => {
    expect(metricErrorOf(() => averageCustomerLifespan({ churnRate: bad as number })).code).toBe(code);
  });
});
