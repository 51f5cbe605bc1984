/**
 * The error contract of src/lifetime/: for each exported function, the code,
 * the details and the exact message of its error paths, and a value on each
 * side of each range check (the accepted side giving the documented result).
 * Every expected message is the template of the source with the values of
 * the call filled in by hand.
 */
import { describe, expect, test } from 'vitest';
import {
  averageCustomerLifespan,
  bdwRetentionRate,
  bdwSurvival,
  bgBbExpectedPurchases,
  bgBbPopulationExpectedPurchases,
  bgBbProbabilityAlive,
  bgBbProbabilityOfPurchases,
  bgNbdExpectedPurchases,
  bgNbdPopulationExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
  calibrationHoldout,
  customerLifetimeValue,
  discountedCustomerLifetimeValue,
  fitBetaDiscreteWeibull,
  fitBgBb,
  fitBgNbd,
  fitGammaGamma,
  fitMbgNbd,
  fitParetoNbd,
  fitShiftedBetaGeometric,
  gammaGammaExpectedAverageValue,
  historicCustomerLifetimeValue,
  mbgNbdExpectedPurchases,
  mbgNbdPopulationExpectedPurchases,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdPopulationExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  predictiveCustomerLifetimeValue,
  probabilisticLifetimeValue,
  sbgDiscountedResidualLifetime,
  sbgRetentionRate,
  sbgSurvival,
  summarizeTransactions,
  trackingTable,
} from '../../src/index.js';
import { expectRefusal, metricErrorOf, untyped } from '../helpers.js';

const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const youngCustomer = { frequency: 0, recency: 0, T: 38.86 };
const tenCustomers = [
  { frequency: 0, recency: 0, T: 30 }, { frequency: 0, recency: 0, T: 30 },
  { frequency: 0, recency: 0, T: 28 }, { frequency: 0, recency: 0, T: 26 },
  { frequency: 1, recency: 2, T: 30 }, { frequency: 1, recency: 20, T: 29 },
  { frequency: 2, recency: 5, T: 30 }, { frequency: 3, recency: 27, T: 28 },
  { frequency: 5, recency: 8, T: 30 }, { frequency: 6, recency: 29, T: 30 },
];

describe('customerLifetimeValue', () => {
  const fn = 'customerLifetimeValue';
  test('an input that is not an object', () => {
    expectRefusal(() => customerLifetimeValue(untyped(null)), 'INVALID_TYPE', { fn }, `input is null; pass an object { averagePurchaseValue, purchaseFrequency, averageLifespan }`);
  });
  test('a missing, non-number or infinite field', () => {
    expectRefusal(() => customerLifetimeValue(untyped({ purchaseFrequency: 5, averageLifespan: 3 })), 'INVALID_TYPE', { fn }, `averagePurchaseValue is missing`);
    expectRefusal(() => customerLifetimeValue(untyped({ averagePurchaseValue: 50, purchaseFrequency: '5', averageLifespan: 3 })), 'INVALID_TYPE', { fn }, `purchaseFrequency is a string, not a number`);
    expectRefusal(() => customerLifetimeValue({ averagePurchaseValue: 50, purchaseFrequency: 5, averageLifespan: NaN }), 'NOT_FINITE', { fn }, `averageLifespan NaN is not a finite number`);
  });
  test('each field just below 0 is refused, 0 gives 0', () => {
    expectRefusal(() => customerLifetimeValue({ averagePurchaseValue: -Number.MIN_VALUE, purchaseFrequency: 5, averageLifespan: 3 }), 'OUT_OF_RANGE', { fn }, `averagePurchaseValue -5e-324 is negative`);
    expectRefusal(() => customerLifetimeValue({ averagePurchaseValue: 50, purchaseFrequency: -1, averageLifespan: 3 }), 'OUT_OF_RANGE', { fn }, `purchaseFrequency -1 is negative`);
    expectRefusal(() => customerLifetimeValue({ averagePurchaseValue: 50, purchaseFrequency: 5, averageLifespan: -0.5 }), 'OUT_OF_RANGE', { fn }, `averageLifespan -0.5 is negative`);
    expect(customerLifetimeValue({ averagePurchaseValue: 0, purchaseFrequency: 5, averageLifespan: 3 })).toBe(0);
    expect(customerLifetimeValue({ averagePurchaseValue: 50, purchaseFrequency: 5, averageLifespan: 3 })).toBe(750);
  });
  test('a product beyond the double range', () => {
    expectRefusal(
      () => customerLifetimeValue({ averagePurchaseValue: 1e200, purchaseFrequency: 1e200, averageLifespan: 1 }),
      'NOT_FINITE',
      { fn },
      `the product averagePurchaseValue × purchaseFrequency × averageLifespan overflows the range of a double (Infinity)`,
    );
  });
});

describe('historicCustomerLifetimeValue', () => {
  const fn = 'historicCustomerLifetimeValue';
  test('an input that is not an object, or has an unknown field', () => {
    expectRefusal(() => historicCustomerLifetimeValue(untyped([])), 'INVALID_TYPE', { fn }, `input is an array; pass an object { purchases, grossMargin } or { purchaseSum, grossMargin }`);
    expectRefusal(
      () => historicCustomerLifetimeValue(untyped({ purchaseSum: 1, grossMargin: 1, margin: 3 })),
      'INVALID_TYPE',
      { fn },
      `input has an unknown field "margin"; known fields: purchases, purchaseSum, grossMargin`,
    );
  });
  test('both or neither of purchases and purchaseSum', () => {
    expectRefusal(() => historicCustomerLifetimeValue(untyped({ purchases: [1], purchaseSum: 1, grossMargin: 10 })), 'INVALID_TYPE', { fn }, `input has both purchases and purchaseSum; give one of them`);
    expectRefusal(() => historicCustomerLifetimeValue(untyped({ grossMargin: 10 })), 'INVALID_TYPE', { fn }, `input has neither purchases nor purchaseSum; give the purchase amounts or their sum`);
  });
  test('a purchase that is not a finite number names its index', () => {
    expectRefusal(() => historicCustomerLifetimeValue({ purchases: untyped([1, '2']), grossMargin: 10 }), 'INVALID_TYPE', { fn, index: 1 }, `purchase "2" at index 1 is a string, not a number`);
    expectRefusal(() => historicCustomerLifetimeValue({ purchases: untyped([1, 2, null]), grossMargin: 10 }), 'INVALID_TYPE', { fn, index: 2 }, `purchase at index 2 is null, not a number`);
    expectRefusal(() => historicCustomerLifetimeValue({ purchases: [-Infinity], grossMargin: 10 }), 'NOT_FINITE', { fn, index: 0 }, `purchase -Infinity at index 0 is not a finite number`);
    expectRefusal(() => historicCustomerLifetimeValue({ purchaseSum: Infinity, grossMargin: 10 }), 'NOT_FINITE', { fn }, `purchaseSum Infinity is not a finite number`);
  });
  test('a sum of purchases beyond the double range', () => {
    // 1.7e308 + 1.7e308 is above the largest double: the sum that overflowed is Infinity
    expectRefusal(() => historicCustomerLifetimeValue({ purchases: [1.7e308, 1.7e308], grossMargin: 10 }), 'NOT_FINITE', { fn }, `the sum of the purchases overflows the range of a double (Infinity)`);
    expectRefusal(() => historicCustomerLifetimeValue({ purchases: [-1.7e308, -1.7e308], grossMargin: 10 }), 'NOT_FINITE', { fn }, `the sum of the purchases overflows the range of a double (-Infinity)`);
    // a finite sum near the top of the range is accepted: sum × margin / 100 is computed as sum / 100 × margin
    expect(historicCustomerLifetimeValue({ purchaseSum: 1.7e308, grossMargin: 100 }) / 1.7e308).toBeCloseTo(1, 12);
  });
  test('grossMargin: missing, and each side of 0 and of 100', () => {
    expectRefusal(() => historicCustomerLifetimeValue(untyped({ purchaseSum: 400 })), 'INVALID_TYPE', { fn }, `grossMargin is missing`);
    expectRefusal(() => historicCustomerLifetimeValue({ purchaseSum: 400, grossMargin: -0.5 }), 'OUT_OF_RANGE', { fn }, `grossMargin -0.5 is outside 0–100; it is a percentage (35 for 35%)`);
    expectRefusal(() => historicCustomerLifetimeValue({ purchaseSum: 400, grossMargin: 100.5 }), 'OUT_OF_RANGE', { fn }, `grossMargin 100.5 is outside 0–100; it is a percentage (35 for 35%)`);
    expect(historicCustomerLifetimeValue({ purchaseSum: 400, grossMargin: 0 })).toBe(0);
    expect(historicCustomerLifetimeValue({ purchaseSum: 400, grossMargin: 100 })).toBe(400);
    expect(historicCustomerLifetimeValue({ purchases: [120, 80, -20, 220], grossMargin: 25 })).toBe(100);
  });
});

describe('predictiveCustomerLifetimeValue', () => {
  const fn = 'predictiveCustomerLifetimeValue';
  const base = { averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18 };
  test('an input that is not an object, or has an unknown field', () => {
    expectRefusal(
      () => predictiveCustomerLifetimeValue(untyped('x')),
      'INVALID_TYPE',
      { fn },
      `input is a string; pass an object { averageMonthlyTransactions, averageOrderValue, averageLifespanMonths, grossMargin? }`,
    );
    expectRefusal(
      () => predictiveCustomerLifetimeValue(untyped({ ...base, grossmargin: 50 })),
      'INVALID_TYPE',
      { fn },
      `input has an unknown field "grossmargin"; known fields: averageMonthlyTransactions, averageOrderValue, averageLifespanMonths, grossMargin`,
    );
  });
  test('a missing, non-number, infinite or negative field', () => {
    expectRefusal(() => predictiveCustomerLifetimeValue(untyped({ averageOrderValue: 40, averageLifespanMonths: 18 })), 'INVALID_TYPE', { fn }, `averageMonthlyTransactions is missing`);
    expectRefusal(() => predictiveCustomerLifetimeValue(untyped({ ...base, averageOrderValue: null })), 'INVALID_TYPE', { fn }, `averageOrderValue is null, not a number`);
    expectRefusal(() => predictiveCustomerLifetimeValue({ ...base, averageLifespanMonths: Infinity }), 'NOT_FINITE', { fn }, `averageLifespanMonths Infinity is not a finite number`);
    expectRefusal(() => predictiveCustomerLifetimeValue({ ...base, averageLifespanMonths: -1 }), 'OUT_OF_RANGE', { fn }, `averageLifespanMonths -1 is negative`);
    expect(predictiveCustomerLifetimeValue({ ...base, averageLifespanMonths: 0 })).toBe(0);
  });
  test('grossMargin on each side of 0 and of 100', () => {
    expectRefusal(() => predictiveCustomerLifetimeValue({ ...base, grossMargin: 100.5 }), 'OUT_OF_RANGE', { fn }, `grossMargin 100.5 is outside 0–100; it is a percentage (35 for 35%)`);
    expectRefusal(() => predictiveCustomerLifetimeValue({ ...base, grossMargin: -1 }), 'OUT_OF_RANGE', { fn }, `grossMargin -1 is outside 0–100; it is a percentage (35 for 35%)`);
    expect(predictiveCustomerLifetimeValue({ ...base, grossMargin: 100 })).toBe(1440);
    expect(predictiveCustomerLifetimeValue({ ...base, grossMargin: 0 })).toBe(0);
    expect(predictiveCustomerLifetimeValue({ ...base, grossMargin: 50 })).toBe(720);
    expect(predictiveCustomerLifetimeValue(base)).toBe(1440);
  });
  test('a product beyond the double range', () => {
    expectRefusal(
      () => predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 1e300, averageOrderValue: 1e10, averageLifespanMonths: 1 }),
      'NOT_FINITE',
      { fn },
      `the product averageMonthlyTransactions × averageOrderValue × averageLifespanMonths overflows the range of a double (Infinity)`,
    );
  });
});

describe('discountedCustomerLifetimeValue', () => {
  const fn = 'discountedCustomerLifetimeValue';
  test('an input that is not an object, an unknown field, a missing margin', () => {
    expectRefusal(() => discountedCustomerLifetimeValue(untyped(undefined)), 'INVALID_TYPE', { fn }, `input is undefined; pass an object { marginPerPeriod, retentionRate, discountRate, periods? }`);
    expectRefusal(
      () => discountedCustomerLifetimeValue(untyped({ marginPerPeriod: 1, retentionRate: 80, discountRate: 10, horizon: 3 })),
      'INVALID_TYPE',
      { fn },
      `input has an unknown field "horizon"; known fields: marginPerPeriod, retentionRate, discountRate, periods`,
    );
    expectRefusal(() => discountedCustomerLifetimeValue(untyped({ retentionRate: 80, discountRate: 10 })), 'INVALID_TYPE', { fn }, `marginPerPeriod is missing`);
  });
  test('rates on each side of 0 and of 100', () => {
    expectRefusal(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: -1, discountRate: 10 }), 'OUT_OF_RANGE', { fn }, `retentionRate -1 is outside 0–100; it is a percentage (35 for 35%)`);
    expectRefusal(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 100.5 }), 'OUT_OF_RANGE', { fn }, `discountRate 100.5 is outside 0–100; it is a percentage (35 for 35%)`);
    // m · r / (100 − r + d)
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 0, discountRate: 10 })).toBe(0);
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 100 })).toBe(8000 / 120);
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 50, discountRate: 0 })).toBe(100);
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 99, discountRate: 1 })).toBe(4950);
  });
  test('retentionRate 100 without a horizon, with and without a discount', () => {
    expectRefusal(
      () => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 100, discountRate: 10 }),
      'OUT_OF_RANGE',
      { fn },
      `retentionRate 100 with no horizon: a customer who never leaves has no finite lifetime (the sum is the perpetuity m / d, set by the discount rate of 10%); give periods, or a retention rate below 100`,
    );
    expectRefusal(
      () => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 100, discountRate: 0 }),
      'OUT_OF_RANGE',
      { fn },
      `retentionRate 100 with no horizon: a customer who never leaves has no finite lifetime (without a discount the sum diverges); give periods, or a retention rate below 100`,
    );
    // with a horizon, r = 100 and d = 0: every term is m
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 100, discountRate: 0, periods: 3 })).toBe(300);
  });
  test('periods: not a number, not whole, each side of 1', () => {
    expectRefusal(() => discountedCustomerLifetimeValue(untyped({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: '2' })), 'INVALID_TYPE', { fn }, `periods is a string, not a number`);
    expectRefusal(() => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: 1.5 }), 'NOT_INTEGER', { fn }, `periods 1.5 is not a whole number of periods`);
    expectRefusal(
      () => discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: 0 }),
      'OUT_OF_RANGE',
      { fn },
      `periods 0 is below 1; a horizon has at least one period (leave periods out for no horizon)`,
    );
    // one period: m · r / (100 + d) = 8000 / 110
    expect(discountedCustomerLifetimeValue({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10, periods: 1 })).toBeCloseTo(8000 / 110, 10);
  });
  test('a lifetime value beyond the double range, with and without a horizon', () => {
    expectRefusal(
      () => discountedCustomerLifetimeValue({ marginPerPeriod: 1.7e308, retentionRate: 99, discountRate: 0 }),
      'NOT_FINITE',
      { fn },
      `the lifetime value marginPerPeriod × retentionRate / (100 − retentionRate + discountRate) overflows the range of a double (Infinity)`,
    );
    expectRefusal(
      () => discountedCustomerLifetimeValue({ marginPerPeriod: 1.7e308, retentionRate: 100, discountRate: 0, periods: 2 }),
      'NOT_FINITE',
      { fn },
      `the lifetime value over the periods overflows the range of a double (Infinity)`,
    );
  });
});

describe('averageCustomerLifespan', () => {
  const fn = 'averageCustomerLifespan';
  test('an input that is not an object, a churn rate missing or not a number', () => {
    expectRefusal(() => averageCustomerLifespan(untyped('x')), 'INVALID_TYPE', { fn }, `input is a string; pass an object { churnRate }`);
    expectRefusal(() => averageCustomerLifespan(untyped({})), 'INVALID_TYPE', { fn }, `churnRate is missing`);
    expectRefusal(() => averageCustomerLifespan({ churnRate: NaN }), 'NOT_FINITE', { fn }, `churnRate NaN is not a finite number`);
  });
  test('churnRate 0 and -0 have no finite lifespan; the smallest positive one overflows', () => {
    expectRefusal(() => averageCustomerLifespan({ churnRate: 0 }), 'OUT_OF_RANGE', { fn }, `churnRate 0: customers who never leave have no finite lifespan`);
    expectRefusal(() => averageCustomerLifespan({ churnRate: -0 }), 'OUT_OF_RANGE', { fn }, `churnRate 0: customers who never leave have no finite lifespan`);
    expectRefusal(
      () => averageCustomerLifespan({ churnRate: Number.MIN_VALUE }),
      'NOT_FINITE',
      { fn },
      `the lifespan 100 / churnRate (churnRate 5e-324) overflows the range of a double (Infinity)`,
    );
  });
  test('each side of 0 and of 100', () => {
    expectRefusal(() => averageCustomerLifespan({ churnRate: -1 }), 'OUT_OF_RANGE', { fn }, `churnRate -1 is outside 0–100; it is a percentage per period`);
    expectRefusal(() => averageCustomerLifespan({ churnRate: 100.5 }), 'OUT_OF_RANGE', { fn }, `churnRate 100.5 is outside 0–100; it is a percentage per period`);
    expect(averageCustomerLifespan({ churnRate: 100 })).toBe(1);
    expect(averageCustomerLifespan({ churnRate: 5 })).toBe(20);
    expect(averageCustomerLifespan({ churnRate: 0.001 })).toBe(100000);
  });
});

describe('BG/NBD', () => {
  test('parameters: not an object, missing, not > 0, a = 1 where the expectations divide by a − 1', () => {
    let fn = 'bgNbdExpectedPurchases';
    expectRefusal(() => bgNbdExpectedPurchases(untyped(null), youngCustomer, 1), 'INVALID_OPTION', { fn }, `params must be { r, alpha, a, b }, got null`);
    expectRefusal(() => bgNbdExpectedPurchases(untyped({ alpha: 1, a: 2, b: 1 }), youngCustomer, 1), 'INVALID_OPTION', { fn }, `option params.r is missing; give a finite number > 0`);
    expectRefusal(() => bgNbdExpectedPurchases({ ...cdnow, alpha: 0 }, youngCustomer, 1), 'INVALID_OPTION', { fn }, `option params.alpha must be a finite number > 0, got 0`);
    expectRefusal(() => bgNbdExpectedPurchases({ ...cdnow, b: Infinity }, youngCustomer, 1), 'INVALID_OPTION', { fn }, `option params.b must be a finite number > 0, got Infinity`);
    expectRefusal(() => bgNbdExpectedPurchases({ ...cdnow, a: 1 }, youngCustomer, 1), 'INVALID_OPTION', { fn }, `params.a is 1, where the BG/NBD expectations divide by a − 1 = 0`);
    fn = 'bgNbdPopulationExpectedPurchases';
    expectRefusal(() => bgNbdPopulationExpectedPurchases({ ...cdnow, a: 1 }, 1), 'INVALID_OPTION', { fn }, `params.a is 1, where the BG/NBD expectations divide by a − 1 = 0`);
    expectRefusal(() => bgNbdPopulationExpectedPurchases({ ...cdnow, r: -1 }, 1), 'INVALID_OPTION', { fn }, `option params.r must be a finite number > 0, got -1`);
    // a = 1 is allowed where nothing divides by a − 1
    expect(bgNbdProbabilityAlive({ ...cdnow, a: 1 }, youngCustomer)).toBe(1);
    expect(Number.isFinite(bgNbdProbabilityOfPurchases({ ...cdnow, a: 1 }, 1, 2))).toBe(true);
  });
  test('t: not a number, not finite, each side of 0', () => {
    let fn = 'bgNbdExpectedPurchases';
    expectRefusal(() => bgNbdExpectedPurchases(cdnow, youngCustomer, untyped('1')), 'INVALID_TYPE', { fn }, `t is a string, not a number`);
    expectRefusal(() => bgNbdExpectedPurchases(cdnow, youngCustomer, Infinity), 'NOT_FINITE', { fn }, `t Infinity is not a finite number`);
    expectRefusal(() => bgNbdExpectedPurchases(cdnow, youngCustomer, -1), 'OUT_OF_RANGE', { fn }, `t -1 is negative; the future period has a length ≥ 0`);
    expect(bgNbdExpectedPurchases(cdnow, youngCustomer, 0)).toBe(0);
    fn = 'bgNbdPopulationExpectedPurchases';
    expectRefusal(() => bgNbdPopulationExpectedPurchases(cdnow, -0.5), 'OUT_OF_RANGE', { fn }, `t -0.5 is negative; the future period has a length ≥ 0`);
    expect(bgNbdPopulationExpectedPurchases(cdnow, 0)).toBe(0);
    fn = 'bgNbdProbabilityOfPurchases';
    expectRefusal(() => bgNbdProbabilityOfPurchases(cdnow, 0, -1), 'OUT_OF_RANGE', { fn }, `t -1 is negative; the period has a length ≥ 0`);
    expect(bgNbdProbabilityOfPurchases(cdnow, 0, 0)).toBe(1);
    expect(bgNbdProbabilityOfPurchases(cdnow, 1, 0)).toBe(0);
  });
  test('the customer: each field and each consistency check', () => {
    const fn = 'bgNbdProbabilityAlive';
    const alive = (customer: unknown) => () => bgNbdProbabilityAlive(cdnow, untyped(customer));
    expectRefusal(alive(null), 'INVALID_TYPE', { fn }, `customer is null, not a customer { frequency, recency, T }`);
    expectRefusal(alive({ frequency: '1', recency: 1, T: 2 }), 'INVALID_TYPE', { fn }, `customer.frequency is a string, not a number`);
    expectRefusal(alive({ frequency: 1, recency: NaN, T: 2 }), 'NOT_FINITE', { fn }, `customer.recency NaN is not a finite number`);
    expectRefusal(alive({ frequency: 1, recency: 1 }), 'INVALID_TYPE', { fn }, `customer.T is undefined, not a number`);
    expectRefusal(alive({ frequency: 1.5, recency: 1, T: 2 }), 'NOT_INTEGER', { fn }, `customer.frequency 1.5 is not a whole number of repeat purchases`);
    expectRefusal(alive({ frequency: -1, recency: 0, T: 2 }), 'INVALID_COUNTS', { fn }, `customer.frequency -1 is negative`);
    expectRefusal(
      alive({ frequency: 2 ** 53, recency: 1, T: 2 }),
      'OUT_OF_RANGE',
      { fn },
      `customer.frequency 9007199254740992 is above 2^53 − 1 (9007199254740991), the largest count that is exact`,
    );
    expectRefusal(alive({ frequency: 0, recency: -1, T: 2 }), 'INVALID_COUNTS', { fn }, `customer.recency -1 is negative`);
    expectRefusal(alive({ frequency: 0, recency: 0, T: -1 }), 'INVALID_COUNTS', { fn }, `customer.T -1 is negative`);
    expectRefusal(
      alive({ frequency: 1, recency: 5, T: 4 }),
      'INVALID_COUNTS',
      { fn },
      `customer.recency 5 is greater than its T 4: the last purchase cannot come after the end of observation`,
    );
    expectRefusal(
      alive({ frequency: 1, recency: 0, T: 5 }),
      'INVALID_COUNTS',
      { fn },
      `customer has frequency 1 but recency 0; repeat purchases come after the first, so recency is positive`,
    );
    expectRefusal(alive({ frequency: 0, recency: 2, T: 5 }), 'INVALID_COUNTS', { fn }, `customer has frequency 0 but recency 2; without repeat purchases recency is 0`);
    // accepted sides: T = 0 with recency 0, recency = T
    expect(bgNbdProbabilityAlive(cdnow, { frequency: 0, recency: 0, T: 0 })).toBe(1);
    // 1 / (1 + a/(b + x − 1) · ((α + T)/(α + tₓ))^(r+x)) with recency = T: 1 / (1 + a/b)
    expect(bgNbdProbabilityAlive(cdnow, { frequency: 1, recency: 5, T: 5 })).toBeCloseTo(1 / (1 + cdnow.a / cdnow.b), 14);
    expect(bgNbdProbabilityAlive({ r: 2, alpha: 3, a: 0.5, b: 1.5 }, { frequency: 1, recency: 2, T: 5 })).toBeCloseTo(3 / 7.096, 14);
  });
  test('bgNbdProbabilityOfPurchases: n not a number, not finite, not whole, each side of 0', () => {
    const fn = 'bgNbdProbabilityOfPurchases';
    const p = { r: 1, alpha: 1, a: 1, b: 3 };
    expectRefusal(() => bgNbdProbabilityOfPurchases(p, untyped('1'), 1), 'INVALID_TYPE', { fn }, `n is a string, not a number`);
    expectRefusal(() => bgNbdProbabilityOfPurchases(p, NaN, 1), 'NOT_FINITE', { fn }, `n NaN is not a finite number`);
    expectRefusal(() => bgNbdProbabilityOfPurchases(p, 1.5, 1), 'NOT_INTEGER', { fn }, `n 1.5 is not a whole number`);
    expectRefusal(() => bgNbdProbabilityOfPurchases(p, -1, 1), 'OUT_OF_RANGE', { fn }, `n -1 is below 0`);
    // n = 0, t = 1: q = α/(α + t) = 1/2, P = q^r = 1/2
    expect(bgNbdProbabilityOfPurchases(p, 0, 1)).toBeCloseTo(0.5, 14);
    expect(bgNbdProbabilityOfPurchases(p, 1, 1)).toBeCloseTo(5 / 16, 12);
  });
  test('fitBgNbd: the customers and the fit options', () => {
    const fn = 'fitBgNbd';
    expectRefusal(() => fitBgNbd(untyped(5)), 'INVALID_TYPE', { fn }, `input is a number; pass customers (customer histories) (an array or iterable of objects)`);
    expectRefusal(() => fitBgNbd([]), 'EMPTY_INPUT', { fn }, `no customers to fit`);
    expectRefusal(() => fitBgNbd(untyped([{ frequency: 0, recency: 0, T: 1 }, null])), 'INVALID_TYPE', { fn, index: 1 }, `customers[1] is null, not a customer { frequency, recency, T }`);
    expectRefusal(() => fitBgNbd([{ frequency: 0, recency: 0, T: 1 }, { frequency: 0, recency: 0, T: -2 }]), 'INVALID_COUNTS', { fn, index: 1 }, `customers[1].T -2 is negative`);
    expectRefusal(() => fitBgNbd(tenCustomers, untyped(5)), 'INVALID_OPTION', { fn }, `options must be an object, got 5`);
    expectRefusal(() => fitBgNbd(tenCustomers, untyped({ tol: 1 })), 'INVALID_OPTION', { fn }, `unknown option "tol"; known options: initial, tolerance, maxIterations`);
    expectRefusal(() => fitBgNbd(tenCustomers, { initial: [1, 1, 1] }), 'INVALID_OPTION', { fn }, `option initial must be an array of 4 numbers (r, alpha, a, b), got an array`);
    expectRefusal(() => fitBgNbd(tenCustomers, { initial: [1, 1, 1, 0] }), 'INVALID_OPTION', { fn }, `option initial: b must be a finite number > 0, got 0`);
    expectRefusal(() => fitBgNbd(tenCustomers, { tolerance: 0 }), 'INVALID_OPTION', { fn }, `option tolerance must be a finite number > 0, got 0`);
    expectRefusal(() => fitBgNbd(tenCustomers, { maxIterations: 0 }), 'INVALID_OPTION', { fn }, `option maxIterations must be a whole number ≥ 1, got 0`);
    // maxIterations 1 is accepted, and one BFGS step does not reach the optimum
    const e = metricErrorOf(() => fitBgNbd(tenCustomers, { maxIterations: 1 }));
    expect(e.code).toBe('NOT_CONVERGED');
    expect(e.details).toStrictEqual({ fn });
    expect(e.message.startsWith(`${fn}: the fit did not converge in 1 iterations: last parameters r = `)).toBe(true);
    const fit = fitBgNbd(tenCustomers);
    expect(Number.isFinite(fit.logLikelihood) && fit.logLikelihood < 0).toBe(true);
  });
});

describe('Gamma-Gamma and probabilisticLifetimeValue', () => {
  const gg = { p: 6, q: 4, v: 15 };
  test('gammaGammaExpectedAverageValue: parameters, q on each side of 1, the customer', () => {
    const fn = 'gammaGammaExpectedAverageValue';
    expectRefusal(() => gammaGammaExpectedAverageValue(untyped(null), { frequency: 1, monetaryValue: 5 }), 'INVALID_OPTION', { fn }, `params must be { p, q, v }, got null`);
    expectRefusal(() => gammaGammaExpectedAverageValue({ ...gg, p: -1 }, { frequency: 1, monetaryValue: 5 }), 'INVALID_OPTION', { fn }, `option params.p must be a finite number > 0, got -1`);
    expectRefusal(() => gammaGammaExpectedAverageValue({ ...gg, q: 1 }, { frequency: 1, monetaryValue: 5 }), 'INVALID_OPTION', { fn }, `params.q 1 must be > 1 for the expected spend to exist`);
    // p (v + x m) / (p x + q − 1): q = 2, x = 0 gives 6 · 15 / 1
    expect(gammaGammaExpectedAverageValue({ ...gg, q: 2 }, { frequency: 0, monetaryValue: 0 })).toBe(90);
    expect(gammaGammaExpectedAverageValue(gg, { frequency: 0, monetaryValue: 0 })).toBe(30);
    expect(gammaGammaExpectedAverageValue(gg, { frequency: 1, monetaryValue: 50 })).toBeCloseTo(390 / 9, 12);
    expectRefusal(() => gammaGammaExpectedAverageValue(gg, untyped(null)), 'INVALID_TYPE', { fn }, `customer is null, not a customer { frequency, monetaryValue }`);
    expectRefusal(() => gammaGammaExpectedAverageValue(gg, { frequency: 0, monetaryValue: 5 }), 'INVALID_COUNTS', { fn }, `customer has frequency 0 but monetaryValue 5; without repeat purchases it is 0`);
    expectRefusal(() => gammaGammaExpectedAverageValue(gg, { frequency: 1.5, monetaryValue: 5 }), 'NOT_INTEGER', { fn }, `customer.frequency 1.5 is not a whole number of repeat purchases`);
    expectRefusal(
      () => gammaGammaExpectedAverageValue(gg, { frequency: 1, monetaryValue: 0 }),
      'OUT_OF_RANGE',
      { fn },
      `customer has frequency 1 and monetaryValue 0; the Gamma-Gamma model needs repeat buyers with a positive mean spend: leave out customers without repeat purchases (and any with a mean spend ≤ 0)`,
    );
  });
  test('fitGammaGamma: no customers, a customer without repeat purchases names its index', () => {
    const fn = 'fitGammaGamma';
    expectRefusal(() => fitGammaGamma([]), 'EMPTY_INPUT', { fn }, `no customers to fit`);
    expectRefusal(
      () => fitGammaGamma([{ frequency: 2, monetaryValue: 5 }, { frequency: 0, monetaryValue: 0 }]),
      'OUT_OF_RANGE',
      { fn, index: 1 },
      `customers[1] has frequency 0 and monetaryValue 0; the Gamma-Gamma model needs repeat buyers with a positive mean spend: leave out customers without repeat purchases (and any with a mean spend ≤ 0)`,
    );
  });
  test('probabilisticLifetimeValue: each option, each side of its range', () => {
    const fn = 'probabilisticLifetimeValue';
    const customer = { frequency: 2, recency: 20, T: 30, monetaryValue: 40 };
    const base = { bgNbd: cdnow, gammaGamma: gg, customer, months: 1, monthlyDiscountRate: 0, timeUnitsPerMonth: 1 };
    const plv = (o: unknown) => () => probabilisticLifetimeValue(untyped(o));
    expectRefusal(plv({ ...base, month: 1 }), 'INVALID_OPTION', { fn }, `unknown option "month"; known options: bgNbd, gammaGamma, customer, months, monthlyDiscountRate, timeUnitsPerMonth`);
    expectRefusal(plv({ ...base, months: undefined }), 'INVALID_OPTION', { fn }, `option months is missing; give the number of months to add up`);
    expectRefusal(plv({ ...base, months: 0 }), 'INVALID_OPTION', { fn }, `option months must be a whole number ≥ 1, got 0`);
    expectRefusal(plv({ ...base, months: 1201 }), 'OUT_OF_RANGE', { fn }, `option months 1201 is above 1200 (100 years), the longest horizon added up month by month`);
    expect(Number.isFinite(probabilisticLifetimeValue({ ...base, months: 1200 }))).toBe(true);
    expectRefusal(plv({ ...base, monthlyDiscountRate: undefined }), 'INVALID_OPTION', { fn }, `option monthlyDiscountRate is missing; give a percentage (1 for 1%, 0 for none)`);
    expectRefusal(plv({ ...base, monthlyDiscountRate: 100.5 }), 'INVALID_OPTION', { fn }, `option monthlyDiscountRate must be a percentage from 0 to 100, got 100.5`);
    expectRefusal(plv({ ...base, monthlyDiscountRate: -1 }), 'INVALID_OPTION', { fn }, `option monthlyDiscountRate must be a percentage from 0 to 100, got -1`);
    expectRefusal(plv({ ...base, timeUnitsPerMonth: undefined }), 'INVALID_OPTION', { fn }, `option timeUnitsPerMonth is missing; give 30 for days, 4.345 for weeks`);
    expectRefusal(plv({ ...base, timeUnitsPerMonth: 0 }), 'INVALID_OPTION', { fn }, `option timeUnitsPerMonth must be a finite number > 0, got 0`);
    expectRefusal(plv({ ...base, gammaGamma: null }), 'INVALID_OPTION', { fn }, `gammaGamma must be { p, q, v }, got null`);
    expectRefusal(plv({ ...base, bgNbd: { ...cdnow, a: 1 } }), 'INVALID_OPTION', { fn }, `bgNbd.a is 1, where the BG/NBD expectations divide by a − 1 = 0`);
    expectRefusal(plv({ ...base, bgNbd: { alpha: 1, a: 2, b: 1 } }), 'INVALID_OPTION', { fn }, `option bgNbd.r is missing; give a finite number > 0`);
    expectRefusal(plv({ ...base, customer: { ...customer, recency: 31 } }), 'INVALID_COUNTS', { fn }, `customer.recency 31 is greater than its T 30: the last purchase cannot come after the end of observation`);
    expectRefusal(plv({ ...base, customer: { frequency: 0, recency: 0, T: 30, monetaryValue: 3 } }), 'INVALID_COUNTS', { fn }, `customer has frequency 0 but monetaryValue 3; without repeat purchases it is 0`);
    // one month, one time unit a month: value × E[X(1)] / (1 + d/100)
    const value = gammaGammaExpectedAverageValue(gg, customer);
    const purchases = bgNbdExpectedPurchases(cdnow, customer, 1);
    expect(probabilisticLifetimeValue(base)).toBeCloseTo(value * purchases, 10);
    expect(probabilisticLifetimeValue({ ...base, monthlyDiscountRate: 100 })).toBeCloseTo((value * purchases) / 2, 10);
  });
});

describe('MBG/NBD and Pareto/NBD', () => {
  const mbg = { r: 1, alpha: 1, a: 2, b: 1 };
  const pareto = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
  const customer = { frequency: 1, recency: 2, T: 5 };
  test('MBG/NBD parameters, a = 1, t and n', () => {
    let fn = 'mbgNbdExpectedPurchases';
    expectRefusal(() => mbgNbdExpectedPurchases(untyped(undefined), customer, 1), 'INVALID_OPTION', { fn }, `params must be { r, alpha, a, b }, got undefined`);
    expectRefusal(() => mbgNbdExpectedPurchases({ ...mbg, a: 1 }, customer, 1), 'INVALID_OPTION', { fn }, `params.a is 1, where the MBG/NBD expectations divide by a − 1 = 0`);
    expectRefusal(() => mbgNbdExpectedPurchases(mbg, customer, -1), 'OUT_OF_RANGE', { fn }, `t -1 is negative; the period has a length ≥ 0`);
    expectRefusal(() => mbgNbdExpectedPurchases(mbg, { ...customer, recency: 6 }, 1), 'INVALID_COUNTS', { fn }, `customer.recency 6 is greater than its T 5: the last purchase cannot come after the end of observation`);
    expect(mbgNbdExpectedPurchases(mbg, customer, 0)).toBe(0);
    fn = 'mbgNbdPopulationExpectedPurchases';
    expectRefusal(() => mbgNbdPopulationExpectedPurchases({ ...mbg, a: 1 }, 1), 'INVALID_OPTION', { fn }, `params.a is 1, where the MBG/NBD expectations divide by a − 1 = 0`);
    expectRefusal(() => mbgNbdPopulationExpectedPurchases(mbg, untyped(null)), 'INVALID_TYPE', { fn }, `t is null, not a number`);
    expect(mbgNbdPopulationExpectedPurchases(mbg, 0)).toBe(0);
    fn = 'mbgNbdProbabilityAlive';
    expectRefusal(() => mbgNbdProbabilityAlive({ ...mbg, b: 0 }, customer), 'INVALID_OPTION', { fn }, `option params.b must be a finite number > 0, got 0`);
    expect(mbgNbdProbabilityAlive({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: 0, recency: 0, T: 1 })).toBeCloseTo(1 / 3, 12);
    fn = 'mbgNbdProbabilityOfPurchases';
    expectRefusal(() => mbgNbdProbabilityOfPurchases(mbg, -1, 1), 'OUT_OF_RANGE', { fn }, `n -1 is below 0`);
    expectRefusal(() => mbgNbdProbabilityOfPurchases(mbg, 0, Infinity), 'NOT_FINITE', { fn }, `t Infinity is not a finite number`);
    expect(mbgNbdProbabilityOfPurchases(mbg, 0, 0)).toBe(1);
  });
  test('Pareto/NBD parameters, t and n on each side of 0 and of 10000', () => {
    let fn = 'paretoNbdProbabilityAlive';
    expectRefusal(() => paretoNbdProbabilityAlive(untyped(null), customer), 'INVALID_OPTION', { fn }, `params must be { r, alpha, s, beta }, got null`);
    expectRefusal(() => paretoNbdProbabilityAlive({ ...pareto, s: 0 }, customer), 'INVALID_OPTION', { fn }, `option params.s must be a finite number > 0, got 0`);
    expectRefusal(() => paretoNbdProbabilityAlive(pareto, { frequency: 0, recency: 1, T: 5 }), 'INVALID_COUNTS', { fn }, `customer has frequency 0 but recency 1; without repeat purchases recency is 0`);
    const alive = paretoNbdProbabilityAlive(pareto, customer);
    expect(alive > 0 && alive < 1).toBe(true);
    fn = 'paretoNbdExpectedPurchases';
    expectRefusal(() => paretoNbdExpectedPurchases(pareto, customer, -1), 'OUT_OF_RANGE', { fn }, `t -1 is negative; the period has a length ≥ 0`);
    expect(paretoNbdExpectedPurchases(pareto, customer, 0)).toBe(0);
    fn = 'paretoNbdPopulationExpectedPurchases';
    expectRefusal(() => paretoNbdPopulationExpectedPurchases({ ...pareto, beta: NaN }, 1), 'INVALID_OPTION', { fn }, `option params.beta must be a finite number > 0, got NaN`);
    expectRefusal(() => paretoNbdPopulationExpectedPurchases(pareto, -2), 'OUT_OF_RANGE', { fn }, `t -2 is negative; the period has a length ≥ 0`);
    expect(paretoNbdPopulationExpectedPurchases(pareto, 0)).toBe(0);
    fn = 'paretoNbdProbabilityOfPurchases';
    expectRefusal(() => paretoNbdProbabilityOfPurchases(pareto, -1, 1), 'OUT_OF_RANGE', { fn }, `n -1 is below 0`);
    expectRefusal(
      () => paretoNbdProbabilityOfPurchases(pareto, 10001, 1),
      'OUT_OF_RANGE',
      { fn },
      `n 10001 is above 10000, the most purchases its accuracy is checked for (against mpmath)`,
    );
    expect(paretoNbdProbabilityOfPurchases(pareto, 0, 0)).toBe(1);
    expect(Number.isFinite(paretoNbdProbabilityOfPurchases(pareto, 10000, 1))).toBe(true);
  });
  test('fitMbgNbd and fitParetoNbd name themselves for bad customers and options', () => {
    expectRefusal(() => fitMbgNbd([]), 'EMPTY_INPUT', { fn: 'fitMbgNbd' }, 'no customers to fit');
    expectRefusal(() => fitMbgNbd(tenCustomers, { initial: [1, 1, -1, 1] }), 'INVALID_OPTION', { fn: 'fitMbgNbd' }, 'option initial: a must be a finite number > 0, got -1');
    expectRefusal(() => fitParetoNbd(untyped([{ frequency: 0, recency: 0, T: 1 }, 7])), 'INVALID_TYPE', { fn: 'fitParetoNbd', index: 1 }, 'customers[1] is a number, not a customer { frequency, recency, T }');
    expectRefusal(() => fitParetoNbd(tenCustomers, { initial: [1, 1] }), 'INVALID_OPTION', { fn: 'fitParetoNbd' }, 'option initial must be an array of 4 numbers (r, alpha, s, beta), got an array');
  });
});

describe('BG/BB', () => {
  const p = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
  const ones = { alpha: 1, beta: 1, gamma: 1, delta: 1 };
  test('the history: each field and each consistency check', () => {
    const fn = 'bgBbProbabilityAlive';
    const alive = (c: unknown) => () => bgBbProbabilityAlive(p, untyped(c));
    expectRefusal(alive(null), 'INVALID_TYPE', { fn }, `customer is null, not a history { frequency, recency, periods }`);
    expectRefusal(alive({ frequency: -1, recency: 0, periods: 2 }), 'OUT_OF_RANGE', { fn }, `customer.frequency -1 is negative`);
    expectRefusal(alive({ frequency: 1.5, recency: 2, periods: 2 }), 'NOT_INTEGER', { fn }, `customer.frequency 1.5 is not a whole number`);
    expectRefusal(alive({ frequency: 2n ** 60n, recency: 0, periods: 2 }), 'OUT_OF_RANGE', { fn }, `customer.frequency 1152921504606846976n is beyond 2^53 − 1, the largest exact count`);
    expectRefusal(alive({ frequency: 0, recency: 0, periods: 10001 }), 'OUT_OF_RANGE', { fn }, `customer.periods 10001 is above 10000, the most opportunities the BG/BB sums over`);
    expectRefusal(alive({ frequency: 3, recency: 2, periods: 2 }), 'INVALID_COUNTS', { fn }, `customer.frequency 3 is more than its periods 2: at most one transaction per opportunity`);
    expectRefusal(alive({ frequency: 1, recency: 3, periods: 2 }), 'INVALID_COUNTS', { fn }, `customer.recency 3 is more than its periods 2: the last transaction falls within the opportunities observed`);
    expectRefusal(alive({ frequency: 2, recency: 1, periods: 3 }), 'INVALID_COUNTS', { fn }, `customer.frequency 2 is more than its recency 1: x transactions need at least x opportunities up to the last`);
    expectRefusal(alive({ frequency: 0, recency: 1, periods: 3 }), 'INVALID_COUNTS', { fn }, `customer has frequency 0 but recency 1; without transactions recency is 0`);
    expect(bgBbProbabilityAlive(p, { frequency: 6, recency: 6, periods: 6 }) > 0.9).toBe(true);
    expect(bgBbProbabilityAlive(p, { frequency: 1n, recency: 1, periods: 1 } as never) > 0).toBe(true);
  });
  test('k, n and x on each side of 0 and of 10000', () => {
    let fn = 'bgBbExpectedPurchases';
    const c = { frequency: 3, recency: 6, periods: 6 };
    expectRefusal(() => bgBbExpectedPurchases(p, c, -1), 'OUT_OF_RANGE', { fn }, `k -1 is below 0`);
    expectRefusal(() => bgBbExpectedPurchases(p, c, 10001), 'OUT_OF_RANGE', { fn }, `k 10001 is above 10000, the most opportunities the BG/BB sums over`);
    expect(bgBbExpectedPurchases(p, c, 0)).toBe(0);
    expect(Number.isFinite(bgBbExpectedPurchases(p, c, 10000))).toBe(true);
    fn = 'bgBbPopulationExpectedPurchases';
    expectRefusal(() => bgBbPopulationExpectedPurchases(untyped(null), 2), 'INVALID_OPTION', { fn }, `params must be { alpha, beta, gamma, delta }, got null`);
    expectRefusal(() => bgBbPopulationExpectedPurchases(ones, -1), 'OUT_OF_RANGE', { fn }, `n -1 is below 0`);
    expect(bgBbPopulationExpectedPurchases(ones, 2)).toBeCloseTo(5 / 12, 12);
    fn = 'bgBbProbabilityOfPurchases';
    expectRefusal(() => bgBbProbabilityOfPurchases(p, 10001, 10001), 'OUT_OF_RANGE', { fn }, `x 10001 is above 10000, the most opportunities the BG/BB sums over`);
    expectRefusal(() => bgBbProbabilityOfPurchases(p, 0, -1), 'OUT_OF_RANGE', { fn }, `n -1 is below 0`);
    expect(bgBbProbabilityOfPurchases(p, 0, 0)).toBe(1);
    expect(bgBbProbabilityOfPurchases(p, 2, 1)).toBe(0);
  });
  test('fitBgBb: no customers, counts adding up to 0, a negative count', () => {
    const fn = 'fitBgBb';
    expectRefusal(() => fitBgBb([]), 'EMPTY_INPUT', { fn }, `no customers to fit`);
    expectRefusal(() => fitBgBb([{ frequency: 0, recency: 0, periods: 1, count: 0 }]), 'EMPTY_INPUT', { fn }, `the counts add up to 0: no customers to fit`);
    expectRefusal(() => fitBgBb([{ frequency: 0, recency: 0, periods: 1, count: -1 }]), 'OUT_OF_RANGE', { fn, index: 0 }, `customers[0].count -1 is negative`);
  });
});

describe('sBG and BdW', () => {
  test('sbgSurvival and sbgRetentionRate: t on each side of 0 and of 1', () => {
    expectRefusal(() => sbgSurvival({ alpha: 1, beta: 1 }, -1), 'OUT_OF_RANGE', { fn: 'sbgSurvival' }, 't -1 is below 0');
    expectRefusal(() => sbgSurvival({ alpha: 1, beta: 1 }, Infinity), 'NOT_FINITE', { fn: 'sbgSurvival' }, 't Infinity is not a finite number');
    expect(sbgSurvival({ alpha: 1, beta: 1 }, 0)).toBe(1);
    // Πⱼ<₃ (β + j)/(α + β + j) = 1/2 · 2/3 · 3/4
    expect(sbgSurvival({ alpha: 1, beta: 1 }, 3)).toBeCloseTo(0.25, 14);
    expectRefusal(() => sbgRetentionRate({ alpha: 1, beta: 3 }, 0), 'OUT_OF_RANGE', { fn: 'sbgRetentionRate' }, 't 0 is below 1');
    expectRefusal(() => sbgRetentionRate({ alpha: 1, beta: 3 }, 1.5), 'NOT_INTEGER', { fn: 'sbgRetentionRate' }, 't 1.5 is not a whole number');
    expectRefusal(() => sbgRetentionRate({ alpha: 0, beta: 3 }, 1), 'INVALID_OPTION', { fn: 'sbgRetentionRate' }, 'option params.alpha must be a finite number > 0, got 0');
    expect(sbgRetentionRate({ alpha: 1, beta: 3 }, 1)).toBeCloseTo(75, 12);
  });
  test('sbgDiscountedResidualLifetime: options and alpha on each side of 1 without discounting', () => {
    const fn = 'sbgDiscountedResidualLifetime';
    const p = { alpha: 2, beta: 3 };
    expectRefusal(() => sbgDiscountedResidualLifetime(p, untyped({ discountRate: 0 })), 'INVALID_OPTION', { fn }, `option renewals is missing (a whole number ≥ 0: 0 for a customer in their first period)`);
    expectRefusal(() => sbgDiscountedResidualLifetime(p, { renewals: -1, discountRate: 0 }), 'INVALID_OPTION', { fn }, `option renewals must be a whole number ≥ 0, got -1`);
    expectRefusal(() => sbgDiscountedResidualLifetime(p, untyped({ renewals: 0 })), 'INVALID_OPTION', { fn }, `option discountRate is missing (a percentage: 10 for 10%)`);
    expectRefusal(() => sbgDiscountedResidualLifetime(p, { renewals: 0, discountRate: 100.5 }), 'INVALID_OPTION', { fn }, `option discountRate must be a percentage from 0 to 100, got 100.5`);
    expectRefusal(() => sbgDiscountedResidualLifetime(p, untyped({ renewals: 0, discountRate: 0, rate: 1 })), 'INVALID_OPTION', { fn }, `unknown option "rate"; known options: renewals, discountRate`);
    expectRefusal(
      () => sbgDiscountedResidualLifetime({ alpha: 1, beta: 3 }, { renewals: 0, discountRate: 0 }),
      'INVALID_OPTION',
      { fn },
      `without discounting the expected residual lifetime is infinite for alpha ≤ 1 (alpha is 1); give a discountRate > 0`,
    );
    // (β + n − 1)/(α − 1), n = renewals + 1
    expect(sbgDiscountedResidualLifetime({ alpha: 1.5, beta: 3 }, { renewals: 2, discountRate: 0 })).toBe(10);
    expect(sbgDiscountedResidualLifetime(p, { renewals: 0, discountRate: 0 })).toBe(3);
    expect(sbgDiscountedResidualLifetime(p, { renewals: 2, discountRate: 0 })).toBe(5);
    const discounted = sbgDiscountedResidualLifetime(p, { renewals: 2, discountRate: 100 });
    expect(discounted > 0 && discounted < 5).toBe(true);
  });
  test('bdwSurvival and bdwRetentionRate: t on each side of 0 and of 1', () => {
    expectRefusal(() => bdwSurvival({ alpha: 1, beta: 1, c: 1 }, -1), 'OUT_OF_RANGE', { fn: 'bdwSurvival' }, 't -1 is below 0');
    expectRefusal(() => bdwSurvival({ alpha: 1, beta: 1, c: 0 }, 1), 'INVALID_OPTION', { fn: 'bdwSurvival' }, 'option params.c must be a finite number > 0, got 0');
    expect(bdwSurvival({ alpha: 1, beta: 1, c: 1 }, 0)).toBe(1);
    expect(bdwSurvival({ alpha: 1, beta: 1, c: 1 }, 3)).toBeCloseTo(0.25, 12);
    expectRefusal(() => bdwRetentionRate({ alpha: 1, beta: 3, c: 1 }, 0), 'OUT_OF_RANGE', { fn: 'bdwRetentionRate' }, 't 0 is below 1');
    expectRefusal(() => bdwRetentionRate({ alpha: 1, beta: 3, c: 1 }, untyped('1')), 'INVALID_TYPE', { fn: 'bdwRetentionRate' }, 't is a string, not a number');
    expect(bdwRetentionRate({ alpha: 1, beta: 3, c: 1 }, 1)).toBeCloseTo(75, 10);
  });
  test('the cohorts of fitShiftedBetaGeometric and fitBetaDiscreteWeibull', () => {
    let fn = 'fitShiftedBetaGeometric';
    const tail = ' is more than survivors[0] 100: survivors never increase (a customer who has left does not come back in the cohort)';
    expectRefusal(() => fitShiftedBetaGeometric([]), 'EMPTY_INPUT', { fn }, `survivors has 0 survivor counts; a fit needs at least two (the cohort and the survivors of one period)`);
    expectRefusal(() => fitShiftedBetaGeometric([1000]), 'EMPTY_INPUT', { fn }, `survivors has 1 survivor count; a fit needs at least two (the cohort and the survivors of one period)`);
    expectRefusal(() => fitShiftedBetaGeometric(untyped([100, 'x'])), 'INVALID_TYPE', { fn, index: 1 }, `survivors[1] is a string, not a number`);
    expectRefusal(() => fitShiftedBetaGeometric([100, NaN]), 'NOT_FINITE', { fn, index: 1 }, `survivors[1] NaN is not a finite number`);
    expectRefusal(() => fitShiftedBetaGeometric([100, 50.5]), 'NOT_INTEGER', { fn, index: 1 }, `survivors[1] 50.5 is not a whole number of customers`);
    expectRefusal(() => fitShiftedBetaGeometric([100, -1]), 'INVALID_COUNTS', { fn, index: 1 }, `survivors[1] -1 is negative`);
    expectRefusal(() => fitShiftedBetaGeometric([100, 101]), 'INVALID_COUNTS', { fn, index: 1 }, `survivors[1] 101${tail}`);
    expectRefusal(() => fitShiftedBetaGeometric([0, 0]), 'EMPTY_INPUT', { fn, index: 0 }, `survivors[0] is 0: a cohort of no customers has nothing to fit`);
    expect(fitShiftedBetaGeometric([1000, 631, 468, 382, 326, 289, 262, 241]).alpha.toFixed(3)).toBe('0.704');
    fn = 'fitBetaDiscreteWeibull';
    expectRefusal(() => fitBetaDiscreteWeibull(untyped([[100, 50], null])), 'INVALID_TYPE', { fn, index: 1 }, `cohorts[1] is null, not a list of survivors`);
    expectRefusal(() => fitBetaDiscreteWeibull([[100, 50], [5]]), 'EMPTY_INPUT', { fn, index: 1 }, `cohorts[1] has 1 survivor count; a fit needs at least two (the cohort and the survivors of one period)`);
    expectRefusal(
      () => fitBetaDiscreteWeibull([[100, 50], [100, 120]]),
      'INVALID_COUNTS',
      { fn, index: 1 },
      `cohorts[1][1] 120 is more than cohorts[1][0] 100: survivors never increase (a customer who has left does not come back in the cohort)`,
    );
    expectRefusal(() => fitBetaDiscreteWeibull([[0, 0]]), 'EMPTY_INPUT', { fn, index: 0 }, `cohorts[0][0] is 0: a cohort of no customers has nothing to fit`);
    expect(fitBetaDiscreteWeibull([1000, 869, 743, 653, 593, 551, 517, 491]).c.toFixed(2)).toBe('1.72');
  });
});

describe('trackingTable', () => {
  const fn = 'trackingTable';
  const customers = [{ T: 4, repeatTimes: [0.5, 3.2] }, { T: 2, repeatTimes: [] }];
  const track = (model: unknown, params: unknown, list: unknown, options: unknown) => () => trackingTable(untyped(model), untyped(params), untyped(list), untyped(options));
  test('the model and its parameters', () => {
    expectRefusal(track('bg', cdnow, customers, { periods: 1 }), 'INVALID_OPTION', { fn }, `model must be 'bg-nbd', 'mbg-nbd' or 'pareto-nbd', got "bg"`);
    expectRefusal(track('bg-nbd', null, customers, { periods: 1 }), 'INVALID_OPTION', { fn }, `params must be { r, alpha, a, b }, got null`);
    expectRefusal(track('mbg-nbd', { ...cdnow, a: 1 }, customers, { periods: 1 }), 'INVALID_OPTION', { fn }, `params.a is 1, where the MBG/NBD expectations divide by a − 1 = 0`);
    expectRefusal(track('pareto-nbd', cdnow, customers, { periods: 1 }), 'INVALID_OPTION', { fn }, `option params.s is missing; give a finite number > 0`);
  });
  test('periods on each side of 1 and of 100000', () => {
    expectRefusal(track('bg-nbd', cdnow, customers, {}), 'INVALID_OPTION', { fn }, `option periods is missing`);
    expectRefusal(track('bg-nbd', cdnow, customers, { periods: 0 }), 'INVALID_OPTION', { fn }, `option periods must be a whole number ≥ 1, got 0`);
    expectRefusal(track('bg-nbd', cdnow, customers, { periods: 100001 }), 'OUT_OF_RANGE', { fn }, `option periods 100001 is above 100000, the most rows a tracking table has`);
    expect(trackingTable('bg-nbd', cdnow, customers, { periods: 1 }).map((row) => row.actual)).toStrictEqual([1]);
    const rows = trackingTable('bg-nbd', cdnow, customers, { periods: 6 });
    expect(rows.map((row) => row.actual)).toStrictEqual([1, 1, 1, 2, 2, 2]);
    expect(rows[5]?.holdout).toBe(true);
  });
  test('the customers, naming the index of the customer', () => {
    expectRefusal(track('bg-nbd', cdnow, [], { periods: 1 }), 'EMPTY_INPUT', { fn }, `no customers to track`);
    expectRefusal(track('bg-nbd', cdnow, [customers[0], null], { periods: 1 }), 'INVALID_TYPE', { fn, index: 1 }, `customers[1] is null, not { T, repeatTimes }`);
    expectRefusal(track('bg-nbd', cdnow, [{ T: '4', repeatTimes: [] }], { periods: 1 }), 'INVALID_TYPE', { fn, index: 0 }, `customers[0].T is a string, not a number`);
    expectRefusal(track('bg-nbd', cdnow, [{ T: -1, repeatTimes: [] }], { periods: 1 }), 'OUT_OF_RANGE', { fn, index: 0 }, `customers[0].T -1 is negative`);
    expectRefusal(track('bg-nbd', cdnow, [customers[0], { T: 2, repeatTimes: null }], { periods: 1 }), 'INVALID_TYPE', { fn, index: 1 }, `customers[1].repeatTimes is null, not a list of times`);
    expectRefusal(track('bg-nbd', cdnow, [{ T: 4, repeatTimes: [1, -0.5] }], { periods: 1 }), 'OUT_OF_RANGE', { fn, index: 0 }, `customers[0].repeatTimes[1] -0.5 is negative`);
    expectRefusal(track('bg-nbd', cdnow, [{ T: 4, repeatTimes: [NaN] }], { periods: 1 }), 'NOT_FINITE', { fn, index: 0 }, `customers[0].repeatTimes[0] NaN is not a finite number`);
  });
});

describe('summarizeTransactions and calibrationHoldout', () => {
  const log = [
    { customerId: 'ann', date: '1997-01-01', amount: 20 },
    { customerId: 'ann', date: '1997-01-15', amount: 10 },
  ];
  test('summarizeTransactions: options, transactions, the end of observation', () => {
    const fn = 'summarizeTransactions';
    const sum = (list: unknown, options: unknown) => () => summarizeTransactions(untyped(list), untyped(options));
    expectRefusal(sum(log, { unit: 'days' }), 'INVALID_OPTION', { fn }, `option observationEnd is missing`);
    expectRefusal(sum(log, { observationEnd: '1997-01-31', units: 'days' }), 'INVALID_OPTION', { fn }, `unknown option "units"; known options: observationEnd, unit, period, timeZone`);
    expectRefusal(
      sum(log, { observationEnd: '1997-01-31', unit: 'days', period: 'calendar-week' }),
      'INVALID_OPTION',
      { fn },
      `give option unit ('days' or 'weeks') or option period ('calendar-week' or 'calendar-month'), not both`,
    );
    expectRefusal(sum(log, { observationEnd: '1997-01-31', unit: 'months' }), 'INVALID_OPTION', { fn }, `option unit must be 'days' or 'weeks' (or give option period), got "months"`);
    expectRefusal(sum(log, { observationEnd: '1997-01-31', period: 'year' }), 'INVALID_OPTION', { fn }, `option period must be 'calendar-week', 'calendar-month'; got "year"`);
    expectRefusal(sum(log, { observationEnd: '1997-01-31', unit: 'days', timeZone: 5 }), 'INVALID_OPTION', { fn }, `option timeZone must be an IANA time zone name, got 5`);
    expectRefusal(sum(log, { observationEnd: '1997-01-31', unit: 'days', timeZone: 'Mars/Base' }), 'INVALID_OPTION', { fn }, `option timeZone "Mars/Base" is not a time zone this platform knows`);
    const options = { observationEnd: '1997-01-31', unit: 'days' };
    expectRefusal(sum([log[0], null], options), 'INVALID_TYPE', { fn, index: 1 }, `transaction at index 1 is null, not an object { customerId, date, amount }`);
    expectRefusal(sum([{ ...log[0], customerId: '' }], options), 'INVALID_TYPE', { fn, index: 0 }, `transactions[0].customerId "" is not an id; use a non-empty string or a whole number`);
    expectRefusal(sum([{ ...log[0], customerId: 1.5 }], options), 'INVALID_TYPE', { fn, index: 0 }, `transactions[0].customerId 1.5 is not an id; use a non-empty string or a whole number`);
    expectRefusal(sum([log[0], { ...log[1], amount: '5' }], options), 'INVALID_TYPE', { fn, index: 1 }, `transactions[1].amount is a string, not a number`);
    expectRefusal(sum([{ ...log[0], amount: Infinity }], options), 'NOT_FINITE', { fn, index: 0 }, `transactions[0].amount Infinity is not a finite number`);
    // a transaction on observationEnd counts, one a day later does not
    expect(summarizeTransactions(log, { observationEnd: '1997-01-15', unit: 'days' })).toStrictEqual([{ customerId: 'ann', frequency: 1, recency: 14, T: 14, monetaryValue: 10 }]);
    expect(summarizeTransactions(log, { observationEnd: '1997-01-14', unit: 'days' })).toStrictEqual([{ customerId: 'ann', frequency: 0, recency: 0, T: 13, monetaryValue: 0 }]);
    expectRefusal(sum(log, { observationEnd: '1996-12-31', unit: 'days' }), 'EMPTY_INPUT', { fn }, `no transaction falls on or before observationEnd`);
  });
  test('calibrationHoldout: options, the order of the two ends, transactions', () => {
    const fn = 'calibrationHoldout';
    const split = (list: unknown, options: unknown) => () => calibrationHoldout(untyped(list), untyped(options));
    expectRefusal(split(log, { observationEnd: '1997-01-31', unit: 'days' }), 'INVALID_OPTION', { fn }, `option calibrationEnd is missing`);
    expectRefusal(split(log, { calibrationEnd: '1997-01-10', unit: 'days' }), 'INVALID_OPTION', { fn }, `option observationEnd is missing`);
    expectRefusal(
      split(log, { calibrationEnd: '1997-01-10', observationEnd: '1997-01-31', unit: 'days', x: 1 }),
      'INVALID_OPTION',
      { fn },
      `unknown option "x"; known options: calibrationEnd, observationEnd, unit, period, timeZone`,
    );
    expectRefusal(
      split(log, { calibrationEnd: '1997-01-10', observationEnd: '1997-01-10', unit: 'days' }),
      'INVALID_OPTION',
      { fn },
      `option observationEnd must come after calibrationEnd (in a later period, for calendar periods): the hold-out period follows the calibration period`,
    );
    const options = { calibrationEnd: '1997-01-10', observationEnd: '1997-01-11', unit: 'days' };
    expect(calibrationHoldout(log, options as never)[0]?.holdoutDuration).toBe(1);
    expectRefusal(split([{ ...log[0], customerId: null }], options), 'INVALID_TYPE', { fn, index: 0 }, `transactions[0].customerId null is not an id; use a non-empty string or a whole number`);
    expectRefusal(split([log[0], 3], options), 'INVALID_TYPE', { fn, index: 1 }, `transaction at index 1 is a number, not an object { customerId, date, amount }`);
    expectRefusal(split([{ ...log[0], amount: NaN }], options), 'NOT_FINITE', { fn, index: 0 }, `transactions[0].amount NaN is not a finite number`);
    // calibration on the day of the first transaction counts, the day before does not
    expect(calibrationHoldout(log, { ...options, calibrationEnd: '1997-01-01' } as never)).toHaveLength(1);
    expectRefusal(split(log, { ...options, calibrationEnd: '1996-12-31' }), 'EMPTY_INPUT', { fn }, `no transaction falls on or before calibrationEnd`);
  });
});

describe('a customer whose T is 0', () => {
  test('with a later purchase: the recency is after its T, not T negative', () => {
    expectRefusal(
      () => bgNbdProbabilityAlive(cdnow, { frequency: 1, recency: 0.5, T: 0 }),
      'INVALID_COUNTS',
      { fn: 'bgNbdProbabilityAlive' },
      'customer.recency 0.5 is greater than its T 0: the last purchase cannot come after the end of observation',
    );
    expectRefusal(
      () => bgNbdProbabilityAlive(cdnow, { frequency: 0, recency: 0, T: -1 }),
      'INVALID_COUNTS',
      { fn: 'bgNbdProbabilityAlive' },
      'customer.T -1 is negative',
    );
  });

  test('with no repeat purchase: observed from the first purchase only, and alive', () => {
    // frequency 0: P(alive) = 1 whatever T, as the BG/NBD model has it
    expect(bgNbdProbabilityAlive(cdnow, { frequency: 0, recency: 0, T: 0 })).toBe(1);
  });
});
