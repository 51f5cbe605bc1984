import { describe, expectTypeOf, test } from 'vitest';
import {
  averageComplaintResolutionTime,
  averageFirstResponseTime,
  averageHandleTime,
  averageResolutionTime,
  averageResponseTime,
  averageWaitTime,
  type BusinessCalendar,
  complaintResolutionTimeSummary,
  type DurationSummary,
  durationSummary,
  type DurationTotals,
  type FcrSummary,
  firstContactResolutionRate,
  firstContactResolutionSummary,
  firstResponseTimeSummary,
  type GroupKey,
  handleTimeSummary,
  type HandleTimeTotals,
  percentile,
  type PercentileOptions,
  quantile,
  resolutionTimeSummary,
  responseTimeSummary,
  type Segment,
  segment,
  slaComplianceRate,
  slaComplianceSummary,
  type SlaSummary,
  type Ticket,
  type TimeOptions,
  type TimeSummary,
  type TimeUnit,
  type Timestamp,
  type TimedCall,
  waitTimeSummary,
  type WaitTotals,
} from '../../src/index.js';

const tickets: Ticket[] = [{ createdAt: '2026-11-03T09:00:00Z', firstResponseAt: Date.now(), resolvedAt: new Date() }];

describe('time metrics', () => {
  test('averages return numbers and accept durations, totals and records', () => {
    expectTypeOf(averageFirstResponseTime).returns.toEqualTypeOf<number>();
    expectTypeOf(averageFirstResponseTime).toBeCallableWith([1, 2]);
    expectTypeOf(averageFirstResponseTime).toBeCallableWith(new Float64Array(2));
    expectTypeOf(averageFirstResponseTime).toBeCallableWith({ sum: 10, count: 2 });
    expectTypeOf(averageFirstResponseTime).toBeCallableWith(new Set([1, 2]));
    expectTypeOf(averageFirstResponseTime).toBeCallableWith(new Set(tickets), { unit: 'hours' });
    expectTypeOf(averageFirstResponseTime).toBeCallableWith(tickets, { unit: 'minutes' });
    expectTypeOf(averageResponseTime).toBeCallableWith(tickets);
    expectTypeOf(averageResolutionTime).toBeCallableWith(tickets, { unit: 'days' });
    expectTypeOf(averageComplaintResolutionTime).toBeCallableWith({ filedAt: 0, resolvedAt: null });
    expectTypeOf(averageComplaintResolutionTime).toBeCallableWith([{ filedAt: new Date() }]);
    expectTypeOf(averageWaitTime).toBeCallableWith({ sum: 500, count: 200 });
    expectTypeOf(averageWaitTime).toBeCallableWith([{ queuedAt: 0, answeredAt: 10 }], { unit: 'seconds' });
    expectTypeOf(averageHandleTime).toBeCallableWith({ talkTime: 1, holdTime: 2, afterCallWork: 3, count: 1 });
    expectTypeOf(averageHandleTime).toBeCallableWith({ sum: 6, count: 1 });
    expectTypeOf(averageHandleTime).toBeCallableWith([{ talkTime: 1, holdTime: 2, afterCallWork: 3 }]);
    expectTypeOf(averageHandleTime).toBeCallableWith([330, 510]);
    expectTypeOf(averageHandleTime).toBeCallableWith([{ answeredAt: 0, endedAt: 5, wrapUpEndedAt: 9 }], { unit: 'minutes', calendar: undefined as unknown as BusinessCalendar });
    expectTypeOf(averageHandleTime).toBeCallableWith([{ answeredAt: null }]);
  });

  test('totals are { sum, count }; handle totals name their count count', () => {
    // sums and counts are numbers or BigInts, as database drivers return them
    expectTypeOf<DurationTotals>().toEqualTypeOf<{ readonly sum: number | bigint; readonly count: number | bigint }>();
    expectTypeOf<WaitTotals>().toEqualTypeOf<DurationTotals>();
    expectTypeOf<HandleTimeTotals>().toEqualTypeOf<{
      readonly talkTime: number | bigint;
      readonly holdTime: number | bigint;
      readonly afterCallWork: number | bigint;
      readonly count: number | bigint;
    }>();
    expectTypeOf<TimedCall>().toEqualTypeOf<{
      readonly answeredAt: Timestamp | null;
      readonly endedAt?: Timestamp | null;
      readonly wrapUpEndedAt?: Timestamp | null;
    }>();
  });

  test('they reject other shapes and options', () => {
    // @ts-expect-error totals need a count
    averageFirstResponseTime({ sum: 10 });
    // @ts-expect-error totals are { sum, count }, no longer { total, count }
    averageFirstResponseTime({ total: 10, count: 2 });
    // @ts-expect-error wait totals are { sum, count }, no longer { totalWait, served }
    averageWaitTime({ totalWait: 10, served: 2 });
    // @ts-expect-error handle totals count their calls in count, no longer calls
    averageHandleTime({ talkTime: 1, holdTime: 2, afterCallWork: 3, calls: 1 });
    // @ts-expect-error unknown unit
    averageFirstResponseTime(tickets, { unit: 'weeks' });
    // @ts-expect-error misspelt option
    averageResolutionTime(tickets, { units: 'hours' });
    // @ts-expect-error a timestamp is a Date, a number or a string
    averageFirstResponseTime([{ createdAt: true }]);
    // @ts-expect-error a message is from the customer, an agent, a bot or the system
    averageResponseTime([{ createdAt: 0, messages: [{ at: 0, from: 'robot' }] }]);
    // @ts-expect-error public is a boolean
    averageResponseTime([{ createdAt: 0, messages: [{ at: 0, from: 'agent', public: 'no' }] }]);
    // @ts-expect-error handle time takes the time options, nothing else
    averageHandleTime([1], { units: 'minutes' });
    // @ts-expect-error a call gives all three parts
    averageHandleTime([{ talkTime: 1, holdTime: 2 }]);
  });

  test('summaries have numeric order statistics except from totals', () => {
    expectTypeOf(firstResponseTimeSummary(tickets)).toEqualTypeOf<TimeSummary>();
    expectTypeOf(firstResponseTimeSummary([1, 2]).median).toEqualTypeOf<number>();
    expectTypeOf(firstResponseTimeSummary({ sum: 1, count: 1 })).toEqualTypeOf<TimeSummary<undefined>>();
    expectTypeOf(firstResponseTimeSummary(new Set([1, 2]))).toEqualTypeOf<TimeSummary>();
    expectTypeOf(resolutionTimeSummary({ sum: 1, count: 1 }).p90).toEqualTypeOf<undefined>();
    expectTypeOf(responseTimeSummary(tickets).leftOut).toEqualTypeOf<number>();
    expectTypeOf(complaintResolutionTimeSummary({ filedAt: 0, resolvedAt: 1 })).toEqualTypeOf<TimeSummary>();
    expectTypeOf(waitTimeSummary({ sum: 5, count: 1 })).toEqualTypeOf<TimeSummary<undefined>>();
    expectTypeOf(handleTimeSummary([1, 2])).toEqualTypeOf<TimeSummary>();
    expectTypeOf(handleTimeSummary([{ answeredAt: 0, wrapUpEndedAt: 5 }], { unit: 'seconds' })).toEqualTypeOf<TimeSummary>();
    expectTypeOf(handleTimeSummary({ talkTime: 1, holdTime: 2, afterCallWork: 3, count: 1 })).toEqualTypeOf<TimeSummary<undefined>>();
    expectTypeOf(handleTimeSummary({ sum: 6, count: 1 })).toEqualTypeOf<TimeSummary<undefined>>();
    const either = [1] as number[] | { sum: number; count: number };
    expectTypeOf(firstResponseTimeSummary(either).median).toEqualTypeOf<number | undefined>();
    expectTypeOf<TimeSummary>().toEqualTypeOf<{
      readonly count: number;
      readonly sum: number;
      readonly mean: number;
      readonly median: number;
      readonly p90: number;
      readonly min: number;
      readonly max: number;
      readonly leftOut: number;
    }>();
  });

  test('options and units', () => {
    expectTypeOf<TimeUnit>().toEqualTypeOf<'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'days'>();
    expectTypeOf<TimeOptions>().toEqualTypeOf<{ readonly unit?: TimeUnit; readonly calendar?: BusinessCalendar }>();
    expectTypeOf<Timestamp>().toEqualTypeOf<Date | number | string>();
  });
});

describe('SLA and first contact resolution', () => {
  test('SLA compliance takes a target for durations and records, nothing for counts', () => {
    expectTypeOf(slaComplianceRate([1, 2], { target: 1 })).toEqualTypeOf<number>();
    expectTypeOf(slaComplianceRate({ met: 1, measured: 2 })).toEqualTypeOf<number>();
    expectTypeOf(slaComplianceSummary(tickets, { target: 60, unit: 'minutes', asOf: new Date() })).toEqualTypeOf<SlaSummary>();
    // @ts-expect-error durations take one target number
    slaComplianceRate([1, 2], { target: () => 1 });
    // @ts-expect-error records need a target
    slaComplianceRate(tickets, { unit: 'minutes' });
    // @ts-expect-error unknown measure
    slaComplianceRate(tickets, { target: 1, measure: 'reply' });
  });

  test('a target function sees the record with its own fields', () => {
    const withPriority = [{ createdAt: 0, firstResponseAt: 5, priority: 'high' as 'high' | 'low' }];
    slaComplianceRate(withPriority, {
      target: (t, i) => {
        expectTypeOf(t.priority).toEqualTypeOf<'high' | 'low'>();
        expectTypeOf(i).toEqualTypeOf<number>();
        return t.priority === 'high' ? 30 : 120;
      },
    });
  });

  test('first contact resolution', () => {
    expectTypeOf(firstContactResolutionRate(tickets)).toEqualTypeOf<number>();
    expectTypeOf(firstContactResolutionSummary({ resolvedOnFirstContact: 1, resolved: 2 })).toEqualTypeOf<FcrSummary>();
    expectTypeOf(firstContactResolutionRate(new Set(tickets))).toEqualTypeOf<number>();
    // @ts-expect-error FCR takes no options
    firstContactResolutionRate(tickets, {});
  });
});

describe('statistics and segments', () => {
  test('percentile, quantile and durationSummary', () => {
    expectTypeOf(percentile).returns.toEqualTypeOf<number>();
    expectTypeOf(quantile).returns.toEqualTypeOf<number>();
    expectTypeOf(percentile).parameters.toEqualTypeOf<[ArrayLike<number> | Iterable<number>, number, (PercentileOptions | undefined)?]>();
    expectTypeOf(quantile).parameters.toEqualTypeOf<[ArrayLike<number> | Iterable<number>, number, (PercentileOptions | undefined)?]>();
    expectTypeOf(percentile).toBeCallableWith(new Set([1, 2]), 90, {});
    expectTypeOf(durationSummary(new Uint32Array(3))).toEqualTypeOf<DurationSummary>();
    expectTypeOf(durationSummary(new Set([1]))).toEqualTypeOf<DurationSummary>();
    expectTypeOf<DurationSummary>().toEqualTypeOf<{
      readonly count: number;
      readonly sum: number;
      readonly mean: number;
      readonly median: number;
      readonly p90: number;
      readonly min: number;
      readonly max: number;
    }>();
    // @ts-expect-error p is a number
    percentile([1], '90');
    // @ts-expect-error numpy's legacy 'nearest' is not one of the nine methods
    percentile([1], 90, { method: 'nearest' });
    // @ts-expect-error the methods are kebab-case, as in the package
    quantile([1], 0.9, { method: 'median_unbiased' });
    // @ts-expect-error durationSummary takes method only
    durationSummary([1], { unit: 'minutes' });
  });

  test('segment infers the key from the property or accessor, and the value from the metric', () => {
    const rows = [{ agent: 'ana', channel: 'chat' as 'chat' | 'email', createdAt: 0, firstResponseAt: 5 }];
    expectTypeOf(segment(rows, 'agent', averageFirstResponseTime)).toEqualTypeOf<Segment<string, number>[]>();
    expectTypeOf(segment(rows, 'channel', (g) => g.length)).toEqualTypeOf<Segment<'chat' | 'email', number>[]>();
    expectTypeOf(segment(rows, (r) => r.createdAt > 0, (g) => g.length)).toEqualTypeOf<Segment<boolean, number>[]>();
    expectTypeOf(segment(rows, 'agent', averageFirstResponseTime, { onEmpty: 'skip' })).toEqualTypeOf<Segment<string, number | undefined>[]>();
    expectTypeOf(segment(new Set(rows), 'agent', (g) => g.length)).toEqualTypeOf<Segment<string, number>[]>();
    // @ts-expect-error onEmpty: 'undefined' is now 'skip'
    segment(rows, 'agent', averageFirstResponseTime, { onEmpty: 'undefined' });
    expectTypeOf<GroupKey<{ a?: number }, 'a'>>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error not a property of the rows
    segment(rows, 'team', (g) => g.length);
  });
});
