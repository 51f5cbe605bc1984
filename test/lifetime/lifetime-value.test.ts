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

describe('historicCustomerLifetimeValue: (Σ purchases) × gross margin / 100', () => {
  test('(120 + 80 − 20 + 220) × 25% = 100, refunds counting negative', () => {
    expect(historicCustomerLifetimeValue({ purchases: [120, 80, -20, 220], grossMargin: 25 })).toBe(100);
  });

  test('the sum from a database gives the same value as the amounts', () => {
    expect(historicCustomerLifetimeValue({ purchaseSum: 400, grossMargin: 25 })).toBe(100);
  });

  test('reads typed arrays', () => {
    expect(historicCustomerLifetimeValue({ purchases: Float64Array.from([10, 30]), grossMargin: 50 })).toBe(20);
  });

  test('reads iterables: a Set of amounts and a generator give what their array gives', () => {
    function* amounts(): Generator<number> {
      yield 10;
      yield 30;
    }
    expect(historicCustomerLifetimeValue({ purchases: new Set([10, 30]), grossMargin: 50 })).toBe(20);
    expect(historicCustomerLifetimeValue({ purchases: amounts(), grossMargin: 50 })).toBe(20);
  });

  test('adds without drift: ten purchases of 0.1 at a margin of 100% give exactly 1', () => {
    expect(historicCustomerLifetimeValue({ purchases: Array<number>(10).fill(0.1), grossMargin: 100 })).toBe(1);
  });

  test('no purchases give 0', () => {
    expect(historicCustomerLifetimeValue({ purchases: [], grossMargin: 30 })).toBe(0);
  });

  test('the margin is a percentage: 0.35 is 0.35%, not guessed to mean 35%', () => {
    // 1,000 × 0.35 / 100 = 3.5; 1,000 × 1 / 100 = 10
    expect(historicCustomerLifetimeValue({ purchaseSum: 1000, grossMargin: 0.35 })).toBe(3.5);
    expect(historicCustomerLifetimeValue({ purchaseSum: 1000, grossMargin: 1 })).toBe(10);
  });

  test('a margin above 100 is refused, saying it is a percentage', () => {
    const e = metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [100], grossMargin: 135 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe('historicCustomerLifetimeValue: grossMargin 135 is outside 0–100; it is a percentage (35 for 35%)');
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [100], grossMargin: 250 })).code).toBe('OUT_OF_RANGE');
  });

  test('a margin below 0 is refused', () => {
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [100], grossMargin: -0.1 })).message).toBe(
      'historicCustomerLifetimeValue: grossMargin -0.1 is outside 0–100; it is a percentage (35 for 35%)',
    );
  });

  test('names the index of a purchase that is not a finite number', () => {
    const e = metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1, 2, '3'] as never, grossMargin: 30 }));
    expect(e.code).toBe('INVALID_TYPE');
    expect(e.details).toStrictEqual({ fn: 'historicCustomerLifetimeValue', index: 2 });
    expect(e.message).toBe('historicCustomerLifetimeValue: purchase "3" at index 2 is a string, not a number');
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1, Infinity], grossMargin: 30 })).details).toStrictEqual({
      fn: 'historicCustomerLifetimeValue',
      index: 1,
    });
    const holey: number[] = [1];
    holey[2] = 3; // index 1 is a hole
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: holey, grossMargin: 30 })).code).toBe('INVALID_TYPE');
  });

  test('purchases that are not a list are INVALID_TYPE', () => {
    for (const purchases of [5, 'abc', { length: -1 }, { a: 1 }, new Map([[1, 2]])]) {
      expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases, grossMargin: 30 } as never)).code).toBe('INVALID_TYPE');
    }
  });

  test('takes the amounts or their sum, not both and not neither, and no unknown field', () => {
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1], purchaseSum: 1, grossMargin: 30 })).code).toBe(
      'INVALID_TYPE',
    );
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ grossMargin: 30 } as never)).code).toBe('INVALID_TYPE');
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchases: [1], margin: 30 } as never)).message).toBe(
      'historicCustomerLifetimeValue: input has an unknown field "margin"; known fields: purchases, purchaseSum, grossMargin',
    );
    // the field's 0.1 name is refused rather than ignored
    expect(metricErrorOf(() => historicCustomerLifetimeValue({ purchaseTotal: 400, grossMargin: 25 } as never)).code).toBe('INVALID_TYPE');
  });
});

describe('predictiveCustomerLifetimeValue: monthly transactions × order value × lifespan in months × margin / 100', () => {
  test('2 a month × $40 × 18 months = $1,440 of revenue without a margin', () => {
    expect(
      predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 }),
    ).toBe(1440);
  });

  test('a gross margin of 50% halves it; 100% is the revenue', () => {
    const base = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 };
    expect(predictiveCustomerLifetimeValue({ ...base, grossMargin: 50 })).toBe(720);
    expect(predictiveCustomerLifetimeValue({ ...base, grossMargin: 100 })).toBe(1440);
  });

  test('a misspelt optional field is refused instead of silently ignored', () => {
    const input = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, grossmargin: 50 };
    expect(metricErrorOf(() => predictiveCustomerLifetimeValue(input as never)).code).toBe('INVALID_TYPE');
  });

  test('a margin above 100 says it is a percentage; a negative factor is OUT_OF_RANGE', () => {
    const base = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 };
    expect(metricErrorOf(() => predictiveCustomerLifetimeValue({ ...base, grossMargin: 135 })).message).toContain(
      'grossMargin 135 is outside 0–100; it is a percentage (35 for 35%)',
    );
    expect(metricErrorOf(() => predictiveCustomerLifetimeValue({ ...base, averageOrderValue: -40 })).code).toBe('OUT_OF_RANGE');
  });
});

describe('discountedCustomerLifetimeValue (Gupta & Lehmann), rates in percent', () => {
  test('m = 100, r = 80%, d = 10% without a horizon: m·r / (1 + d − r) = 80 / 0.3 = 266.67', () => {
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10 })).toBeCloseTo(800 / 3, 10);
  });

  test('the same with periods: 1 is m·r / (1 + d) = 80 / 1.1 = 72.73', () => {
    expect(
      discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: 1 }),
    ).toBeCloseTo(800 / 11, 10);
  });

  test('with periods: 3 it is the sum of the three discounted terms', () => {
    const q = 0.8 / 1.1;
    const terms = 100 * q + 100 * q ** 2 + 100 * q ** 3;
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: 3 })).toBeCloseTo(
      terms,
      10,
    );
  });

  test('exact cases: r = 50%, d = 0 gives m; r = 0 gives 0; r = 100%, d = 0 with T periods gives m·T', () => {
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 50, discountRate: 0 })).toBe(100);
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0, discountRate: 10, periods: 5 })).toBe(0);
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 100, discountRate: 0, periods: 12 })).toBe(1200);
  });

  test('r = 100% with a horizon and a discount of 10% is the annuity m · (1 − 1.1^−T) / 0.1', () => {
    const annuity = (100 * (1 - 1.1 ** -10)) / 0.1;
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 100, discountRate: 10, periods: 10 })).toBeCloseTo(
      annuity,
      9,
    );
  });

  test('stays accurate when r / (100 + d) is close to 1', () => {
    // r = 100 − 1e-7 percent, so q = 1 − 1e-9: Σ_{t=1..1000} qᵗ = q (1 − q¹⁰⁰⁰) / (1 − q) ≈ 1000 − 500.5e-6 to first order
    const r = 100 - 1e-7;
    const value = discountedCustomerLifetimeValue({ marginPerPeriod: 1, retentionRate: r, discountRate: 0, periods: 1000 });
    expect(value).toBeCloseTo(1000 - 1000 * 1001 * 0.5e-9, 9);
  });

  test('stays accurate when q is close to 1 with a discount: r = 99.9999%, d = 1e-7%', () => {
    // q = r / (100 + d) = 1 − ε with ε = (1e-4 + 1e-7) / (100 + 1e-7) = 1.000999999e-6 (to 10 digits);
    // Σ_{t=1..100} (1 − ε)ᵗ = 100 − C(101, 2) ε + C(101, 3) ε² − …, the next term below 1e-11
    const e = 1.000999999e-6;
    const value = discountedCustomerLifetimeValue({ marginPerPeriod: 1, retentionRate: 100 - 1e-4, discountRate: 1e-7, periods: 100 });
    expect(value).toBeCloseTo(100 - 5050 * e + 166650 * e * e, 9);
  });

  test('a negative margin gives a negative value (a customer who costs money)', () => {
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: -100, retentionRate: 50, discountRate: 0 })).toBe(-100);
  });

  test('retention 100 with no horizon is refused: a customer who never leaves has no finite lifetime', () => {
    const undiscounted = metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 100, discountRate: 0 }));
    expect(undiscounted.code).toBe('OUT_OF_RANGE');
    expect(undiscounted.message).toBe(
      'discountedCustomerLifetimeValue: retentionRate 100 with no horizon: a customer who never leaves has no finite lifetime (without a discount the sum diverges); give periods, or a retention rate below 100',
    );
    const discounted = metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 100, discountRate: 10 }));
    expect(discounted.code).toBe('OUT_OF_RANGE');
    expect(discounted.message).toContain('the sum is the perpetuity m / d, set by the discount rate of 10%');
  });

  test('rates above 100 are refused, saying they are percentages', () => {
    expect(metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 180, discountRate: 10 })).message).toBe(
      'discountedCustomerLifetimeValue: retentionRate 180 is outside 0–100; it is a percentage (35 for 35%)',
    );
    expect(metricErrorOf(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 110 })).message).toContain(
      'discountRate 110 is outside 0–100',
    );
  });

  test('rates are percentages: 0.8 is 0.8%, not guessed to mean 80%', () => {
    // m·r / (100 + d − r) = 100 · 0.8 / (100 + 10 − 0.8) = 80 / 109.2
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 10 })).toBeCloseTo(80 / 109.2, 12);
  });

  test.each([
    ['periods 0', { periods: 0 }, 'OUT_OF_RANGE'],
    ['fractional periods', { periods: 2.5 }, 'NOT_INTEGER'],
    ['infinite periods', { periods: Infinity }, 'NOT_FINITE'],
    ['a misspelt field', { period: 3 }, 'INVALID_TYPE'],
    ['a missing margin', { marginPerPeriod: undefined }, 'INVALID_TYPE'],
  ])('%s is rejected with %s', (_name, change, code) => {
    const input = { marginPerPeriod: 100, retentionRate: 80, discountRate: 10, ...change };
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
