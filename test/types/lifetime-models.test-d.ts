import { describe, expectTypeOf, test } from 'vitest';
import {
  bgBbExpectedPurchases,
  bgNbdProbabilityOfPurchases,
  calibrationHoldout,
  fitBetaDiscreteWeibull,
  fitBgBb,
  fitBgNbd,
  fitGammaGamma,
  fitMbgNbd,
  fitParetoNbd,
  fitShiftedBetaGeometric,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  sbgDiscountedResidualLifetime,
  sbgRetentionRate,
  summarizeTransactions,
  trackingTable,
  type BetaDiscreteWeibullFit,
  type BgBbFit,
  type BgBbParameters,
  type CalibrationHoldoutHistory,
  type CustomerHistory,
  type MbgNbdFit,
  type ParetoNbdFit,
  type ParetoNbdParameters,
  type ShiftedBetaGeometricFit,
  type StandardErrors,
  type TrackingRow,
} from '../../src/index.js';

describe('the models of issue 14', () => {
  test('every fit returns its parameters, log-likelihood, iterations and standard errors, and no `converged`', () => {
    const customers = [{ frequency: 1, recency: 2, T: 3 }];
    expectTypeOf(fitParetoNbd(customers)).toEqualTypeOf<ParetoNbdFit>();
    expectTypeOf<ParetoNbdFit>().toEqualTypeOf<{
      readonly r: number;
      readonly alpha: number;
      readonly s: number;
      readonly beta: number;
      readonly logLikelihood: number;
      readonly iterations: number;
      readonly standardErrors: { readonly r: number; readonly alpha: number; readonly s: number; readonly beta: number };
    }>();
    expectTypeOf(fitMbgNbd(customers)).toEqualTypeOf<MbgNbdFit>();
    expectTypeOf(fitBgBb([{ frequency: 1, recency: 1, periods: 6, count: 10 }])).toEqualTypeOf<BgBbFit>();
    expectTypeOf(fitShiftedBetaGeometric([1000, 600])).toEqualTypeOf<ShiftedBetaGeometricFit>();
    expectTypeOf(fitBetaDiscreteWeibull([[1000, 600], new Float64Array([500, 300])])).toEqualTypeOf<BetaDiscreteWeibullFit>();
    expectTypeOf<ShiftedBetaGeometricFit['standardErrors']>().toEqualTypeOf<StandardErrors<{ alpha: number; beta: number }>>();
    expectTypeOf<MbgNbdFit>().not.toHaveProperty('converged');
    expectTypeOf(fitBgNbd(customers).standardErrors.b).toEqualTypeOf<number>();
    expectTypeOf(fitGammaGamma([{ frequency: 1, monetaryValue: 2 }]).standardErrors.v).toEqualTypeOf<number>();
    expectTypeOf(fitParetoNbd).toBeCallableWith(customers, { initial: [1, 1, 1, 1], tolerance: 1e-8, maxIterations: 100 });
  });

  test('a fit is the parameters every prediction takes', () => {
    const [h] = summarizeTransactions([], { observationEnd: '1997-09-30', unit: 'weeks' });
    const fit = fitParetoNbd([h!]);
    expectTypeOf(fit).toExtend<ParetoNbdParameters>();
    expectTypeOf(paretoNbdProbabilityAlive(fit, h!)).toEqualTypeOf<number>();
    expectTypeOf(paretoNbdExpectedPurchases(fit, h!, 52)).toEqualTypeOf<number>();
    expectTypeOf(fitBgBb([{ frequency: 1, recency: 1, periods: 6 }])).toExtend<BgBbParameters>();
    expectTypeOf(bgBbExpectedPurchases).parameter(1).toEqualTypeOf<{ readonly frequency: number; readonly recency: number; readonly periods: number }>();
    expectTypeOf(bgNbdProbabilityOfPurchases({ r: 1, alpha: 1, a: 2, b: 2 }, 0, 1)).toEqualTypeOf<number>();
    expectTypeOf(sbgRetentionRate({ alpha: 1, beta: 1 }, 1)).toEqualTypeOf<number>();
    expectTypeOf(sbgDiscountedResidualLifetime({ alpha: 1, beta: 1 }, { renewals: 2, discountRate: 10 })).toEqualTypeOf<number>();
    // @ts-expect-error DERL needs the renewals
    sbgDiscountedResidualLifetime({ alpha: 1, beta: 1 }, { discountRate: 10 });
  });

  test('summaries take a unit or a calendar period, not both; calibrationHoldout extends the histories', () => {
    expectTypeOf(summarizeTransactions([], { observationEnd: '1997-09-30', period: 'calendar-week', timeZone: 'Europe/Paris' })).toEqualTypeOf<CustomerHistory[]>();
    // @ts-expect-error a period is 'calendar-week' or 'calendar-month'
    summarizeTransactions([], { observationEnd: '1997-09-30', period: 'calendar-year' });
    // @ts-expect-error a unit or a period is needed
    summarizeTransactions([], { observationEnd: '1997-09-30' });
    const split = calibrationHoldout([], { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'weeks' });
    expectTypeOf(split).toEqualTypeOf<CalibrationHoldoutHistory[]>();
    expectTypeOf<CalibrationHoldoutHistory>().toExtend<CustomerHistory>();
    expectTypeOf(split[0]!.repeatTimes).toEqualTypeOf<readonly number[]>();
  });

  test('trackingTable takes the parameters of the model it names', () => {
    const split = calibrationHoldout([], { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'weeks' });
    expectTypeOf(trackingTable('pareto-nbd', { r: 1, alpha: 1, s: 1, beta: 1 }, split, { periods: 78 })).toEqualTypeOf<TrackingRow[]>();
    // @ts-expect-error the Pareto/NBD has s and beta, not a and b
    trackingTable('pareto-nbd', { r: 1, alpha: 1, a: 1, b: 1 }, split, { periods: 78 });
    expectTypeOf<TrackingRow>().toEqualTypeOf<{ readonly period: number; readonly actual: number; readonly expected: number; readonly holdout: boolean }>();
  });
});
