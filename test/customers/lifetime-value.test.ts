import { describe, expect, test } from 'vitest';
import {
  averageCustomerLifespan,
  churnRate,
  customerLifetimeValue,
  discountedCustomerLifetimeValue,
  historicCustomerLifetimeValue,
  predictiveCustomerLifetimeValue,
} from '../../src/index.js';
import { metricErrorOf } from '../helpers.js';


describe('customerLifetimeValue: purchase value × frequency × lifespan', () => {
  test('$50 × 5 purchases a year × 3 years = $750', () => {
    expect(customerLifetimeValue({ averagePurchaseValue: 50, purchaseFrequency: 5, averageLifespan: 3 })).toBe(750);
  });

  test('any factor of 0 gives 0', () => {
    expect(customerLifetimeValue({ averagePurchaseValue: 50, purchaseFrequency: 0, averageLifespan: 3 })).toBe(0);
  });

  test.each([
    ['a negative purchase value', { averagePurchaseValue: -1, purchaseFrequency: 5, averageLifespan: 3 }, 'OUT_OF_RANGE'],
    ['a NaN frequency', { averagePurchaseValue: 50, purchaseFrequency: NaN, averageLifespan: 3 }, 'NOT_FINITE'],
    ['a missing lifespan', { averagePurchaseValue: 50, purchaseFrequency: 5 }, 'INVALID_TYPE'],
    ['a lifespan given as a string', { averagePurchaseValue: 50, purchaseFrequency: 5, averageLifespan: '3' }, 'INVALID_TYPE'],
  ])('%s is rejected with %s', (_name, input, code) => {
    expect(metricErrorOf(() => customerLifetimeValue(input as never)).code).toBe(code);
  });
});

describe('historicCustomerLifetimeValue: (Σ purchases) × gross margin', () => {
  test('(120 + 80 − 20 + 220) × 0.25 = 100, refunds counting negative', () => {
    expect(historicCustomerLifetimeValue({ purchases: [120, 80, -20, 220], grossMargin: 0.25 })).toBe(100);
  });

  test('the total from a database gives the same value as the amounts', () => {
    expect(historicCustomerLifetimeValue({ purchaseTotal: 400, grossMargin: 0.25 })).toBe(100);
  });

  test('reads typed arrays', () => {
    expect(historicCustomerLifetimeValue({ purchases: Float64Array.from([10, 30]), grossMargin: 0.5 })).toBe(20);
  });

  test('adds without drift: ten purchases of 0.1 at a margin of 1 give exactly 1', () => {
    expect(historicCustomerLifetimeValue({ purchases: Array<number>(10).fill(0.1), grossMargin: 1 })).toBe(1);
  });

  test('no purchases give 0', () => {
    expect(historicCustomerLifetimeValue({ purchases: [], grossMargin: 0.3 })).toBe(0);
  });

  test('a margin given as a percentage is refused with a message that suggests the fraction', () => {
    const e = metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [100], grossMargin: 35 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe('historicCustomerLifetimeValue: grossMargin 35 is outside 0–1; it is a fraction: for 35% pass 0.35');
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [100], grossMargin: 28.6 })).message).toContain('pass 0.286');
  });

  test('a margin below 0 or above 100 is refused without a percentage hint', () => {
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [100], grossMargin: -0.1 })).message).toBe(
      'historicCustomerLifetimeValue: grossMargin -0.1 is outside 0–1',
    );
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [100], grossMargin: 250 })).message).not.toContain('pass');
  });

  test('names the index of a purchase that is not a finite number', () => {
    const e = metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1, 2, '3'] as never, grossMargin: 0.3 }));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.details).toStrictEqual({ fn: 'historicCustomerLifetimeValue', index: 2 });
    expect(e.message).toBe('historicCustomerLifetimeValue: purchase "3" at index 2 is a string, not a number');
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1, Infinity], grossMargin: 0.3 })).details).toStrictEqual({
      fn: 'historicCustomerLifetimeValue',
      index: 1,
    });
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1, , 3] as never, grossMargin: 0.3 })).code).toBe('INVALID_TYPE');
  });

  test('takes the amounts or their total, not both and not neither, and no unknown field', () => {
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1], purchaseTotal: 1, grossMargin: 0.3 } as never)).code).toBe(
      'INVALID_TYPE',
    );
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ grossMargin: 0.3 } as never)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1], margin: 0.3 } as never)).message).toBe(
      'historicCustomerLifetimeValue: input has an unknown field "margin"; known fields: purchases, purchaseTotal, grossMargin',
    );
  });
});

describe('predictiveCustomerLifetimeValue: monthly transactions × order value × lifespan in months × margin', () => {
  test('2 a month × $40 × 18 months = $1,440 of revenue with the default margin 1', () => {
    expect(
      predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 }),
    ).toBe(1440);
  });

  test('a gross margin of 0.5 halves it', () => {
    expect(
      predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, grossMargin: 0.5 }),
    ).toBe(720);
  });

  test('a misspelt optional field is refused instead of silently ignored', () => {
    const input = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, grossmargin: 0.5 };
    expect(metricErrorOf(() => predictiveCustomerLifetimeValue(input as never)).code).toBe('INVALID_TYPE');
  });

  test('a margin of 35 suggests 0.35; a negative factor is OUT_OF_RANGE', () => {
    const base = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 };
    expect(metricErrorOf(() => predictiveCustomerLifetimeValue({ ...base, grossMargin: 35 })).message).toContain('pass 0.35');
    expect(metricErrorOf(() => predictiveCustomerLifetimeValue({ ...base, averageOrderValue: -40 })).code).toBe('OUT_OF_RANGE');
  });
});

describe('discountedCustomerLifetimeValue (Gupta & Lehmann)', () => {
  test('m = 100, r = 0.8, d = 0.1 without a horizon: m·r / (1 + d − r) = 80 / 0.3 = 266.67', () => {
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1 })).toBeCloseTo(800 / 3, 10);
  });

  test('the same with periods: 1 is m·r / (1 + d) = 80 / 1.1 = 72.73', () => {
    expect(
      discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1, periods: 1 }),
    ).toBeCloseTo(800 / 11, 10);
  });

  test('with periods: 3 it is the sum of the three discounted terms', () => {
    const q = 0.8 / 1.1;
    const terms = 100 * q + 100 * q ** 2 + 100 * q ** 3;
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1, periods: 3 })).toBeCloseTo(
      terms,
      10,
    );
  });

  test('exact cases: r = 0.5, d = 0 gives m; r = 0 gives 0; r = 1, d = 0 with T periods gives m·T', () => {
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0 })).toBe(100);
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0, discountRate: 0.1, periods: 5 })).toBe(0);
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 12 })).toBe(1200);
  });

  test('r = 1 with a horizon and a discount is the annuity m · (1 − (1 + d)^−T) / d', () => {
    const annuity = (100 * (1 - 1.1 ** -10)) / 0.1;
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0.1, periods: 10 })).toBeCloseTo(
      annuity,
      9,
    );
  });

  test('stays accurate when r / (1 + d) is close to 1', () => {
    // q = 1 − 1e-9: Σ_{t=1..1000} qᵗ = q (1 − q¹⁰⁰⁰) / (1 − q) ≈ 1000 − 500.5e-6 to first order
    const r = 1 - 1e-9;
    const value = discountedCustomerLifetimeValue({ marginPerPeriod: 1, retentionRate: r, discountRate: 0, periods: 1000 });
    expect(value).toBeCloseTo(1000 - 1000 * 1001 * 0.5e-9, 9);
  });

  test('a negative margin gives a negative value (a customer who costs money)', () => {
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: -100, retentionRate: 0.5, discountRate: 0 })).toBe(-100);
  });

  test('retention 1 with no horizon is refused: a customer who never leaves has no finite lifetime', () => {
    const undiscounted = metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 }));
    expect(undiscounted.code).toBe('OUT_OF_RANGE');
    expect(undiscounted.message).toBe(
      'discountedCustomerLifetimeValue: retentionRate 1 with no horizon: a customer who never leaves has no finite lifetime (without a discount the sum diverges); give periods, or a retention rate below 1',
    );
    const discounted = metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0.1 }));
    expect(discounted.code).toBe('OUT_OF_RANGE');
    expect(discounted.message).toContain('the sum is the perpetuity m / d, set by the discount rate 0.1');
  });

  test('rates as percentages are refused with the fraction they meant', () => {
    expect(metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 0.1 })).message).toBe(
      'discountedCustomerLifetimeValue: retentionRate 80 is outside 0–1; it is a fraction: for 80% pass 0.8',
    );
    expect(metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 10 })).message).toContain(
      'pass 0.1',
    );
  });

  test.each([
    ['periods 0', { periods: 0 }, 'OUT_OF_RANGE'],
    ['fractional periods', { periods: 2.5 }, 'NOT_INTEGER'],
    ['infinite periods', { periods: Infinity }, 'NOT_FINITE'],
    ['a misspelt field', { period: 3 }, 'INVALID_TYPE'],
    ['a missing margin', { marginPerPeriod: undefined }, 'INVALID_TYPE'],
  ])('%s is rejected with %s', (_name, change, code) => {
    const input = { marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1, ...change };
    expect(metricErrorOf(() => discountedCustomerLifetimeValue(input as never)).code).toBe(code);
  });
});

describe('averageCustomerLifespan: 1 / churn', () => {
  test('5% churn per period gives 20 periods', () => {
    expect(averageCustomerLifespan({ churnRate: 5 })).toBe(20);
  });

  test('takes the percentage churnRate returns: 20 lost of 250 (8%) give 12.5 periods', () => {
    expect(averageCustomerLifespan({ churnRate: churnRate({ start: 250, lost: 20 }) })).toBe(12.5);
  });

  test('100% churn gives one period', () => {
    expect(averageCustomerLifespan({ churnRate: 100 })).toBe(1);
  });

  test('0 churn has no finite lifespan; churn outside 0–100 is refused', () => {
    expect(metricErrorOf(() => averageCustomerLifespan({ churnRate: 0 })).message).toBe(
      'averageCustomerLifespan: churnRate 0: customers who never leave have no finite lifespan',
    );
    expect(metricErrorOf(() => averageCustomerLifespan({ churnRate: 101 })).code).toBe('OUT_OF_RANGE');
    expect(metricErrorOf(() => averageCustomerLifespan({ churnRate: -5 })).code).toBe('OUT_OF_RANGE');
    expect(metricErrorOf(() => averageCustomerLifespan({} as never)).code).toBe('INVALID_TYPE');
  });
});
