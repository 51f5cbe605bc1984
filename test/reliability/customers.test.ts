/**
 * The customer metrics at the edges of the double range (issue: "never NaN").
 * A result that cannot be represented is refused (NOT_FINITE naming what
 * overflowed); one that can is returned.
 */
import { describe, expect, test } from 'vitest';
import {
  averageCustomerLifespan,
  customerLifetimeValue,
  discountedCustomerLifetimeValue,
  engagementScore,
  historicCustomerLifetimeValue,
  predictiveCustomerLifetimeValue,
  retentionSeries,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';

describe('sums and products that overflow', () => {
  const refused: readonly (readonly [string, () => unknown, string])[] = [
    [
      'customerLifetimeValue with a purchase value of 1e308',
      () => customerLifetimeValue({ averagePurchaseValue: 1e308, purchaseFrequency: 10, averageLifespan: 3 }),
      'customerLifetimeValue: the product averagePurchaseValue × purchaseFrequency × averageLifespan overflows the range of a double (Infinity)',
    ],
    [
      'historicCustomerLifetimeValue of purchases of 1e308',
      () => historicCustomerLifetimeValue({ purchases: [1e308, 1e308], grossMargin: 25 }),
      'historicCustomerLifetimeValue: the sum of the purchases overflows the range of a double (Infinity)',
    ],
    [
      'predictiveCustomerLifetimeValue of 1e308 × 1e308',
      () => predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 1e308, averageOrderValue: 1e308, averageLifespanMonths: 18 }),
      'predictiveCustomerLifetimeValue: the product averageMonthlyTransactions × averageOrderValue × averageLifespanMonths overflows the range of a double (Infinity)',
    ],
    [
      'discountedCustomerLifetimeValue with a margin of 1e308 (1e308 · 80 / 30 is above the largest double)',
      () => discountedCustomerLifetimeValue({ marginPerPeriod: 1e308, retentionRate: 80, discountRate: 10 }),
      'discountedCustomerLifetimeValue: the lifetime value marginPerPeriod × retentionRate / (100 − retentionRate + discountRate) overflows the range of a double (Infinity)',
    ],
    [
      'averageCustomerLifespan({ churnRate: 5e-324 })',
      () => averageCustomerLifespan({ churnRate: 5e-324 }),
      'averageCustomerLifespan: the lifespan 100 / churnRate (churnRate 5e-324) overflows the range of a double (Infinity)',
    ],
  ];
  for (const [what, f, message] of refused) {
    test(`${what}: NOT_FINITE naming what overflowed`, () => {
      const error = metricErrorOf(f);
      expect(error.code).toBe('NOT_FINITE');
      expect(error.message).toBe(message);
    });
  }

  test('a lifetime value that a double holds is returned although m · r overflows: 1e308 · 20 / 90', () => {
    const value = discountedCustomerLifetimeValue({ marginPerPeriod: 1e308, retentionRate: 20, discountRate: 10 });
    expect(value / (1e307 * (200 / 90))).toBeCloseTo(1, 14);
  });

  test('a margin on a sum near the largest double is returned: 25% of 1.7e308 is 4.25e307', () => {
    expect(historicCustomerLifetimeValue({ purchases: [1.7e308], grossMargin: 25 })).toBeCloseTo(4.25e307, -293);
    expect(predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 1, averageOrderValue: 1.7e308, averageLifespanMonths: 1, grossMargin: 50 })).toBeCloseTo(8.5e307, -293);
  });

  test('engagementScore with a weight of 1e308: the weighted mean, 40 (the weight of 1 moves it by 1e-308 of the gap)', () => {
    const score = engagementScore({ loyalty: 40, logins: 12 }, { loyalty: { weight: 1e308, map: 'percentage' }, logins: { weight: 1, map: { min: 0, max: 20 } } });
    expect(score).toBe(40);
  });

  test('engagementScore with two weights near the largest double: their mean, as with weights 1 and 1', () => {
    const score = engagementScore({ a: 20, b: 80 }, { a: { weight: 1.7e308, map: 'percentage' }, b: { weight: 1.7e308, map: 'percentage' } });
    expect(score).toBe(50);
  });
});

describe('counts are safe integers', () => {
  test('retentionSeries with starts near 1.8e308 is refused (OUT_OF_RANGE), naming the period', () => {
    const error = metricErrorOf(() =>
      retentionSeries([
        { label: 'Jan', start: 1.7e308, end: 1.7e308, acquired: 1.7e308 },
        { label: 'Feb', start: 1.7e308, end: 1.7e308, acquired: 0 },
      ]),
    );
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.message).toBe('retentionSeries: periods[0].start 1.7e+308 is above 2^53 − 1 (9007199254740991), the largest count that is exact');
  });
});
