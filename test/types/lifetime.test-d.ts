import { describe, expectTypeOf, test } from 'vitest';
import {
  averageCustomerLifespan,
  bgNbdExpectedPurchases,
  customerLifetimeValue,
  discountedCustomerLifetimeValue,
  type FitDiagnostics,
  historicCustomerLifetimeValue,
  type HistoricCustomerLifetimeValueInput,
  predictiveCustomerLifetimeValue,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedAverageValue,
  probabilisticLifetimeValue,
  summarizeTransactions,
  type BgNbdFit,
  type BgNbdParameters,
  type CustomerHistory,
  type GammaGammaFit,
} from '../../src/index.js';

describe('lifetime models', () => {
  test('summarizeTransactions gives CustomerHistory records', () => {
    expectTypeOf(summarizeTransactions([], { observationEnd: '1997-09-30', unit: 'weeks' })).toEqualTypeOf<CustomerHistory[]>();
    expectTypeOf<CustomerHistory>().toEqualTypeOf<{
      readonly customerId: string | number;
      readonly frequency: number;
      readonly recency: number;
      readonly T: number;
      readonly monetaryValue: number;
    }>();
    // @ts-expect-error the unit is days or weeks
    summarizeTransactions([], { observationEnd: '1997-09-30', unit: 'months' });
  });

  test('fits return their parameters with the diagnostics', () => {
    expectTypeOf(fitBgNbd([{ frequency: 1, recency: 2, T: 3 }])).toEqualTypeOf<BgNbdFit>();
    expectTypeOf<FitDiagnostics>().toEqualTypeOf<{ readonly logLikelihood: number; readonly iterations: number }>();
    expectTypeOf<BgNbdFit>().not.toHaveProperty('converged');
    expectTypeOf<GammaGammaFit>().not.toHaveProperty('converged');
    expectTypeOf<BgNbdFit>().toExtend<BgNbdParameters>();
    expectTypeOf(fitGammaGamma([{ frequency: 1, monetaryValue: 2 }])).toEqualTypeOf<GammaGammaFit>();
    expectTypeOf(fitBgNbd).toBeCallableWith([{ frequency: 1, recency: 2, T: 3 }], { initial: [1, 1, 1, 1], tolerance: 1e-6, maxIterations: 50 });
    expectTypeOf(fitBgNbd).toBeCallableWith(new Set([{ frequency: 1, recency: 2, T: 3 }]));
    expectTypeOf(fitGammaGamma).toBeCallableWith((function* () { yield { frequency: 1, monetaryValue: 2 }; })());
    expectTypeOf(summarizeTransactions).toBeCallableWith(new Set([{ customerId: 1, date: '1997-01-01', amount: 2 }]), {
      observationEnd: '1997-09-30',
      unit: 'days',
    });
  });

  test('a history from summarizeTransactions feeds every prediction', () => {
    const [h] = summarizeTransactions([], { observationEnd: '1997-09-30', unit: 'weeks' });
    const params = { r: 1, alpha: 1, a: 2, b: 2 };
    expectTypeOf(bgNbdProbabilityAlive(params, h!)).toEqualTypeOf<number>();
    expectTypeOf(bgNbdExpectedPurchases(params, h!, 10)).toEqualTypeOf<number>();
    expectTypeOf(gammaGammaExpectedAverageValue({ p: 1, q: 2, v: 3 }, h!)).toEqualTypeOf<number>();
    expectTypeOf(
      probabilisticLifetimeValue({ bgNbd: params, gammaGamma: { p: 1, q: 2, v: 3 }, customer: h!, months: 12, monthlyDiscountRate: 1, timeUnitsPerMonth: 4.345 }),
    ).toEqualTypeOf<number>();
  });
});

describe('lifetime value formulas', () => {
  test('every formula returns a number', () => {
    expectTypeOf(customerLifetimeValue).returns.toEqualTypeOf<number>();
    expectTypeOf(historicCustomerLifetimeValue).returns.toEqualTypeOf<number>();
    expectTypeOf(predictiveCustomerLifetimeValue).returns.toEqualTypeOf<number>();
    expectTypeOf(discountedCustomerLifetimeValue).returns.toEqualTypeOf<number>();
    expectTypeOf(averageCustomerLifespan).returns.toEqualTypeOf<number>();
  });

  test('historic CLV takes the amounts (any ArrayLike or iterable) or their sum, not both', () => {
    expectTypeOf(historicCustomerLifetimeValue).toBeCallableWith({ purchases: new Float64Array(2), grossMargin: 30 });
    expectTypeOf(historicCustomerLifetimeValue).toBeCallableWith({ purchases: new Set([1, 2]), grossMargin: 30 });
    expectTypeOf(historicCustomerLifetimeValue).toBeCallableWith({ purchaseSum: 100, grossMargin: 30 });
    expectTypeOf<Extract<HistoricCustomerLifetimeValueInput, { purchaseSum: number }>>().toEqualTypeOf<{
      readonly purchaseSum: number;
      readonly grossMargin: number;
    }>();
    // @ts-expect-error purchaseTotal was renamed purchaseSum
    historicCustomerLifetimeValue({ purchaseTotal: 100, grossMargin: 30 });
    // @ts-expect-error the margin is required
    historicCustomerLifetimeValue({ purchases: [1] });
    // @ts-expect-error one of purchases or purchaseSum
    historicCustomerLifetimeValue({ grossMargin: 30 });
  });

  test('optional fields are optional, and unknown fields are refused', () => {
    expectTypeOf(predictiveCustomerLifetimeValue).toBeCallableWith({
      averageMonthlyTransactions: 2,
      averageOrderValue: 40,
      averageLifespanMonths: 18,
    });
    expectTypeOf(discountedCustomerLifetimeValue).toBeCallableWith({ marginPerPeriod: 100, retentionRate: 80, discountRate: 10 });
    expectTypeOf(discountedCustomerLifetimeValue).toBeCallableWith({
      marginPerPeriod: 100,
      retentionRate: 80,
      discountRate: 10,
      periods: 5,
    });
    // @ts-expect-error misspelt optional field
    predictiveCustomerLifetimeValue({ averageMonthlyTransactions: 2, averageOrderValue: 40, averageLifespanMonths: 18, grossmargin: 30 });
  });
});
