import { describe, expectTypeOf, test } from 'vitest';
import {
  csatInterval,
  durationSummary,
  firstResponseTimeSummary,
  handleTimeSummary,
  percentile,
  quantile,
  queueSummary,
  resolutionTimeSummary,
  waitTimeSummary,
  type ConfidenceInterval,
  type CsatIntervalOptions,
  type DurationSummary,
  type DurationSummaryOptions,
  type IntervalMethod,
  type PercentileOptions,
  type ProportionMethod,
  type QuantileMethod,
  type QueueSummaryOptions,
  type TimeOptions,
  type TimeSummary,
  type TimeSummaryOptions,
} from '../../src/index.js';

describe('the method of a proportion interval', () => {
  test('ProportionMethod is the five of statsmodels, in kebab-case', () => {
    expectTypeOf<ProportionMethod>().toEqualTypeOf<'wilson' | 'wald' | 'agresti-coull' | 'clopper-pearson' | 'jeffreys'>();
    expectTypeOf<CsatIntervalOptions['method']>().toEqualTypeOf<ProportionMethod | undefined>();
    expectTypeOf<IntervalMethod>().toEqualTypeOf<'adjusted-wald' | 't' | ProportionMethod>();
  });

  test('csatInterval takes each and says which it used', () => {
    expectTypeOf(csatInterval({ positive: 3, count: 10 }, { method: 'clopper-pearson' })).toEqualTypeOf<ConfidenceInterval<ProportionMethod>>();
    expectTypeOf(csatInterval).toBeCallableWith([5, 4], { method: 'jeffreys', confidence: 0.9 });
    expectTypeOf(csatInterval).toBeCallableWith([5, 4], { method: 'agresti-coull' });
    // @ts-expect-error statsmodels' own name for Clopper–Pearson is not the package's
    csatInterval([5], { method: 'beta' });
    // @ts-expect-error adjusted Wald is an interval for NPS
    csatInterval([5], { method: 'adjusted-wald' });
  });
});

describe('the method of a quantile', () => {
  test('QuantileMethod is numpy\'s nine, in kebab-case', () => {
    expectTypeOf<QuantileMethod>().toEqualTypeOf<
      | 'inverted-cdf'
      | 'averaged-inverted-cdf'
      | 'closest-observation'
      | 'interpolated-inverted-cdf'
      | 'hazen'
      | 'weibull'
      | 'linear'
      | 'median-unbiased'
      | 'normal-unbiased'
    >();
  });

  test('percentile, quantile, durationSummary, the time summaries and queueSummary take it as method', () => {
    expectTypeOf<PercentileOptions>().toEqualTypeOf<{ readonly method?: QuantileMethod }>();
    expectTypeOf<DurationSummaryOptions['method']>().toEqualTypeOf<QuantileMethod | undefined>();
    expectTypeOf<TimeSummaryOptions>().toExtend<TimeOptions>();
    expectTypeOf<TimeSummaryOptions['method']>().toEqualTypeOf<QuantileMethod | undefined>();
    expectTypeOf<QueueSummaryOptions['method']>().toEqualTypeOf<QuantileMethod | undefined>();
    expectTypeOf(percentile([1, 2], 90, { method: 'inverted-cdf' })).toEqualTypeOf<number>();
    expectTypeOf(quantile([1, 2], 0.9, { method: 'hazen' })).toEqualTypeOf<number>();
    expectTypeOf(durationSummary([1, 2], { method: 'weibull' })).toEqualTypeOf<DurationSummary>();
    expectTypeOf(handleTimeSummary([300, 420], { method: 'inverted-cdf' })).toEqualTypeOf<TimeSummary>();
    expectTypeOf(waitTimeSummary).toBeCallableWith([{ queuedAt: 0, answeredAt: 1000 }], { unit: 'seconds', method: 'median-unbiased' });
    expectTypeOf(firstResponseTimeSummary).toBeCallableWith([{ createdAt: 0, firstResponseAt: 60_000 }], { method: 'normal-unbiased' });
    expectTypeOf(resolutionTimeSummary).toBeCallableWith([10, 20], { method: 'linear' });
    expectTypeOf(queueSummary).toBeCallableWith([{ queuedAt: 0, answeredAt: 1000 }], { answerWithin: 20, method: 'inverted-cdf' });
    // @ts-expect-error numpy's legacy 'nearest' is not one of the nine
    durationSummary([1], { method: 'nearest' });
    // @ts-expect-error the time summaries take the same names
    handleTimeSummary([1], { method: 'type-1' });
    // @ts-expect-error counts carry no waits, so no method
    queueSummary({ offered: 10, answered: 9, answeredWithin: 8, abandoned: 1 }, { method: 'hazen' });
  });
});
