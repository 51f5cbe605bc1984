import { describe, expectTypeOf, test } from 'vitest';
import {
  bgNbdExpectedPurchases,
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
    expectTypeOf<BgNbdFit['converged']>().toEqualTypeOf<true>();
    expectTypeOf<BgNbdFit>().toExtend<BgNbdParameters>();
    expectTypeOf(fitGammaGamma([{ frequency: 1, monetaryValue: 2 }])).toEqualTypeOf<GammaGammaFit>();
    expectTypeOf(fitBgNbd).toBeCallableWith([{ frequency: 1, recency: 2, T: 3 }], { initial: [1, 1, 1, 1], tolerance: 1e-6, maxIterations: 50 });
  });

  test('a history from summarizeTransactions feeds every prediction', () => {
    const [h] = summarizeTransactions([], { observationEnd: '1997-09-30', unit: 'weeks' });
    const params = { r: 1, alpha: 1, a: 2, b: 2 };
    expectTypeOf(bgNbdProbabilityAlive(params, h!)).toEqualTypeOf<number>();
    expectTypeOf(bgNbdExpectedPurchases(params, h!, 10)).toEqualTypeOf<number>();
    expectTypeOf(gammaGammaExpectedAverageValue({ p: 1, q: 2, v: 3 }, h!)).toEqualTypeOf<number>();
    expectTypeOf(
      probabilisticLifetimeValue({ bgNbd: params, gammaGamma: { p: 1, q: 2, v: 3 }, customer: h!, months: 12, monthlyDiscountRate: 0.01, timeUnitsPerMonth: 4.345 }),
    ).toEqualTypeOf<number>();
  });
});
