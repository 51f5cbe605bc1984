import { describe, expectTypeOf, test } from 'vitest';
import {
  ces,
  cesSummary,
  type CesCounts,
  type CesOptions,
  type CesSummary,
  csat,
  csatSummary,
  type CsatCounts,
  type CsatOptions,
  type CsatSummary,
  isMetricError,
  mergeTallies,
  MetricError,
  type MetricErrorCode,
  nps,
  NPS_SCALE,
  npsSummary,
  type NpsCounts,
  type NpsOptions,
  type NpsSummary,
  type Scale,
  tally,
  type Tally,
} from '../../src/index.js';

describe('scores', () => {
  test('nps, csat and ces return numbers', () => {
    expectTypeOf(nps).returns.toEqualTypeOf<number>();
    expectTypeOf(csat).returns.toEqualTypeOf<number>();
    expectTypeOf(ces).returns.toEqualTypeOf<number>();
  });

  test('they accept arrays, typed arrays, tallies and their counts', () => {
    expectTypeOf(nps).toBeCallableWith([9, 10]);
    expectTypeOf(nps).toBeCallableWith(new Uint8Array(3));
    expectTypeOf(nps).toBeCallableWith({ promoters: 1, passives: 2, detractors: 3 });
    expectTypeOf(nps).toBeCallableWith(tally([9], NPS_SCALE));
    expectTypeOf(csat).toBeCallableWith(new Float64Array(2), { scale: { min: 1, max: 7 }, positiveFrom: 6 });
    expectTypeOf(csat).toBeCallableWith({ positive: 1, count: 2 });
    expectTypeOf(ces).toBeCallableWith({ sum: 10, count: 2 }, { higherIs: 'harder' });
  });

  test('they reject other shapes and options', () => {
    // @ts-expect-error strings are not responses
    nps('9, 10');
    // @ts-expect-error NPS counts need all three fields
    nps({ promoters: 1, detractors: 2 });
    // @ts-expect-error unknown option
    csat([5], { positivefrom: 4 });
    // @ts-expect-error direction is 'easier' or 'harder'
    ces([5], { higherIs: 'lower' });
    // @ts-expect-error nps has no scale: it is always 0–10
    nps([9], { scale: { min: 0, max: 10 } });
  });

  test('option types are exact', () => {
    expectTypeOf<NpsOptions>().toEqualTypeOf<{ readonly weights?: ArrayLike<number>; readonly frequencies?: ArrayLike<number | bigint> }>();
    expectTypeOf<CsatOptions>().toEqualTypeOf<{
      readonly scale?: Scale;
      readonly positiveFrom?: number;
      readonly weights?: ArrayLike<number>;
      readonly frequencies?: ArrayLike<number | bigint>;
    }>();
    expectTypeOf<CesOptions>().toEqualTypeOf<{
      readonly scale?: Scale;
      readonly higherIs?: 'easier' | 'harder';
      readonly weights?: ArrayLike<number>;
      readonly frequencies?: ArrayLike<number | bigint>;
    }>();
  });
});

describe('summaries', () => {
  test('npsSummary has the score, counts and shares, all readonly numbers', () => {
    expectTypeOf(npsSummary).returns.toEqualTypeOf<NpsSummary>();
    expectTypeOf<NpsSummary>().toEqualTypeOf<{
      readonly score: number;
      readonly count: number;
      readonly promoters: number;
      readonly passives: number;
      readonly detractors: number;
      readonly promoterShare: number;
      readonly passiveShare: number;
      readonly detractorShare: number;
    }>();
  });

  test('csatSummary has a numeric mean except for counts without a sum', () => {
    expectTypeOf(csatSummary([5])).toEqualTypeOf<CsatSummary>();
    expectTypeOf(csatSummary([5]).mean).toEqualTypeOf<number>();
    expectTypeOf(csatSummary({ positive: 1, count: 2, sum: 9 }).mean).toEqualTypeOf<number>();
    expectTypeOf(csatSummary({ positive: 1, count: 2 }).mean).toEqualTypeOf<number | undefined>();
    expectTypeOf<CsatSummary>().toEqualTypeOf<{
      readonly score: number;
      readonly count: number;
      readonly positive: number;
      readonly mean: number;
    }>();
  });

  test('cesSummary has numeric shares except for counts', () => {
    expectTypeOf(cesSummary([5])).toEqualTypeOf<CesSummary>();
    expectTypeOf(cesSummary([5]).easyShare).toEqualTypeOf<number>();
    expectTypeOf(cesSummary({ sum: 5, count: 1 })).toEqualTypeOf<CesSummary<undefined>>();
    expectTypeOf(cesSummary({ sum: 5, count: 1 }).easeIndex).toEqualTypeOf<number>();
    const input = [5] as number[] | CesCounts;
    expectTypeOf(cesSummary(input).easyShare).toEqualTypeOf<number | undefined>();
  });
});

describe('counts and tallies', () => {
  test('count types are readonly records of numbers or BigInts (as database drivers return counts and sums)', () => {
    expectTypeOf<NpsCounts>().toEqualTypeOf<{ readonly promoters: number | bigint; readonly passives: number | bigint; readonly detractors: number | bigint }>();
    expectTypeOf<NpsCounts<number>>().toEqualTypeOf<{ readonly promoters: number; readonly passives: number; readonly detractors: number }>();
    expectTypeOf<CsatCounts>().toEqualTypeOf<{ readonly positive: number | bigint; readonly count: number | bigint; readonly sum?: number | bigint }>();
    expectTypeOf<CesCounts>().toEqualTypeOf<{ readonly sum: number | bigint; readonly count: number | bigint; readonly sumOfSquares?: number | bigint }>();
  });

  test('tally and mergeTallies return a Tally of plain data', () => {
    expectTypeOf(tally).returns.toEqualTypeOf<Tally>();
    const t = tally([1], { min: 1, max: 5 });
    expectTypeOf(mergeTallies(t, t)).toEqualTypeOf<Tally>();
    expectTypeOf(mergeTallies(t, t, t)).toEqualTypeOf<Tally>();
    // @ts-expect-error tallies are passed one by one, not as an array
    mergeTallies([t, t]);
    expectTypeOf<Tally>().toEqualTypeOf<{ readonly scale: Scale; readonly counts: readonly number[] }>();
  });
});

describe('errors', () => {
  test('MetricError carries a code from a closed union', () => {
    expectTypeOf<MetricError['code']>().toEqualTypeOf<MetricErrorCode>();
    expectTypeOf<MetricError>().toExtend<Error>();
    expectTypeOf<'EMPTY_INPUT'>().toExtend<MetricErrorCode>();
    expectTypeOf<'SOMETHING_ELSE'>().not.toExtend<MetricErrorCode>();
  });

  test('isMetricError narrows', () => {
    const caught: unknown = undefined;
    if (isMetricError(caught)) expectTypeOf(caught).toEqualTypeOf<MetricError>();
  });
});
