/**
 * The customer metrics at the edges of the double range (issue: "never NaN").
 * What is still to be fixed is `test.fails`, naming where the fix belongs;
 * each becomes a plain test with the fix. A result that cannot be represented must be refused
 * (NOT_FINITE naming what overflowed); one that can may be returned.
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
import { expectFiniteOrMetricError } from './bounded.js';

describe('sums and products that overflow', () => {
  const cases: readonly (readonly [string, () => unknown])[] = [
    ['customerLifetimeValue with a purchase value of 1e308', () => customerLifetimeValue({ averagePurchaseValue: 1e308, purchaseFrequency: 10, averageLifespan: 3 })],
    ['historicCustomerLifetimeValue of purchases of 1e308', () => historicCustomerLifetimeValue({ purchases: [1e308, 1e308], grossMargin: 25 })],
    ['predictiveCustomerLifetimeValue of 1e308 × 1e308', () => predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 1e308, averageOrderValue: 1e308, averageLifespanMonths: 18 })],
    ['discountedCustomerLifetimeValue with a margin of 1e308', () => discountedCustomerLifetimeValue({ marginPerPeriod: 1e308, retentionRate: 80, discountRate: 10 })],
    ['averageCustomerLifespan({ churnRate: 5e-324 })', () => averageCustomerLifespan({ churnRate: 5e-324 })],
    ['engagementScore with a weight of 1e308', () => engagementScore({ loyalty: 40, logins: 12 }, { loyalty: { weight: 1e308, map: 'percentage' }, logins: { weight: 1, map: { min: 0, max: 20 } } })],
  ];
  for (const [what, f] of cases) {
    test.fails(`${what}: a finite answer or a MetricError (today NaN or Infinity; fix in src/customers)`, () => {
      expectFiniteOrMetricError(f);
    });
  }
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
